//! The shared half of every generated open enum (see `codegen/open_types.rs`).
//!
//! A generated enum only says how its variants map to positions in its
//! table of listed values; parsing, printing and serde live here once. The
//! deserializer's visitor does not depend on the enum, so serde's code is
//! instantiated once per deserializer instead of once per enum.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};

/// A string enum with one variant per value the spec lists and an
/// `Unknown(String)` variant for any other value.
pub(crate) trait OpenEnum: Sized {
    /// Every value the spec lists, in its order.
    const KNOWN: &'static [&'static str];

    /// The variant of the listed value at `index` in `KNOWN`.
    fn known(index: usize) -> Option<Self>;

    /// The position of a listed value in `KNOWN`, or the text of an unknown one.
    fn parts(&self) -> Result<usize, &str>;

    /// The `Unknown` variant holding `value`.
    fn unknown(value: String) -> Self;
}

/// The value as the API spells it.
pub(crate) fn as_str<T: OpenEnum>(value: &T) -> &str {
    match value.parts() {
        Ok(index) => T::KNOWN.get(index).copied().unwrap_or_default(),
        Err(other) => other,
    }
}

/// The variant for `value`: a listed one, or `Unknown` with a copy.
pub(crate) fn parse<T: OpenEnum>(value: &str) -> T {
    from_parts(position(T::KNOWN, value).ok_or(value), str::to_owned)
}

/// The variant for `value`, keeping the allocation for `Unknown`.
pub(crate) fn parse_owned<T: OpenEnum>(value: String) -> T {
    from_parts(position(T::KNOWN, &value).ok_or(value), |v| v)
}

/// Reads a JSON string (any string) as the enum.
pub(crate) fn deserialize<'de, T: OpenEnum, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    let parts = deserializer.deserialize_str(ValueVisitor { known: T::KNOWN })?;
    Ok(from_parts(parts, |v| v))
}

fn from_parts<T: OpenEnum, S>(parts: Result<usize, S>, owned: impl FnOnce(S) -> String) -> T {
    match parts {
        // `known` covers every position of `KNOWN`, so the fallback is
        // never taken; it keeps the text rather than panic.
        Ok(index) => T::known(index).unwrap_or_else(|| {
            T::unknown(T::KNOWN.get(index).copied().unwrap_or_default().to_owned())
        }),
        Err(other) => T::unknown(owned(other)),
    }
}

fn position(known: &[&str], value: &str) -> Option<usize> {
    known.iter().position(|k| *k == value)
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
        Ok(position(self.known, value).ok_or_else(|| value.to_owned()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Self::Value, E> {
        Ok(position(self.known, &value).ok_or(value))
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
        fn known(index: usize) -> Option<Self> {
            match index {
                0 => Some(Self::Red),
                1 => Some(Self::Green),
                _ => None,
            }
        }
        fn parts(&self) -> Result<usize, &str> {
            match self {
                Self::Red => Ok(0),
                Self::Green => Ok(1),
                Self::Unknown(other) => Err(other),
            }
        }
        fn unknown(value: String) -> Self {
            Self::Unknown(value)
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
