//! [`Decimal`], the type of every `type: number`: exact, whatever the API
//! sends, and usable for arithmetic through `rust_decimal`.

mod number;
mod ops;

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

use crate::scalars::{excerpt, ScalarError};
use number::Parts;

pub use ops::ArithmeticError;

/// How far from the digits a point may stand for `rust_decimal` to hold the
/// value (it holds at most 29 digits and 28 decimal places).
const RUST_DECIMAL_PLACES: i128 = 30;

/// An exact decimal number (amounts, fees, rates, percentages).
///
/// **Reading.** Read from the digits of the JSON text, never through `f64`:
/// `1234567890.123456789` stays that number. Every valid JSON number is
/// accepted and kept exactly, also one [`rust_decimal::Decimal`] cannot hold
/// (more than 28 decimal places such as `2.220446049250313e-16`, past
/// ±7.9·10²⁸ such as `1e400`, or 10,000 digits): such a value keeps its
/// text, goes back on the wire unchanged, and says so only when asked for
/// arithmetic ([`to_rust_decimal`](Self::to_rust_decimal) and the
/// `checked_*` operations return [`ArithmeticError::OutOfRange`]). A number
/// the API sends as a string (`"100.50"`) must be written as JSON writes a
/// number: `"+5"`, `"1_000"`, `"007"` or `" 5"` are refused.
///
/// **Writing.** A number is written back as a JSON number, a string as a
/// string, with the text it was read from (`1.5e3` stays `1.5e3`, `-0`
/// stays `-0`); a value made here (`Decimal::from(5)`, a sum) is written as
/// `rust_decimal` prints it, with no exponent.
///
/// **Arithmetic.** `+ - * /`, `-x`, [`Sum`](std::iter::Sum) and the
/// `checked_*` methods compute through `rust_decimal` (its rules, and when
/// the operators panic, under [`ArithmeticError`]). Convert with `Decimal::from(rust_decimal)` and
/// [`to_rust_decimal`](Self::to_rust_decimal); the crate re-exports
/// [`rust_decimal`](crate::rust_decimal) so the versions match.
///
/// **Equality, order, hashing: by value, exactly.** `1.0 == 1.00 ==
/// 1e0`, `-0 == 0`, whether quoted or not. Values `rust_decimal` cannot
/// hold take part too: `2.2e-16` sorts between `0` and `0.000000001`,
/// `1e400` above every value `rust_decimal` holds, and equal values hash
/// alike, so `Decimal` works as a map key and in `sort`/`max`. (Exponents of
/// more than 36 digits are ordered by their digits; two spellings of one
/// such number may compare unequal.)
#[derive(Clone)]
pub struct Decimal {
    /// The value, when `rust_decimal` holds it exactly.
    exact: Option<rust_decimal::Decimal>,
    /// The text the value was read from, when `exact` does not print it
    /// (an exponent, `-0`, or a value `exact` cannot hold). Always a JSON
    /// number.
    text: Option<Box<str>>,
    /// Sent as a JSON string, so written back as one.
    quoted: bool,
}

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal::from_exact(rust_decimal::Decimal::ZERO);

    const fn from_exact(value: rust_decimal::Decimal) -> Self {
        Self {
            exact: Some(value),
            text: None,
            quoted: false,
        }
    }

    /// The value as a [`rust_decimal::Decimal`], or
    /// [`ArithmeticError::OutOfRange`] (naming the value) for a number it
    /// cannot hold. Never rounds.
    pub fn to_rust_decimal(&self) -> Result<rust_decimal::Decimal, ArithmeticError> {
        self.exact
            .ok_or_else(|| ArithmeticError::OutOfRange(excerpt(&self.to_string())))
    }

    /// Whether [`rust_decimal::Decimal`] holds the value exactly (then every
    /// arithmetic operation accepts it).
    pub fn fits_rust_decimal(&self) -> bool {
        self.exact.is_some()
    }

    /// Whether the value was sent as a JSON string (and is written back as
    /// one).
    pub fn is_quoted(&self) -> bool {
        self.quoted
    }

    /// The same value, written as a JSON string (`"100.50"`) instead of a
    /// number.
    pub fn quoted(self) -> Self {
        Self {
            quoted: true,
            ..self
        }
    }

    /// Reads the text of a JSON number, exactly; refuses anything else.
    fn from_json_number(text: &str) -> Result<Self, ScalarError> {
        if !number::is_json_number(text) {
            return Err(ScalarError::new(text, "a decimal number as JSON writes it"));
        }
        // Without an exponent, `from_str_exact` keeps the scale (`100.50`)
        // and prints the same text back; otherwise the value is rebuilt from
        // its digits.
        let exponent = text.contains(['e', 'E']);
        let exact = (!exponent)
            .then(|| rust_decimal::Decimal::from_str_exact(text).ok())
            .flatten()
            .or_else(|| {
                let plain = Parts::of(text).plain(RUST_DECIMAL_PLACES)?;
                rust_decimal::Decimal::from_str_exact(&plain).ok()
            });
        // The text is kept where `exact` would print something else: an
        // exponent, the sign of a zero, a value it cannot hold.
        let negative_zero = text.starts_with('-') && exact.is_some_and(|v| v.is_zero());
        let keep = exact.is_none() || exponent || negative_zero;
        let text = keep.then(|| text.into());
        Ok(Self {
            exact,
            text,
            quoted: false,
        })
    }

    /// A number that reached the decoder as `f64` (from a buffered or
    /// `serde_json::Value` input, not from JSON text). Up to 15 significant
    /// digits survive `f64` exactly; more may have been rounded already, so
    /// they are refused rather than passed on.
    fn from_f64(v: f64) -> Result<Self, ScalarError> {
        let text = format!("{v}");
        let digits = text
            .bytes()
            .filter(u8::is_ascii_digit)
            .skip_while(|b| *b == b'0')
            .count();
        if digits > 15 || !v.is_finite() {
            return Err(ScalarError::new(
                &text,
                "a number that can be read exactly here (it passed through f64; decode from the JSON text)",
            ));
        }
        Self::from_json_number(&text)
    }

    /// The value's exact parts, for comparing values `rust_decimal` cannot
    /// hold.
    fn parts(&self) -> Parts {
        Parts::of(&self.to_string())
    }
}

