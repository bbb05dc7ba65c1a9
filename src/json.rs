//! JSON kept exactly as received: [`RawJson`] holds one value's text,
//! [`JsonMap`] the keys of an object that its type does not list (the
//! `extra` field of every generated struct).
//!
//! `serde_json::Value` cannot do this job: without serde_json's
//! `arbitrary_precision` feature (a switch for a whole build, which this
//! crate does not turn on) it stores numbers as `f64`, so
//! `1234567890.123456789` would come back as `1234567890.1234567`.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, DeserializeOwned, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

/// One JSON value, kept as the exact text it was received as (numbers
/// digit for digit) and sent back unchanged.
#[derive(Clone)]
pub struct RawJson(Box<RawValue>);

impl RawJson {
    /// Checks that `text` is one JSON value and keeps it.
    pub fn from_text(text: impl Into<String>) -> Result<Self, serde_json::Error> {
        RawValue::from_string(text.into()).map(Self)
    }

    /// The JSON text of `value`.
    pub fn from_serialize<T: Serialize + ?Sized>(value: &T) -> Result<Self, serde_json::Error> {
        serde_json::value::to_raw_value(value).map(Self)
    }

    /// The JSON text, as received.
    pub fn as_str(&self) -> &str {
        self.0.get()
    }

    /// Decodes the value as `T` from its exact text.
    pub fn decode<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_str(self.as_str())
    }

    /// The value as a `serde_json::Value`. Numbers become `f64`/`i64` there,
    /// so a long decimal loses digits: read amounts with
    /// [`decode`](Self::decode) into [`crate::Decimal`] instead. An error,
    /// never `null`, for what a `Value` cannot hold: a number past `f64`
    /// (`1e400`) or nesting deeper than serde_json's 128 levels.
    pub fn to_value(&self) -> Result<serde_json::Value, serde_json::Error> {
        serde_json::from_str(self.as_str())
    }
}

impl From<&serde_json::Value> for RawJson {
    fn from(value: &serde_json::Value) -> Self {
        // A `Value` always encodes (its map keys are strings).
        Self(serde_json::value::to_raw_value(value).expect("a Value encodes as JSON"))
    }
}

impl From<serde_json::Value> for RawJson {
    fn from(value: serde_json::Value) -> Self {
        Self::from(&value)
    }
}

impl PartialEq for RawJson {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for RawJson {}

impl fmt::Debug for RawJson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for RawJson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RawJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for RawJson {
    /// Keeps the exact text from a JSON text deserializer; from one without
    /// text (serde's buffering, `serde_json::Value`) the value it holds.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        raw(deserializer)?.into_json().map_err(de::Error::custom)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for RawJson {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("RawJson")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        // Any JSON value.
        schemars::json_schema!(true)
    }
}

/// The keys of a JSON object, each with its value's exact text. Decoding
/// rejects an object that repeats a key: a payments client must not pick
/// one of two conflicting values silently.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct JsonMap(BTreeMap<String, RawJson>);

impl JsonMap {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// The value of `key`, if present.
    pub fn get(&self, key: &str) -> Option<&RawJson> {
        self.0.get(key)
    }

    /// Whether `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    /// Sets `key`, returning the value it replaced.
    pub fn insert(&mut self, key: impl Into<String>, value: RawJson) -> Option<RawJson> {
        self.0.insert(key.into(), value)
    }

    /// Adds a key read from JSON; a key already present is the error every
    /// decoder in the crate gives for a repeated key.
    pub(crate) fn insert_new<E: de::Error>(
        &mut self,
        key: Cow<'_, str>,
        value: RawJson,
    ) -> Result<(), E> {
        if self.0.contains_key(key.as_ref()) {
            return Err(E::custom(format_args!("duplicate field `{key}`")));
        }
        self.0.insert(key.into_owned(), value);
        Ok(())
    }

    /// Removes `key`, returning its value.
    pub fn remove(&mut self, key: &str) -> Option<RawJson> {
        self.0.remove(key)
    }

