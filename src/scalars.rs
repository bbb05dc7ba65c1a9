//! The scalar types the pipeline puts in place of `type: number` and
//! `format: date-time`: exact decimals, and date-times that accept the
//! forms the API really sends and give back the text they were given.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

/// A value that is not a number or date-time the crate can read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{value}` is not {expected}")]
pub struct ScalarError {
    /// The value, cut to a short excerpt (a hostile server may send
    /// megabytes where a number belongs).
    value: String,
    expected: &'static str,
}

impl ScalarError {
    fn new(value: &str, expected: &'static str) -> Self {
        Self {
            value: excerpt(value),
            expected,
        }
    }
}

/// How many characters of a bad value an error quotes.
const EXCERPT_CHARS: usize = 64;

/// `text` itself when short, else its first characters and its length.
fn excerpt(text: &str) -> String {
    match text.char_indices().nth(EXCERPT_CHARS) {
        None => text.to_owned(),
        Some((cut, _)) => format!("{}… ({} bytes)", &text[..cut], text.len()),
    }
}

/// An exact decimal number (amounts, fees, rates, percentages).
///
/// Read from the digits of the JSON text, never through `f64`:
/// `1234567890.123456789` stays that number. A value `rust_decimal` cannot
/// hold (more than 28 decimal places, or beyond ±7.9·10²⁸) is a decode
/// error, never a rounded value. Written back as a JSON number with the
/// same digits (no exponent form); a number the API sent as a string
/// (`"100.50"`) is written back as a string.
///
/// Compares, orders and hashes by value: `1.0 == 1.00`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Decimal {
    value: rust_decimal::Decimal,
    /// Sent as a JSON string, so written back as one.
    quoted: bool,
}

impl Decimal {
    /// The decimal value.
    pub fn value(self) -> rust_decimal::Decimal {
        self.value
    }

    /// Whether the value was sent as a JSON string (and is written back as
    /// one).
    pub fn is_quoted(self) -> bool {
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

    /// Reads a JSON number's text exactly.
    fn from_number_text(text: &str) -> Result<Self, ScalarError> {
        let value = match text.find(['e', 'E']) {
            None => rust_decimal::Decimal::from_str_exact(text),
            // `from_scientific` reads the digits before the exponent with a
            // rounding parser: check they fit first.
            Some(at) => rust_decimal::Decimal::from_str_exact(&text[..at])
                .and_then(|_| rust_decimal::Decimal::from_scientific(text)),
        };
        value
            .map(Self::from)
            .map_err(|_| ScalarError::new(text, "a decimal number this crate can hold exactly"))
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
        Self::from_number_text(&text)
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl Eq for Decimal {}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.value.cmp(&other.value)
    }
}

impl std::hash::Hash for Decimal {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.value.hash(state);
    }
}

impl From<rust_decimal::Decimal> for Decimal {
    fn from(value: rust_decimal::Decimal) -> Self {
        Self {
            value,
            quoted: false,
        }
    }
}

impl From<Decimal> for rust_decimal::Decimal {
    fn from(value: Decimal) -> Self {
        value.value
    }
}

impl From<i64> for Decimal {
    fn from(value: i64) -> Self {
        Self::from(rust_decimal::Decimal::from(value))
    }
}

impl FromStr for Decimal {
    type Err = ScalarError;

    /// Reads decimal text (`"100.50"`, `"1.5e3"`) exactly.
    fn from_str(text: &str) -> Result<Self, ScalarError> {
        Self::from_number_text(text.trim()).map_err(|_| ScalarError::new(text, "a decimal number"))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.value, f)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // `Display` of a rust_decimal writes every digit, never an exponent.
        let text = self.value.to_string();
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
                let crate::codec::Text(raw) = map.next_value()?;
                match raw.strip_prefix('"') {
                    Some(_) => {
                        let text: std::borrow::Cow<'_, str> =
                            serde_json::from_str(&raw).map_err(de::Error::custom)?;
                        text.parse::<Decimal>()
                            .map(Decimal::quoted)
                            .map_err(de::Error::custom)
                    }
                    None => Decimal::from_number_text(&raw).map_err(de::Error::custom),
                }
            }
            fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Decimal, D::Error> {
                d.deserialize_any(self)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
                Ok(Decimal::from(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
                Ok(Decimal::from(rust_decimal::Decimal::from(v)))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
                Decimal::from_f64(v).map_err(E::custom)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
                v.parse::<Decimal>().map(Decimal::quoted).map_err(E::custom)
            }
        }
        // The exact digits from JSON text; plain values from elsewhere.
        deserializer.deserialize_newtype_struct(crate::codec::RAW_VALUE_TOKEN, Visitor)
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

/// A point in time, as the API sent it.
///
/// Accepts RFC 3339 (`2026-05-04T12:32:34.47927Z`) and the forms some
/// endpoints use instead (`2025-12-28 10:34:45+00`, or no offset, read as
/// UTC). Compares by instant; serializes back the exact text it was read
/// from, so a payload round-trips unchanged.
#[derive(Clone, Debug)]
pub struct Timestamp {
    instant: DateTime<Utc>,
    text: String,
}

impl Timestamp {
    /// The instant, in UTC.
    pub fn instant(&self) -> DateTime<Utc> {
        self.instant
    }

    /// The text as received (or RFC 3339 for one made from a `DateTime`).
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(instant: DateTime<Utc>) -> Self {
        Self {
            instant,
            text: instant.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
        }
    }
}

impl FromStr for Timestamp {
    type Err = ScalarError;

    fn from_str(text: &str) -> Result<Self, ScalarError> {
        Self::from_text(text.to_owned())
    }
}

impl Timestamp {
    /// Reads `text`, keeping it (no second copy: decoding hands the string
    /// over).
    fn from_text(text: String) -> Result<Self, ScalarError> {
        let trimmed = text.trim();
        let instant = DateTime::parse_from_rfc3339(trimmed)
            .or_else(|_| DateTime::parse_from_str(trimmed, "%Y-%m-%d %H:%M:%S%.f%#z"))
            .map(|t| t.with_timezone(&Utc))
            .or_else(|_| {
                NaiveDateTime::parse_from_str(trimmed, "%Y-%m-%d %H:%M:%S%.f")
                    .or_else(|_| NaiveDateTime::parse_from_str(trimmed, "%Y-%m-%dT%H:%M:%S%.f"))
                    .map(|t| t.and_utc())
            })
            .map_err(|_| ScalarError::new(&text, "a date-time"))?;
        Ok(Self { instant, text })
    }
}

impl PartialEq for Timestamp {
    fn eq(&self, other: &Self) -> bool {
        self.instant == other.instant
    }
}

impl Eq for Timestamp {}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.instant.cmp(&other.instant)
    }
}

