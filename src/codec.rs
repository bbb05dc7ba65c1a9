//! The steps every generated object's `Deserialize`/`Serialize` impl shares,
//! so that each generated impl is a key dispatch and a list of fields.
//!
//! Generated impls read an object key by key (no `#[serde(flatten)]`,
//! which buffers every value and turns numbers into `f64` on the way):
//! known keys go to their field, the others are kept as exact text in
//! the struct's `extra` map, and a repeated key is an error naming it.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::Serialize;

use crate::json::{raw, JsonMap, Raw, RawJson, Text};

/// A generated object type: how it reads its keys (see [`fields`]).
pub(crate) trait Object: Sized {
    /// What a decode error says was expected (`a X object`).
    const EXPECTING: &'static str;
    /// Reads the object's keys into a value.
    fn read<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Self, A::Error>;
}

/// `Deserialize` of every generated object type.
pub(crate) fn object<'de, T: Object, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    struct ObjectVisitor<T>(std::marker::PhantomData<T>);
    impl<'de, T: Object> Visitor<'de> for ObjectVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(T::EXPECTING)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
            T::read(&mut map)
        }
    }
    deserializer.deserialize_map(ObjectVisitor(std::marker::PhantomData))
}

/// Reads the keys of an object: `known(key, map)` reads the value of a key
/// its type lists and says `true`, or says `false`; the values of the other
/// keys are returned as exact text. A key seen twice is an error.
pub(crate) fn fields<'de, A, F>(map: &mut A, mut known: F) -> Result<JsonMap, A::Error>
where
    A: MapAccess<'de>,
    F: FnMut(&str, &mut A) -> Result<bool, A::Error>,
{
    let mut extra = JsonMap::new();
    while let Some(Text(key)) = map.next_key()? {
        if known(&key, map)? {
            continue;
        }
        let value: RawJson = map.next_value().map_err(|e| at_field(&key, e))?;
        extra.insert_new(key, value)?;
    }
    Ok(extra)
}

/// Reads the value of a listed key into its slot; `true` for [`fields`].
pub(crate) fn slot<'de, A, T>(
    map: &mut A,
    slot: &mut Option<T>,
    key: &'static str,
) -> Result<bool, A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    if slot.is_some() {
        return Err(de::Error::duplicate_field(key));
    }
    *slot = Some(map.next_value().map_err(|e| at_field(key, e))?);
    Ok(true)
}

/// The value of a required key, or the error naming it.
#[allow(dead_code)] // unused when no object of the spec has a required key
pub(crate) fn required<T, E: de::Error>(slot: Option<T>, key: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(key))
}

/// Puts the name of the field in front of an error from its value, so a
/// bad amount deep in a response reads `field `data.amount`: …`. The
/// position serde_json appends is dropped here and added again, once, by
/// the outermost call.
pub(crate) fn at_field<E: de::Error>(key: &str, error: E) -> E {
    let text = error.to_string();
    let text = strip_position(&text);
    match text.strip_prefix("field `") {
        Some(rest) => E::custom(format_args!("field `{key}.{rest}")),
        None => E::custom(format_args!("field `{key}`: {text}")),
    }
}

/// `message` without serde_json's trailing ` at line L column C`.
fn strip_position(message: &str) -> &str {
    let Some(at) = message.rfind(" at line ") else {
        return message;
    };
    let tail = &message[at + " at line ".len()..];
    let is_position = tail
        .split_once(" column ")
        .is_some_and(|(l, c)| is_digits(l) && is_digits(c));
    if is_position {
        &message[..at]
    } else {
        message
    }
}

fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// Writes a listed key and its value.
#[allow(dead_code)] // unused when no object of the spec has a required key
pub(crate) fn put<M: SerializeMap, T: Serialize + ?Sized>(
    map: &mut M,
    key: &'static str,
    value: &T,
) -> Result<(), M::Error> {
    map.serialize_entry(key, value)
}

/// Writes an optional key, leaving it out when it is `None`.
pub(crate) fn put_some<M: SerializeMap, T: Serialize>(
    map: &mut M,
    key: &'static str,
    value: &Option<T>,
) -> Result<(), M::Error> {
    match value {
        Some(value) => map.serialize_entry(key, value),
        None => Ok(()),
    }
}

/// Writes the kept unknown keys after the listed ones.
pub(crate) fn put_extra<M: SerializeMap>(map: &mut M, extra: &JsonMap) -> Result<(), M::Error> {
    for (key, value) in extra.iter() {
        map.serialize_entry(key, value)?;
    }
    Ok(())
}

