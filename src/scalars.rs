//! The date-time type the pipeline puts in place of `format: date-time`
//! (one that accepts the forms the API really sends and gives back the text
//! it was given), and the error of both scalars (this and
//! [`Decimal`](crate::Decimal)).

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

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
    pub(crate) fn new(value: &str, expected: &'static str) -> Self {
        Self {
            value: excerpt(value),
            expected,
        }
    }
}

/// How many characters of a bad value an error quotes.
const EXCERPT_CHARS: usize = 64;

/// `text` itself when short, else its first characters and its length.
pub(crate) fn excerpt(text: &str) -> String {
    crate::text::shorten(text, EXCERPT_CHARS).into_owned()
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
    fn errors_quote_a_short_excerpt_of_the_value() {
        let error = "x"
            .repeat(100_000)
            .parse::<Timestamp>()
            .expect_err("not a date");
        assert!(error.to_string().len() < 200);
        assert!(error.to_string().contains("(100000 bytes)"));
    }
}