impl std::hash::Hash for Timestamp {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.instant.hash(state);
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::from_text(text).map_err(de::Error::custom)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Timestamp {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Timestamp".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date-time" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_in_every_form_the_api_sends() {
        let rfc: Timestamp = "2026-05-04T12:32:34.47927Z".parse().expect("RFC 3339");
        let token: Timestamp = "2025-12-28 10:34:45+00".parse().expect("token TTL form");
        let naive: Timestamp = "2025-12-28 10:34:45".parse().expect("no offset");
        assert_eq!(token, naive);
        assert_eq!(token.instant().to_rfc3339(), "2025-12-28T10:34:45+00:00");
        assert_eq!(rfc.as_str(), "2026-05-04T12:32:34.47927Z");
        assert_eq!(
            serde_json::to_value(&token).expect("encodes"),
            "2025-12-28 10:34:45+00"
        );
        let error = "yesterday".parse::<Timestamp>().expect_err("not a date");
        assert_eq!(error.to_string(), "`yesterday` is not a date-time");
    }

    #[test]
    fn decimals_are_exact() {
        for text in [
            "1234567890.123456789",
            "12345678901234567.89",
            "0.000000000123456789012",
            "33.333333333333333333",
            "100.50",
            "60",
            "-0.0725",
        ] {
            let d: Decimal = serde_json::from_str(text).expect("number");
            assert_eq!(d.to_string(), text);
            assert_eq!(serde_json::to_string(&d).expect("encodes"), text);
        }
        let d: Decimal = serde_json::from_str("\"100.50\"").expect("string");
        assert!(d.is_quoted());
        assert_eq!(serde_json::to_string(&d).expect("encodes"), "\"100.50\"");
        let d: Decimal = serde_json::from_str("1.5e3").expect("exponent");
        assert_eq!(serde_json::to_string(&d).expect("encodes"), "1500");
        assert!(serde_json::from_str::<Decimal>("\"ten\"").is_err());
    }

    #[test]
    fn decimals_past_what_rust_decimal_holds_are_errors_not_rounded() {
        for text in [
            "0.12345678901234567890123456789",
            "1e40",
            "123456789012345678901234567890",
        ] {
            let error = serde_json::from_str::<Decimal>(text).expect_err(text);
            assert!(error.to_string().contains("exactly"), "{text}: {error}");
        }
        // Through serde's buffering (an untagged enum) numbers arrive as
        // f64: more than 15 digits are refused, fewer are exact.
        #[derive(Deserialize, Debug)]
        #[serde(untagged)]
        enum Buffered {
            Number(Decimal),
        }
        let error = serde_json::from_str::<Buffered>("1234567890.123456789");
        assert!(error.is_err(), "{error:?}");
        let Buffered::Number(short) = serde_json::from_str("0.0725").expect("short");
        assert_eq!(short.to_string(), "0.0725");
        let short: Decimal = serde_json::from_value(serde_json::json!(0.0725)).expect("short");
        assert_eq!(short.to_string(), "0.0725");
    }

    #[test]
    fn errors_quote_a_short_excerpt_of_the_value() {
        let huge = format!("\"{}\"", "9".repeat(1_000_000));
        let error = serde_json::from_str::<Decimal>(&huge).expect_err("too long");
        assert!(error.to_string().len() < 200, "{}", error.to_string().len());
        let error = "x"
            .repeat(100_000)
            .parse::<Timestamp>()
            .expect_err("not a date");
        assert!(error.to_string().len() < 200);
        assert!(error.to_string().contains("(100000 bytes)"));
    }
}