/// How a generated untagged union decodes one of its variants from the
/// value as read.
pub(crate) type Attempt<'de, T> = fn(&Raw<'de>) -> Result<T, serde_json::Error>;

/// What tells one variant of an untagged union from the others (the
/// generator proves at build time that no value passes two variants'
/// checks): a value is decoded as the variant only if it passes.
#[allow(dead_code)] // unused when the spec has no untagged union
pub(crate) struct Check {
    /// Whether the variant is an object, so the keys below are checked
    /// (a scalar variant is told apart by its JSON type when it decodes).
    pub(crate) object: bool,
    /// Keys the object must have.
    pub(crate) required: &'static [&'static str],
    /// (key, values): string keys whose value must be one of these.
    pub(crate) tags: &'static [(&'static str, &'static [&'static str])],
    /// The variant's listed keys, of which the object must have at least
    /// `min_listed` (keys it does not list do not count).
    pub(crate) listed: &'static [&'static str],
    pub(crate) min_listed: usize,
}

#[allow(dead_code)] // unused when the spec has no untagged union
impl Check {
    /// No check: the variant's own decoding decides.
    pub(crate) const ANY: Check = Check {
        object: false,
        required: &[],
        tags: &[],
        listed: &[],
        min_listed: 0,
    };

    /// Whether an object with these keys (and these string values) passes.
    fn passes(&self, keys: Option<&ObjectKeys<'_>>) -> bool {
        if !self.object {
            return true;
        }
        let Some(keys) = keys else {
            return false;
        };
        let has = |key: &str| keys.0.iter().any(|(k, _)| k == key);
        let listed = keys
            .0
            .iter()
            .filter(|(k, _)| self.listed.contains(&k.as_ref()))
            .count();
        self.required.iter().all(|key| has(key))
            && self.tags.iter().all(|(key, values)| {
                keys.0
                    .iter()
                    .any(|(k, v)| k == key && v.as_deref().is_some_and(|v| values.contains(&v)))
            })
            && listed >= self.min_listed
    }
}

/// The top-level keys of an object, each with its value when that is a string.
struct ObjectKeys<'a>(Vec<(Cow<'a, str>, Option<Cow<'a, str>>)>);

/// A value that is a string, or `None` for any other JSON value (skipped).
struct MaybeText<'de>(Option<Cow<'de, str>>);

impl<'de> Deserialize<'de> for MaybeText<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MaybeVisitor;
        impl<'de> Visitor<'de> for MaybeVisitor {
            type Value = MaybeText<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(MaybeText(Some(Cow::Borrowed(v))))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(MaybeText(Some(Cow::Owned(v.to_owned()))))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
                Ok(MaybeText(None))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
                Ok(MaybeText(None))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
                Ok(MaybeText(None))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
                Ok(MaybeText(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(MaybeText(None))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(MaybeText(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                while map
                    .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(MaybeText(None))
            }
        }
        deserializer.deserialize_any(MaybeVisitor)
    }
}

/// The keys of `raw` when it is an object; `None` for any other value.
fn object_keys<'a>(raw: &'a Raw<'_>) -> Option<ObjectKeys<'a>> {
    match raw {
        Raw::Text(text) => {
            let map: Vec<(Text<'a>, MaybeText<'a>)> =
                serde_json::from_str::<KeyList<'a>>(text).ok()?.0;
            Some(ObjectKeys(
                map.into_iter().map(|(k, v)| (k.0, v.0)).collect(),
            ))
        }
        Raw::Value(serde_json::Value::Object(map)) => Some(ObjectKeys(
            map.iter()
                .map(|(k, v)| (Cow::Borrowed(k.as_str()), v.as_str().map(Cow::Borrowed)))
                .collect(),
        )),
        Raw::Value(_) => None,
    }
}

/// An object's entries in order (a map type would drop a repeated key).
struct KeyList<'de>(Vec<(Text<'de>, MaybeText<'de>)>);

impl<'de> Deserialize<'de> for KeyList<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ListVisitor;
        impl<'de> Visitor<'de> for ListVisitor {
            type Value = KeyList<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    out.push(entry);
                }
                Ok(KeyList(out))
            }
        }
        deserializer.deserialize_map(ListVisitor)
    }
}

