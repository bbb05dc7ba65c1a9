//! The scalar types the pipeline puts in place of `type: number` and
//! `format: date-time`: exact decimals, and date-times that accept the
//! forms the API really sends and give back the text they were given.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// A value that is not a number or date-time the crate can read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{value}` is not {expected}")]
pub struct ScalarError {
    value: String,
    expected: &'static str,
}

/// An exact decimal number (amounts, fees, rates, percentages).
///
/// JSON numbers reach a deserializer as `f64`; they are converted through
/// their shortest round-trip text (`0.1` stays `0.1`), so every value with
/// up to 15 significant digits is exact. Numbers sent as strings
/// (`"100.50"`) are read digit for digit. Serialized as a JSON number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Decimal(pub rust_decimal::Decimal);

impl Decimal {
    /// The decimal value.
    pub fn value(self) -> rust_decimal::Decimal {
        self.0
    }
}

impl From<rust_decimal::Decimal> for Decimal {
    fn from(value: rust_decimal::Decimal) -> Self {
        Self(value)
    }
}

impl From<Decimal> for rust_decimal::Decimal {
    fn from(value: Decimal) -> Self {
        value.0
    }
}

impl From<i64> for Decimal {
    fn from(value: i64) -> Self {
        Self(value.into())
    }
}

impl FromStr for Decimal {
    type Err = ScalarError;

    fn from_str(text: &str) -> Result<Self, ScalarError> {
        let text = text.trim();
        rust_decimal::Decimal::from_str_exact(text)
            .or_else(|_| rust_decimal::Decimal::from_scientific(text))
            .map(Self)
            .map_err(|_| ScalarError {
                value: text.to_owned(),
                expected: "a decimal number",
            })
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let normalized = self.0.normalize();
        if normalized.scale() == 0 {
            if let Ok(i) = i64::try_from(normalized) {
                return serializer.serialize_i64(i);
            }
        }
        // The shortest f64 text of a decimal with up to 15 significant
        // digits is that decimal, so the number on the wire is exact.
        let float: f64 = normalized
            .to_string()
            .parse()
            .map_err(serde::ser::Error::custom)?;
        serializer.serialize_f64(float)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl de::Visitor<'_> for Visitor {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a decimal number")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
                Ok(Decimal(v.into()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
                Ok(Decimal(v.into()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
                // `{}` prints the shortest text that reads back as `v`.
                format!("{v}").parse().map_err(E::custom)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_any(Visitor)
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
        let trimmed = text.trim();
        let instant = DateTime::parse_from_rfc3339(trimmed)
            .or_else(|_| DateTime::parse_from_str(trimmed, "%Y-%m-%d %H:%M:%S%.f%#z"))
            .map(|t| t.with_timezone(&Utc))
            .or_else(|_| {
                NaiveDateTime::parse_from_str(trimmed, "%Y-%m-%d %H:%M:%S%.f")
                    .or_else(|_| NaiveDateTime::parse_from_str(trimmed, "%Y-%m-%dT%H:%M:%S%.f"))
                    .map(|t| t.and_utc())
            })
            .map_err(|_| ScalarError {
                value: text.to_owned(),
                expected: "a date-time",
            })?;
        Ok(Self {
            instant,
            text: text.to_owned(),
        })
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
        text.parse().map_err(de::Error::custom)
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
        let d: Decimal = serde_json::from_str("0.1").expect("number");
        assert_eq!(d.0.to_string(), "0.1");
        let d: Decimal = serde_json::from_str("1234567.89").expect("number");
        assert_eq!(d.0, rust_decimal::Decimal::new(123456789, 2));
        let d: Decimal = serde_json::from_str("\"100.50\"").expect("string");
        assert_eq!(d.0.to_string(), "100.50");
        let d: Decimal = serde_json::from_str("60").expect("integer");
        assert_eq!(serde_json::to_string(&d).expect("encodes"), "60");
        let d: Decimal = serde_json::from_str("0.0725").expect("rate");
        assert_eq!(serde_json::to_string(&d).expect("encodes"), "0.0725");
        assert!(serde_json::from_str::<Decimal>("\"ten\"").is_err());
    }
}