    /// Removes every key.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// How many keys there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no keys.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The keys and values, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &RawJson)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// The map as a `serde_json` map (numbers as `f64`/`i64`), or the
    /// first value a `Value` cannot hold (see [`RawJson::to_value`]).
    pub fn to_value_map(
        &self,
    ) -> Result<serde_json::Map<String, serde_json::Value>, serde_json::Error> {
        self.iter()
            .map(|(k, v)| Ok((k.to_owned(), v.to_value()?)))
            .collect()
    }
}

impl fmt::Debug for JsonMap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl FromIterator<(String, RawJson)> for JsonMap {
    fn from_iter<I: IntoIterator<Item = (String, RawJson)>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

impl Serialize for JsonMap {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (key, value) in self.iter() {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for JsonMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor;
        impl<'de> Visitor<'de> for MapVisitor {
            type Value = JsonMap;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<JsonMap, A::Error> {
                let mut out = JsonMap::new();
                while let Some(Text(key)) = map.next_key()? {
                    let value: RawJson = map.next_value()?;
                    out.insert_new(key, value)?;
                }
                Ok(out)
            }
        }
        deserializer.deserialize_map(MapVisitor)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for JsonMap {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("JsonMap")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "object" })
    }
}

// The low-level readers the crate's decoders share.

/// A string (an object key, or serde_json's raw text of a value),
/// borrowed from the input when it has no escapes.
pub(crate) struct Text<'de>(pub(crate) Cow<'de, str>);

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(TextVisitor)
    }
}

/// The name under which serde_json hands a visitor the raw text of the
/// next value (what [`RawValue`] asks for). Asking by
/// this name gets the exact text from a JSON text deserializer; others
/// (serde's buffering for untagged enums, `serde_json::Value`'s) ignore or
/// emulate it, and the visitors here read their plain values too.
pub(crate) const RAW_VALUE_TOKEN: &str = "$serde_json::private::RawValue";

/// A JSON value as read: its exact text, or (from a deserializer that has
/// no text) a `serde_json::Value`.
pub(crate) enum Raw<'de> {
    Text(Cow<'de, str>),
    Value(serde_json::Value),
}

/// Reads the next value as [`Raw`].
pub(crate) fn raw<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Raw<'de>, D::Error> {
    struct RawVisitor;
    impl<'de> Visitor<'de> for RawVisitor {
        type Value = Raw<'de>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("any JSON value")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw<'de>, A::Error> {
            let Some(de::IgnoredAny) = map.next_key()? else {
                return Err(de::Error::invalid_length(0, &self));
            };
            let Text(text) = map.next_value()?;
            Ok(Raw::Text(text))
        }
        fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Raw<'de>, D::Error> {
            serde_json::Value::deserialize(d).map(Raw::Value)
        }
    }
    deserializer.deserialize_newtype_struct(RAW_VALUE_TOKEN, RawVisitor)
}

impl Raw<'_> {
    /// Decodes the value as `T` (from the text when there is one).
    pub(crate) fn decode<T: de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        match self {
            Raw::Text(text) => serde_json::from_str(text),
            Raw::Value(value) => T::deserialize(value),
        }
    }

    /// The value as [`RawJson`].
    pub(crate) fn into_json(self) -> Result<RawJson, serde_json::Error> {
        match self {
            Raw::Text(text) => RawJson::from_text(text.into_owned()),
            Raw::Value(value) => Ok(RawJson::from(value)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_values_keep_their_digits() {
        let map: JsonMap =
            serde_json::from_str(r#"{"fx": 1234567890.123456789, "n": [0.000000000123456789012]}"#)
                .expect("decodes");
        assert_eq!(
            map.get("fx").map(RawJson::as_str),
            Some("1234567890.123456789")
        );
        assert_eq!(
            serde_json::to_string(&map).expect("encodes"),
            r#"{"fx":1234567890.123456789,"n":[0.000000000123456789012]}"#
        );
    }

    #[test]
    fn repeated_keys_are_an_error() {
        let error = serde_json::from_str::<JsonMap>(r#"{"a": 1, "a": 2}"#).expect_err("duplicate");
        assert!(error.to_string().contains("duplicate field `a`"), "{error}");
    }
}