/// Decodes an untagged union: the value is read once as exact text, and
/// each variant whose [`Check`] it passes is tried on that text in the
/// spec's order; the first that decodes wins (numbers reach `Decimal` as
/// digits, not `f64`). A variant whose check fails is never chosen, so an
/// object whose keys or tag say "withdrawal" never decodes as an earlier,
/// all-optional variant.
///
/// When none decodes: if a variant failed on the value of a key it lists
/// (a bad amount, a malformed id) or on a repeated key, that is the error, naming the union
/// and the field, rather than a silent fallback; otherwise (a shape no
/// variant describes: other keys, another JSON type) the value is kept
/// whole, as exact text, by `unknown`.
#[allow(dead_code)] // unused when the spec has no untagged union
pub(crate) fn untagged<'de, D, T>(
    deserializer: D,
    union: &str,
    variants: &[(Check, Attempt<'de, T>)],
    unknown: fn(RawJson) -> T,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    let raw = raw(deserializer)?;
    let keys = object_keys(&raw);
    let mut field_error = None;
    for (check, attempt) in variants {
        if !check.passes(keys.as_ref()) {
            continue;
        }
        match attempt(&raw) {
            Ok(value) => return Ok(value),
            Err(e) => {
                let text = e.to_string();
                // `at_field` puts `field` in front of an error in a field's
                // value; a repeated key is refused whatever the shape.
                let refused = ["field `", "duplicate field `"]
                    .iter()
                    .any(|p| text.starts_with(p));
                if field_error.is_none() && refused {
                    field_error = Some(strip_position(&text).to_owned());
                }
            }
        }
    }
    drop(keys);
    if let Some(text) = field_error {
        return Err(de::Error::custom(format_args!("{text} (in {union})")));
    }
    raw.into_json()
        .map(unknown)
        .map_err(|e| de::Error::custom(format_args!("{union}: {e}")))
}

/// Decodes a union told apart by the string property `tag`: `choose` gets
/// the tag's value (found by a skipping scan of the text) and the raw
/// object, and decodes the variant. Errors name the union and the tag.
pub(crate) fn tagged<'de, D, T>(
    deserializer: D,
    union: &str,
    tag: &str,
    choose: impl FnOnce(Option<&str>, &Raw<'de>) -> Result<T, serde_json::Error>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    let raw = raw(deserializer)?;
    let value = match &raw {
        Raw::Text(text) => tag_value(text, tag),
        Raw::Value(value) => value.get(tag).and_then(|v| v.as_str()).map(Cow::Borrowed),
    };
    choose(value.as_deref(), &raw).map_err(|e| {
        let text = e.to_string();
        let text = strip_position(&text);
        let value = value.as_deref().unwrap_or("");
        // A field's error keeps its path in front (the union adds no key
        // to it), so the outer fields can extend it.
        if text.starts_with("field `") {
            return de::Error::custom(format_args!("{text} (in {union} with {tag} `{value}`)"));
        }
        de::Error::custom(format_args!("{union} with {tag} `{value}`: {text}"))
    })
}

/// The string value of key `tag` in an object's JSON text, found by
/// skipping over the other values without decoding them; `None` when the
/// object has no such key or its value is not a string.
pub(crate) fn tag_value<'a>(object: &'a str, tag: &str) -> Option<Cow<'a, str>> {
    struct TagSeed<'t, 'a> {
        tag: &'t str,
        found: &'t mut Option<Cow<'a, str>>,
    }
    impl<'a> de::DeserializeSeed<'a> for TagSeed<'_, 'a> {
        type Value = ();
        fn deserialize<D: Deserializer<'a>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_map(self)
        }
    }
    impl<'a> Visitor<'a> for TagSeed<'_, 'a> {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: MapAccess<'a>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(Text(key)) = map.next_key()? {
                if key == self.tag {
                    *self.found = map.next_value::<Option<Text<'a>>>()?.map(|t| t.0);
                    // Found: stop here rather than scan the rest of the
                    // object (the error only ends the scan).
                    return Err(de::Error::custom("tag found"));
                }
                map.next_value::<de::IgnoredAny>()?;
            }
            Ok(())
        }
    }
    let mut found = None;
    let mut deserializer = serde_json::Deserializer::from_str(object);
    // The outcome is in `found`; the result only says where the scan ended.
    let _ = de::DeserializeSeed::deserialize(
        TagSeed {
            tag,
            found: &mut found,
        },
        &mut deserializer,
    );
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_paths_nest_and_keep_one_position() {
        let inner: serde_json::Error = de::Error::custom("`x` is not a decimal number");
        let once = at_field("amount", inner);
        let twice = at_field("data", once);
        assert_eq!(
            twice.to_string(),
            "field `data.amount`: `x` is not a decimal number"
        );
        assert_eq!(strip_position("bad at line 3 column 14"), "bad");
        assert_eq!(strip_position("at line x"), "at line x");
    }

    #[test]
    fn untagged_unions_try_variants_on_the_exact_text() {
        #[derive(Debug)]
        enum Money {
            Amount(crate::Decimal),
            Amounts(Vec<crate::Decimal>),
            Unknown(RawJson),
        }
        let decode = |text: &str| {
            let mut deserializer = serde_json::Deserializer::from_str(text);
            untagged(
                &mut deserializer,
                "Money",
                &[
                    (Check::ANY, |raw| raw.decode().map(Money::Amount)),
                    (Check::ANY, |raw| raw.decode().map(Money::Amounts)),
                ],
                Money::Unknown,
            )
            .expect("decodes")
        };
        match decode("12345678901234567.89") {
            Money::Amount(amount) => assert_eq!(amount.to_string(), "12345678901234567.89"),
            other => panic!("expected an amount, got {other:?}"),
        }
        match decode("[0.000000000123456789012]") {
            Money::Amounts(list) => assert_eq!(list[0].to_string(), "0.000000000123456789012"),
            other => panic!("expected amounts, got {other:?}"),
        }
        match decode(r#"{"fx": 1234567890.123456789}"#) {
            Money::Unknown(raw) => assert_eq!(raw.as_str(), r#"{"fx": 1234567890.123456789}"#),
            other => panic!("expected Unknown, got {other:?}"),
        }
    }

    #[test]
    fn a_variant_whose_check_fails_is_never_chosen() {
        #[derive(Debug, serde::Deserialize)]
        struct Loose {
            kind: Option<String>,
        }
        #[derive(Debug)]
        enum Kinds {
            A(Loose),
            B(Loose),
            Only(Loose),
            Unknown(RawJson),
        }
        const fn tag(value: &'static [(&'static str, &'static [&'static str])]) -> Check {
            Check {
                object: true,
                required: &[],
                tags: value,
                listed: &[],
                min_listed: 0,
            }
        }
        const ONLY: Check = Check {
            object: true,
            required: &[],
            tags: &[],
            listed: &["only"],
            min_listed: 1,
        };
        let decode = |text: &str| {
            let mut deserializer = serde_json::Deserializer::from_str(text);
            untagged(
                &mut deserializer,
                "Kinds",
                &[
                    (tag(&[("kind", &["A", "a"])]), |raw| {
                        raw.decode().map(Kinds::A)
                    }),
                    (tag(&[("kind", &["B"])]), |raw| raw.decode().map(Kinds::B)),
                    (ONLY, |raw| raw.decode().map(Kinds::Only)),
                ],
                Kinds::Unknown,
            )
            .expect("decodes")
        };
        // Every variant decodes any object: only the checks choose.
        let kind = |text: &str| match decode(text) {
            Kinds::A(loose) => ("A", loose.kind),
            Kinds::B(loose) => ("B", loose.kind),
            Kinds::Only(loose) => ("Only", loose.kind),
            Kinds::Unknown(raw) => ("Unknown", Some(raw.as_str().to_owned())),
        };
        let tagged = |variant, tag: &str| (variant, Some(tag.to_owned()));
        assert_eq!(
            kind(r#"{"x": [1, {"kind": "A"}], "kind": "B"}"#),
            tagged("B", "B")
        );
        assert_eq!(kind(r#"{"kind": "A"}"#), tagged("A", "A"));
        assert_eq!(kind(r#"{"kind": "a"}"#), tagged("A", "a"));
        assert_eq!(kind(r#"{"only": 1.5, "other": 2}"#), ("Only", None));
        for other in [
            r#"{"kind": "C"}"#,
            r#"{"kind": 3}"#,
            r#"{"other": 1}"#,
            "[]",
            "7",
        ] {
            match decode(other) {
                Kinds::Unknown(raw) => assert_eq!(raw.as_str(), other),
                chosen => panic!("{other}: chose {chosen:?}"),
            }
        }
    }

    #[test]
    fn the_tag_is_found_without_decoding_the_rest() {
        let text = r#"{"a": {"type": "NESTED"}, "n": 1e999, "type": "BUSINESS"}"#;
        assert_eq!(tag_value(text, "type").as_deref(), Some("BUSINESS"));
        assert_eq!(tag_value(r#"{"type": 3}"#, "type"), None);
        assert_eq!(tag_value(r#"{"kind": "A"}"#, "type"), None);
    }
}
