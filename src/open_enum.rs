//! The shared half of every generated open enum (see `codegen/src/open_types.rs`).
//!
//! A generated enum only says how its variants map to positions in its
//! table of listed values; parsing, printing and serde live here once. The
//! deserializer's visitor does not depend on the enum, so serde's code is
//! instantiated once per deserializer instead of once per enum.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};

/// A string enum with one variant per value the spec lists and an
/// `Unknown(String)` variant for any other value.
///
/// The generic functions below only call non-generic code and then one of
/// these two maps, so each enum adds little code beyond its own matches.
pub(crate) trait OpenEnum: Sized {
    /// Every value the spec lists, in its order.
    const KNOWN: &'static [&'static str];

    /// The variant for a position in `KNOWN`, or `Unknown` with the text.
    fn from_parts(parts: Result<usize, String>) -> Self;

    /// The position of a listed value in `KNOWN`, or the text of an unknown one.
    fn parts(&self) -> Result<usize, &str>;
}

/// The value as the API spells it.
pub(crate) fn as_str<T: OpenEnum>(value: &T) -> &str {
    text(T::KNOWN, value.parts())
}

/// The variant for `value`: a listed one, or `Unknown` with a copy.
pub(crate) fn parse<T: OpenEnum>(value: &str) -> T {
    T::from_parts(lookup(T::KNOWN, value))
}

/// The variant for `value`, keeping the allocation for `Unknown`.
pub(crate) fn parse_owned<T: OpenEnum>(value: String) -> T {
    T::from_parts(lookup_owned(T::KNOWN, value))
}

/// Reads a JSON string (any string) as the enum.
pub(crate) fn deserialize<'de, T: OpenEnum, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer
        .deserialize_str(ValueVisitor { known: T::KNOWN })
        .map(T::from_parts)
}

/// The text for `from_parts`' `Unknown`: the unknown value, or (for a
/// position `from_parts` does not map, which the generator never leaves)
/// the listed value there.
pub(crate) fn unknown_text(known: &[&str], parts: Result<usize, String>) -> String {
    match parts {
        Ok(index) => known.get(index).copied().unwrap_or_default().to_owned(),
        Err(other) => other,
    }
}

fn text<'a>(known: &[&'static str], parts: Result<usize, &'a str>) -> &'a str {
    match parts {
        Ok(index) => known.get(index).copied().unwrap_or_default(),
        Err(other) => other,
    }
}

fn lookup(known: &[&str], value: &str) -> Result<usize, String> {
    known
        .iter()
        .position(|k| *k == value)
        .ok_or_else(|| value.to_owned())
}

fn lookup_owned(known: &[&str], value: String) -> Result<usize, String> {
    known.iter().position(|k| *k == value).ok_or(value)
}

/// Finds a string in a table of listed values, or keeps it.
struct ValueVisitor {
    known: &'static [&'static str],
}

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Result<usize, String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(lookup(self.known, value))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Self::Value, E> {
        Ok(lookup_owned(self.known, value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Written as the generator writes one.
    #[derive(Debug, PartialEq)]
    enum Colour {
        Red,
        Green,
        Unknown(String),
    }

    impl OpenEnum for Colour {
        const KNOWN: &'static [&'static str] = &["red", "green"];
        fn from_parts(parts: Result<usize, String>) -> Self {
            match parts {
                Ok(0) => Self::Red,
                Ok(1) => Self::Green,
                other => Self::Unknown(unknown_text(Self::KNOWN, other)),
            }
        }
        fn parts(&self) -> Result<usize, &str> {
            match self {
                Self::Red => Ok(0),
                Self::Green => Ok(1),
                Self::Unknown(other) => Err(other),
            }
        }
    }

    fn decode(json: &str) -> Result<Colour, serde_json::Error> {
        deserialize(&mut serde_json::Deserializer::from_str(json))
    }

    #[test]
    fn listed_values_map_to_their_variants_and_back() {
        for (text, colour) in [("red", Colour::Red), ("green", Colour::Green)] {
            assert_eq!(parse::<Colour>(text), colour);
            assert_eq!(parse_owned::<Colour>(text.to_owned()), colour);
            assert_eq!(as_str(&colour), text);
            assert_eq!(decode(&format!("\"{text}\"")).expect("decodes"), colour);
        }
        // From a `Value` the deserializer hands over an owned string.
        let owned: Colour = deserialize(serde_json::json!("green")).expect("decodes");
        assert_eq!(owned, Colour::Green);
    }

    #[test]
    fn other_strings_are_kept_as_sent_and_other_json_is_an_error() {
        for text in ["blue", "Red", "", "red "] {
            let unknown = Colour::Unknown(text.to_owned());
            assert_eq!(parse::<Colour>(text), unknown);
            assert_eq!(as_str(&unknown), text);
            let json = serde_json::to_string(text).expect("a string encodes");
            assert_eq!(decode(&json).expect("decodes"), unknown);
        }
        // Escapes are decoded before the lookup.
        assert_eq!(decode(r#""r\u0065d""#).expect("decodes"), Colour::Red);
        for json in ["1", "null", "[\"red\"]", "{}"] {
            let error = decode(json).expect_err("not a string");
            assert!(error.to_string().contains("expected a string"), "{error}");
        }
    }
}