impl Default for Decimal {
    fn default() -> Self {
        Self::ZERO
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Decimal {}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self.exact, other.exact) {
            (Some(a), Some(b)) => a.cmp(&b),
            _ => self.parts().cmp(&other.parts()),
        }
    }
}

impl Hash for Decimal {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // A value `rust_decimal` holds never equals one it cannot, so each
        // kind hashes its own way.
        match self.exact {
            Some(value) => value.hash(state),
            None => self.parts().hash(state),
        }
    }
}

impl From<rust_decimal::Decimal> for Decimal {
    fn from(value: rust_decimal::Decimal) -> Self {
        Self::from_exact(value)
    }
}

impl TryFrom<Decimal> for rust_decimal::Decimal {
    type Error = ArithmeticError;

    /// [`Decimal::to_rust_decimal`].
    fn try_from(value: Decimal) -> Result<Self, ArithmeticError> {
        value.to_rust_decimal()
    }
}

impl TryFrom<&Decimal> for rust_decimal::Decimal {
    type Error = ArithmeticError;

    /// [`Decimal::to_rust_decimal`].
    fn try_from(value: &Decimal) -> Result<Self, ArithmeticError> {
        value.to_rust_decimal()
    }
}

macro_rules! from_integer {
    ($($t:ty),*) => {$(
        impl From<$t> for Decimal {
            fn from(value: $t) -> Self {
                Self::from_exact(rust_decimal::Decimal::from(value))
            }
        }
    )*};
}

from_integer!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

impl FromStr for Decimal {
    type Err = ScalarError;

    /// Reads a JSON number's text (`"100.50"`, `"1.5e3"`, `"1e400"`)
    /// exactly; refuses what JSON does not write as a number (`"+5"`,
    /// `"1_000"`, `"007"`, surrounding spaces).
    fn from_str(text: &str) -> Result<Self, ScalarError> {
        Self::from_json_number(text)
    }
}

impl fmt::Display for Decimal {
    /// The number's text: as received, or as `rust_decimal` prints it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.text, self.exact) {
            (Some(text), _) => f.write_str(text),
            (None, Some(value)) => fmt::Display::fmt(&value, f),
            (None, None) => f.write_str("0"),
        }
    }
}

impl fmt::Debug for Decimal {
    /// The number, as [`Display`](fmt::Display) writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = self.to_string();
        if self.quoted {
            return serializer.serialize_str(&text);
        }
        // Raw JSON: serde_json writes the digits as they are; an `f64` would
        // round anything past 15-17 significant digits.
        RawValue::from_string(text)
            .map_err(serde::ser::Error::custom)?
            .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> de::Visitor<'de> for Visitor {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a decimal number")
            }
            // serde_json's raw text of the value: `{TOKEN: "<text>"}`.
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Decimal, A::Error> {
                let Some(de::IgnoredAny) = map.next_key()? else {
                    return Err(de::Error::invalid_length(0, &self));
                };
                let crate::json::Text(raw) = map.next_value()?;
                match raw.strip_prefix('"') {
                    Some(_) => {
                        let text: std::borrow::Cow<'_, str> =
                            serde_json::from_str(&raw).map_err(de::Error::custom)?;
                        self.visit_str(&text)
                    }
                    None => Decimal::from_json_number(&raw).map_err(de::Error::custom),
                }
            }
            fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Decimal, D::Error> {
                d.deserialize_any(self)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
                Ok(Decimal::from(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
                Ok(Decimal::from(v))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
                Decimal::from_f64(v).map_err(E::custom)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
                Decimal::from_json_number(v)
                    .map(Decimal::quoted)
                    .map_err(E::custom)
            }
        }
        // The exact digits from JSON text; plain values from elsewhere.
        deserializer.deserialize_newtype_struct(crate::json::RAW_VALUE_TOKEN, Visitor)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Decimal {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Decimal".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "number" })
    }
}

#[cfg(test)]
mod tests;
