//! Semantic drift between two OpenAPI documents, classified by what each
//! change does to the Rust API that progenitor/typify generate from it.
//!
//! Rules of thumb (the crate decodes responses and encodes requests):
//! removing anything is breaking; adding an operation, schema, optional
//! property or enum value is additive (enums are open and keep unknown
//! values; note typify structs are not `#[non_exhaustive]`, so an added
//! field can still break struct literals); a type, `$ref` or `format`
//! change alters a field's Rust type and is breaking; `required` changes
//! flip a field between `T` and `Option<T>`; becoming nullable breaks
//! decoding where a value can now be null; prose and examples are doc-only.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde_json::{Map, Value};

use crate::yaml::escape;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Effect {
    Breaking,
    Additive,
    DocOnly,
}

impl Effect {
    pub fn label(self) -> &'static str {
        match self {
            Effect::Breaking => "breaking",
            Effect::Additive => "additive",
            Effect::DocOnly => "doc-only",
        }
    }

    pub fn bump(self) -> &'static str {
        match self {
            Effect::Breaking => "major",
            Effect::Additive => "minor",
            Effect::DocOnly => "patch",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub effect: Effect,
    /// Where in the (new, or for removals old) document, as a JSON pointer.
    pub pointer: String,
    pub what: String,
}

/// Which way data described by a schema travels; decides how some changes
/// weigh (a new nullable value breaks decoding, not encoding).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Dir {
    request: bool,
    response: bool,
}

const REQUEST: Dir = Dir {
    request: true,
    response: false,
};
const RESPONSE: Dir = Dir {
    request: false,
    response: true,
};
const BOTH: Dir = Dir {
    request: true,
    response: true,
};

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Changes from `old` (vendored) to `new` (upstream), breaking first.
pub fn diff(old: &Value, new: &Value) -> Vec<Change> {
    let mut usage = BTreeMap::new();
    for doc in [old, new] {
        for (pointer, dir) in component_usage(doc) {
            let entry: &mut Dir = usage.entry(pointer).or_default();
            entry.request |= dir.request;
            entry.response |= dir.response;
        }
    }
    let mut differ = Differ {
        changes: Vec::new(),
        usage,
    };
    differ.document(old, new);
    let mut changes = differ.changes;
    // Stable sort: within one effect, document order is kept.
    changes.sort_by_key(|c| c.effect);
    changes
}

/// The semver bump the changes imply, `None` when there are none.
pub fn implied_bump(changes: &[Change]) -> Option<Effect> {
    changes.iter().map(|c| c.effect).min()
}

/// A report for people: one line per change, grouped by effect, each with
/// its pointer and the page it comes from when known.
pub fn render_report(changes: &[Change], owners: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    let count = |e: Effect| changes.iter().filter(|c| c.effect == e).count();
    let _ = writeln!(
        out,
        "{} semantic change(s): {} breaking, {} additive, {} doc-only",
        changes.len(),
        count(Effect::Breaking),
        count(Effect::Additive),
        count(Effect::DocOnly)
    );
    for change in changes {
        let page = owner_of(&change.pointer, owners)
            .map(|p| format!("; page {p}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {:<8}  {}  ({}{page})",
            change.effect.label(),
            change.what,
            change.pointer
        );
    }
    if let Some(bump) = implied_bump(changes) {
        let _ = writeln!(
            out,
            "Implied version bump: {}{}",
            bump.bump(),
            if bump == Effect::Breaking {
                " (while fin-api is 0.x, that is the minor number: 0.N -> 0.N+1)"
            } else {
                ""
            }
        );
    }
    out
}

fn owner_of<'a>(pointer: &str, owners: &'a BTreeMap<String, String>) -> Option<&'a String> {
    let mut p = pointer;
    loop {
        if let Some(page) = owners.get(p) {
            return Some(page);
        }
        p = &p[..p.rfind('/')?];
    }
}

struct Differ {
    changes: Vec<Change>,
    usage: BTreeMap<String, Dir>,
}

fn is_doc_key(key: &str) -> bool {
    matches!(
        key,
        "description"
            | "summary"
            | "title"
            | "example"
            | "examples"
            | "externalDocs"
            | "deprecated"
            | "$comment"
            | "tags"
    ) || key.starts_with("x-")
}

fn obj(v: Option<&Value>) -> Option<&Map<String, Value>> {
    v.and_then(Value::as_object)
}

/// The entries of two maps whose values differ (one side may be missing):
/// `a`'s order first, then keys only `b` has.
fn changed_entries<'a>(
    a: Option<&'a Map<String, Value>>,
    b: Option<&'a Map<String, Value>>,
) -> Vec<(&'a String, Option<&'a Value>, Option<&'a Value>)> {
    union_keys(a, b)
        .into_iter()
        .map(|key| (key, a.and_then(|m| m.get(key)), b.and_then(|m| m.get(key))))
        .filter(|(_, x, y)| x != y)
        .collect()
}

/// Keys of both maps: `a`'s order first, then keys only `b` has.
fn union_keys<'a>(
    a: Option<&'a Map<String, Value>>,
    b: Option<&'a Map<String, Value>>,
) -> Vec<&'a String> {
    let mut keys: Vec<&String> = a.into_iter().flat_map(|m| m.keys()).collect();
    for key in b.into_iter().flat_map(|m| m.keys()) {
        if !a.is_some_and(|m| m.contains_key(key)) {
            keys.push(key);
        }
    }
    keys
}

fn brief(v: &Value) -> String {
    let text = v.to_string();
    if text.chars().count() > 60 {
        format!("{}…", text.chars().take(60).collect::<String>())
    } else {
        text
    }
}

fn child(pointer: &str, key: &str) -> String {
    format!("{pointer}/{}", escape(key))
}

impl Differ {
    fn push(&mut self, effect: Effect, pointer: &str, what: impl Into<String>) {
        self.changes.push(Change {
            effect,
            pointer: pointer.to_owned(),
            what: what.into(),
        });
    }

    fn document(&mut self, old: &Value, new: &Value) {
        let (o, n) = (old.as_object(), new.as_object());
        for (key, a, b) in changed_entries(o, n) {
            let pointer = child("", key);
            match key.as_str() {
                "paths" => self.path_items(a, b, &pointer, false),
                "webhooks" => self.path_items(a, b, &pointer, true),
                "components" => self.components(a, b, &pointer),
                "info" => {
                    let (ia, ib) = (obj(a), obj(b));
                    for (field, _, _) in changed_entries(ia, ib) {
                        let (effect, why) = if field == "version" {
                            (
                                Effect::Additive,
                                " (the client sends it as its api-version header)",
                            )
                        } else {
                            (Effect::DocOnly, "")
                        };
                        self.push(
                            effect,
                            &child(&pointer, field),
                            format!("info.{field} changed{why}"),
                        );
                    }
                }
                "servers" => self.push(
                    Effect::Additive,
                    &pointer,
                    "servers changed (the client's base URLs)",
                ),
                "openapi" => self.push(Effect::Additive, &pointer, "OpenAPI version changed"),
                "tags" | "security" => self.push(
                    Effect::DocOnly,
                    &pointer,
                    format!("{key} changed (not part of the generated code)"),
                ),
                _ => self.generic(a, b, &pointer),
            }
        }
    }

    fn path_items(&mut self, a: Option<&Value>, b: Option<&Value>, pointer: &str, webhook: bool) {
        let (pa, pb) = (obj(a), obj(b));
        for (path, item_a, item_b) in changed_entries(pa, pb) {
            let (ia, ib) = (obj(item_a), obj(item_b));
            let item_ptr = child(pointer, path);
            for (field, fa, fb) in changed_entries(ia, ib) {
                let ptr = child(&item_ptr, field);
                if METHODS.contains(&field.as_str()) {
                    let name = if webhook {
                        format!("webhook `{path}` ({})", field.to_uppercase())
                    } else {
                        format!("{} {path}", field.to_uppercase())
                    };
                    match (fa, fb) {
                        (Some(_), None) => {
                            self.push(Effect::Breaking, &ptr, format!("operation removed: {name}"))
                        }
                        (None, Some(_)) => {
                            self.push(Effect::Additive, &ptr, format!("operation added: {name}"))
                        }
                        _ => self.operation(fa, fb, &ptr, webhook),
                    }
                } else if field == "parameters" {
                    self.parameters(fa, fb, &ptr);
                } else if is_doc_key(field) {
                    self.push(Effect::DocOnly, &ptr, format!("{field} changed"));
                } else {
                    self.generic(fa, fb, &ptr);
                }
            }
        }
    }

    fn operation(&mut self, a: Option<&Value>, b: Option<&Value>, pointer: &str, webhook: bool) {
        // A webhook's body comes to us (decoded like a response).
        let (body_dir, reply_dir) = if webhook {
            (RESPONSE, REQUEST)
        } else {
            (REQUEST, RESPONSE)
        };
        let (oa, ob) = (obj(a), obj(b));
        for (key, fa, fb) in changed_entries(oa, ob) {
            let ptr = child(pointer, key);
            match key.as_str() {
                "parameters" => self.parameters(fa, fb, &ptr),
                "requestBody" => self.request_body(fa, fb, &ptr, body_dir),
                "responses" => self.responses(fa, fb, &ptr, reply_dir),
                "operationId" => self.push(
                    Effect::Breaking,
                    &ptr,
                    format!(
                        "operationId changed from {} to {} (the client method is renamed)",
                        fa.map(brief).unwrap_or_else(|| "none".into()),
                        fb.map(brief).unwrap_or_else(|| "none".into())
                    ),
                ),
                "security" => self.push(
                    Effect::DocOnly,
                    &ptr,
                    "security changed (not part of the generated code)",
                ),
                k if is_doc_key(k) => self.push(Effect::DocOnly, &ptr, format!("{k} changed")),
                _ => self.generic(fa, fb, &ptr),
            }
        }
    }

    fn parameters(&mut self, a: Option<&Value>, b: Option<&Value>, pointer: &str) {
        let list = |v: Option<&Value>| -> Vec<(String, usize, Value)> {
            v.and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
                .map(|(i, p)| {
                    let key = match p.get("$ref").and_then(Value::as_str) {
                        Some(r) => format!("$ref {r}"),
                        None => format!(
                            "{} `{}`",
                            p.get("in").and_then(Value::as_str).unwrap_or("?"),
                            p.get("name").and_then(Value::as_str).unwrap_or("?")
                        ),
                    };
                    (key, i, p.clone())
                })
                .collect()
        };
        let (la, lb) = (list(a), list(b));
        for (key, i, _) in &la {
            if !lb.iter().any(|(k, _, _)| k == key) {
                self.push(
                    Effect::Breaking,
                    &format!("{pointer}/{i}"),
                    format!("parameter removed: {key}"),
                );
            }
        }
        for (key, i, pb) in &lb {
            let ptr = format!("{pointer}/{i}");
            match la.iter().find(|(k, _, _)| k == key) {
                None => {
                    if is_required(pb) {
                        self.push(
                            Effect::Breaking,
                            &ptr,
                            format!("required parameter added: {key}"),
                        );
                    } else {
                        self.push(
                            Effect::Additive,
                            &ptr,
                            format!("optional parameter added: {key}"),
                        );
                    }
                }
                Some((_, _, pa)) if pa != pb => self.parameter(pa, pb, &ptr, key),
                _ => {}
            }
        }
    }

    fn parameter(&mut self, a: &Value, b: &Value, pointer: &str, name: &str) {
        match (is_required(a), is_required(b)) {
            (false, true) => self.push(
                Effect::Breaking,
                pointer,
                format!("parameter {name} became required"),
            ),
            (true, false) => self.push(
                Effect::Additive,
                pointer,
                format!("parameter {name} became optional"),
            ),
            _ => {}
        }
        let (oa, ob) = (a.as_object(), b.as_object());
        for (key, fa, fb) in changed_entries(oa, ob) {
            if key == "required" {
                continue;
            }
            let ptr = child(pointer, key);
            match key.as_str() {
                "schema" => self.schema(fa, fb, &ptr, REQUEST),
                "content" => self.content(fa, fb, &ptr, REQUEST),
                k if is_doc_key(k) => self.push(
                    Effect::DocOnly,
                    &ptr,
                    format!("{k} of parameter {name} changed"),
                ),
                _ => self.generic(fa, fb, &ptr),
            }
        }
    }

    fn request_body(&mut self, a: Option<&Value>, b: Option<&Value>, pointer: &str, dir: Dir) {
        match (a, b) {
            (Some(_), None) => self.push(Effect::Breaking, pointer, "request body removed"),
            (None, Some(body)) => {
                if is_required(body) {
                    self.push(Effect::Breaking, pointer, "required request body added");
                } else {
                    self.push(Effect::Additive, pointer, "optional request body added");
                }
            }
            (Some(x), Some(y)) => {
                match (is_required(x), is_required(y)) {
                    (false, true) => {
                        self.push(Effect::Breaking, pointer, "request body became required")
                    }
                    (true, false) => {
                        self.push(Effect::Additive, pointer, "request body became optional")
                    }
                    _ => {}
                }
                self.message(x, y, pointer, dir);
            }
            (None, None) => {}
        }
    }

    fn responses(&mut self, a: Option<&Value>, b: Option<&Value>, pointer: &str, dir: Dir) {
        let (ra, rb) = (obj(a), obj(b));
        for (code, fa, fb) in changed_entries(ra, rb) {
            let ptr = child(pointer, code);
            match (fa, fb) {
                (Some(_), None) => {
                    self.push(Effect::Breaking, &ptr, format!("response {code} removed"))
                }
                (None, Some(_)) => {
                    self.push(Effect::Additive, &ptr, format!("response {code} added"))
                }
                (Some(x), Some(y)) if x != y => self.message(x, y, &ptr, dir),
                _ => {}
            }
        }
    }

    /// A request body or a response: `$ref`, `content`, headers, prose.
    fn message(&mut self, a: &Value, b: &Value, pointer: &str, dir: Dir) {
        let (oa, ob) = (a.as_object(), b.as_object());
        for (key, fa, fb) in changed_entries(oa, ob) {
            if key == "required" {
                continue;
            }
            let ptr = child(pointer, key);
            match key.as_str() {
                "content" => self.content(fa, fb, &ptr, dir),
                "$ref" => self.push(
                    Effect::Breaking,
                    &ptr,
                    format!(
                        "reference changed from {} to {}",
                        opt_brief(fa),
                        opt_brief(fb)
                    ),
                ),
                k if is_doc_key(k) => self.push(Effect::DocOnly, &ptr, format!("{k} changed")),
                _ => self.generic(fa, fb, &ptr),
            }
        }
    }

    fn content(&mut self, a: Option<&Value>, b: Option<&Value>, pointer: &str, dir: Dir) {
        let (ca, cb) = (obj(a), obj(b));
        for (media, fa, fb) in changed_entries(ca, cb) {
            let ptr = child(pointer, media);
            match (fa, fb) {
                (Some(_), None) => self.push(
                    Effect::Breaking,
                    &ptr,
                    format!("content type {media} removed"),
                ),
                (None, Some(_)) => self.push(
                    Effect::Additive,
                    &ptr,
                    format!("content type {media} added"),
                ),
                (Some(x), Some(y)) if x != y => {
                    let (ma, mb) = (x.as_object(), y.as_object());
                    for (key, ka, kb) in changed_entries(ma, mb) {
                        let kp = child(&ptr, key);
                        if key == "schema" {
                            self.schema(ka, kb, &kp, dir);
                        } else if is_doc_key(key) {
                            self.push(Effect::DocOnly, &kp, format!("{key} changed"));
                        } else {
                            self.generic(ka, kb, &kp);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn components(&mut self, a: Option<&Value>, b: Option<&Value>, pointer: &str) {
        let (sa, sb) = (obj(a), obj(b));
        for (section, section_a, section_b) in changed_entries(sa, sb) {
            let (ea, eb) = (obj(section_a), obj(section_b));
            let section_ptr = child(pointer, section);
            for (name, fa, fb) in changed_entries(ea, eb) {
                let ptr = child(&section_ptr, name);
                let dir = self
                    .usage
                    .get(&ptr)
                    .copied()
                    .filter(|d| d.request || d.response)
                    .unwrap_or(BOTH);
                let kind = section.trim_end_matches('s');
                match (fa, fb) {
                    (Some(_), None) => {
                        self.push(Effect::Breaking, &ptr, format!("{kind} removed: {name}"))
                    }
                    (None, Some(_)) => {
                        self.push(Effect::Additive, &ptr, format!("{kind} added: {name}"))
                    }
                    (Some(x), Some(y)) => match section.as_str() {
                        "schemas" => self.schema(fa, fb, &ptr, dir),
                        "responses" | "requestBodies" => self.message(x, y, &ptr, dir),
                        "parameters" => self.parameter(x, y, &ptr, name),
                        "examples" => {
                            self.push(Effect::DocOnly, &ptr, format!("example {name} changed"))
                        }
                        "securitySchemes" => self.push(
                            Effect::DocOnly,
                            &ptr,
                            format!(
                                "security scheme {name} changed (not part of the generated code)"
                            ),
                        ),
                        _ => self.generic(fa, fb, &ptr),
                    },
                    (None, None) => {}
                }
            }
        }
    }

    fn schema(&mut self, a: Option<&Value>, b: Option<&Value>, pointer: &str, dir: Dir) {
        let (Some(a), Some(b)) = (a, b) else {
            match (a, b) {
                (Some(_), None) => self.push(Effect::Breaking, pointer, "schema removed"),
                (None, Some(_)) => self.push(
                    Effect::Breaking,
                    pointer,
                    "schema added where there was none (the type changes)",
                ),
                _ => {}
            }
            return;
        };
        if a == b {
            return;
        }
        let (Some(oa), Some(ob)) = (a.as_object(), b.as_object()) else {
            self.push(
                Effect::Breaking,
                pointer,
                format!("schema changed from {} to {}", brief(a), brief(b)),
            );
            return;
        };

        let (types_a, null_a) = types(oa);
        let (types_b, null_b) = types(ob);
        if types_a != types_b {
            let show = |t: &BTreeSet<String>| {
                if t.is_empty() {
                    "(any)".to_owned()
                } else {
                    t.iter().cloned().collect::<Vec<_>>().join("|")
                }
            };
            self.push(
                Effect::Breaking,
                &child(pointer, "type"),
                format!("type changed from {} to {}", show(&types_a), show(&types_b)),
            );
        }
        if null_a != null_b {
            let ptr = child(pointer, "nullable");
            if null_b {
                let effect = if dir.response {
                    Effect::Breaking
                } else {
                    Effect::Additive
                };
                self.push(effect, &ptr, "became nullable (a value can now be null)");
            } else {
                let effect = if dir.request {
                    Effect::Breaking
                } else {
                    Effect::Additive
                };
                self.push(effect, &ptr, "is no longer nullable");
            }
        }

        let props =
            |o: &Map<String, Value>| o.get("properties").and_then(Value::as_object).cloned();
        let (pa, pb) = (props(oa), props(ob));
        let (req_a, req_b) = (required(oa), required(ob));
        for name in union_keys(pa.as_ref(), pb.as_ref()) {
            let (fa, fb) = (
                pa.as_ref().and_then(|m| m.get(name)),
                pb.as_ref().and_then(|m| m.get(name)),
            );
            let ptr = child(&child(pointer, "properties"), name);
            match (fa, fb) {
                (Some(_), None) => {
                    self.push(Effect::Breaking, &ptr, format!("property removed: {name}"))
                }
                (None, Some(_)) => {
                    if req_b.contains(name.as_str()) && dir.request {
                        self.push(
                            Effect::Breaking,
                            &ptr,
                            format!("required property added to a request: {name}"),
                        );
                    } else {
                        let kind = if req_b.contains(name.as_str()) {
                            "required"
                        } else {
                            "optional"
                        };
                        self.push(
                            Effect::Additive,
                            &ptr,
                            format!("{kind} property added: {name} (structs are not #[non_exhaustive]: struct literals need it)"),
                        );
                    }
                }
                (Some(_), Some(_)) => {
                    match (req_a.contains(name.as_str()), req_b.contains(name.as_str())) {
                        (false, true) => self.push(
                            Effect::Breaking,
                            &child(pointer, "required"),
                            format!("property {name} became required (Option<T> -> T)"),
                        ),
                        (true, false) => self.push(
                            Effect::Breaking,
                            &child(pointer, "required"),
                            format!("property {name} became optional (T -> Option<T>)"),
                        ),
                        _ => {}
                    }
                    self.schema(fa, fb, &ptr, dir);
                }
                (None, None) => {}
            }
        }

        for key in union_keys(Some(oa), Some(ob)) {
            let (fa, fb) = (oa.get(key), ob.get(key));
            let ptr = child(pointer, key);
            match key.as_str() {
                "type" | "nullable" | "properties" | "required" => {}
                "enum" => self.enumeration(fa, fb, &ptr),
                "items" | "additionalProperties" | "not" | "contains" | "propertyNames" => {
                    if fa.is_some_and(Value::is_object) && fb.is_some_and(Value::is_object) {
                        self.schema(fa, fb, &ptr, dir);
                    } else {
                        self.push(Effect::Breaking, &ptr, format!("{key} changed from {} to {}", opt_brief(fa), opt_brief(fb)));
                    }
                }
                "allOf" | "oneOf" | "anyOf" => {
                    let (la, lb) = (fa.and_then(Value::as_array), fb.and_then(Value::as_array));
                    match (la, lb) {
                        (Some(la), Some(lb)) if la.len() == lb.len() => {
                            for (i, (x, y)) in la.iter().zip(lb).enumerate() {
                                self.schema(Some(x), Some(y), &format!("{ptr}/{i}"), dir);
                            }
                        }
                        _ => self.push(
                            Effect::Breaking,
                            &ptr,
                            format!(
                                "{key} variants changed ({} -> {}; the generated enum changes)",
                                la.map_or(0, Vec::len),
                                lb.map_or(0, Vec::len)
                            ),
                        ),
                    }
                }
                "$ref" => self.push(Effect::Breaking, &ptr, format!("type changed: reference {} -> {}", opt_brief(fa), opt_brief(fb))),
                "format" => self.push(Effect::Breaking, &ptr, format!("format changed from {} to {} (the Rust type may change)", opt_brief(fa), opt_brief(fb))),
                "const" => self.push(Effect::Breaking, &ptr, format!("const changed from {} to {}", opt_brief(fa), opt_brief(fb))),
                "default" => self.push(Effect::DocOnly, &ptr, format!("default changed from {} to {}", opt_brief(fa), opt_brief(fb))),
                "discriminator" => self.push(Effect::Breaking, &ptr, "discriminator changed (enum tagging changes)"),
                "minLength" | "maxLength" | "pattern" | "minimum" | "maximum" | "exclusiveMinimum"
                | "exclusiveMaximum" | "multipleOf" | "minItems" | "maxItems" | "uniqueItems"
                | "minProperties" | "maxProperties" => self.push(
                    Effect::Breaking,
                    &ptr,
                    format!("constraint {key} changed from {} to {} (typify makes constrained values newtypes)", opt_brief(fa), opt_brief(fb)),
                ),
                k if is_doc_key(k) => self.push(Effect::DocOnly, &ptr, format!("{k} changed")),
                _ => self.generic(fa, fb, &ptr),
            }
        }
    }

    fn enumeration(&mut self, a: Option<&Value>, b: Option<&Value>, pointer: &str) {
        match (a.and_then(Value::as_array), b.and_then(Value::as_array)) {
            (Some(va), Some(vb)) => {
                for v in va.iter().filter(|v| !vb.contains(v)) {
                    self.push(
                        Effect::Breaking,
                        pointer,
                        format!("enum value removed: {v}"),
                    );
                }
                for v in vb.iter().filter(|v| !va.contains(v)) {
                    self.push(
                        Effect::Additive,
                        pointer,
                        format!("enum value added: {v} (enums are open)"),
                    );
                }
            }
            (None, Some(_)) => self.push(
                Effect::Breaking,
                pointer,
                "enum added (the type becomes an enum)",
            ),
            (Some(_), None) => self.push(
                Effect::Breaking,
                pointer,
                "enum removed (the type stops being an enum)",
            ),
            (None, None) => {}
        }
    }

    /// Anything without a rule: reported as breaking so nobody under-bumps.
    fn generic(&mut self, a: Option<&Value>, b: Option<&Value>, pointer: &str) {
        if a == b {
            return;
        }
        if let (Some(Value::Object(oa)), Some(Value::Object(ob))) = (a, b) {
            for key in union_keys(Some(oa), Some(ob)) {
                let ptr = child(pointer, key);
                if is_doc_key(key) {
                    if oa.get(key) != ob.get(key) {
                        self.push(Effect::DocOnly, &ptr, format!("{key} changed"));
                    }
                } else {
                    self.generic(oa.get(key), ob.get(key), &ptr);
                }
            }
            return;
        }
        self.push(
            Effect::Breaking,
            pointer,
            format!(
                "changed from {} to {} (no rule for this; review by hand)",
                opt_brief(a),
                opt_brief(b)
            ),
        );
    }
}

fn opt_brief(v: Option<&Value>) -> String {
    v.map(brief).unwrap_or_else(|| "nothing".into())
}

fn is_required(v: &Value) -> bool {
    v.get("required").and_then(Value::as_bool).unwrap_or(false)
}

fn required(o: &Map<String, Value>) -> BTreeSet<&str> {
    o.get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

/// The schema's types without `null`, and whether `null` is allowed
/// (3.0 `nullable: true` or 3.1 `type: [.., "null"]`).
fn types(o: &Map<String, Value>) -> (BTreeSet<String>, bool) {
    let mut set: BTreeSet<String> = match o.get("type") {
        Some(Value::String(t)) => [t.clone()].into(),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => BTreeSet::new(),
    };
    let null = set.remove("null") || o.get("nullable").and_then(Value::as_bool).unwrap_or(false);
    (set, null)
}

/// For every component reachable from an operation, whether it is sent
/// (request), received (response), or both.
fn component_usage(doc: &Value) -> BTreeMap<String, Dir> {
    let mut usage: BTreeMap<String, Dir> = BTreeMap::new();
    let mut queue: Vec<(String, Dir)> = Vec::new();
    for (section, webhook) in [("paths", false), ("webhooks", true)] {
        let Some(items) = doc.get(section).and_then(Value::as_object) else {
            continue;
        };
        for item in items.values().filter_map(Value::as_object) {
            for (key, value) in item {
                let mut roots = Vec::new();
                if key == "parameters" {
                    roots.push((value, REQUEST));
                } else if METHODS.contains(&key.as_str()) {
                    let (body, reply) = if webhook {
                        (RESPONSE, REQUEST)
                    } else {
                        (REQUEST, RESPONSE)
                    };
                    if let Some(v) = value.get("parameters") {
                        roots.push((v, REQUEST));
                    }
                    if let Some(v) = value.get("requestBody") {
                        roots.push((v, body));
                    }
                    if let Some(v) = value.get("responses") {
                        roots.push((v, reply));
                    }
                }
                for (root, dir) in roots {
                    let mut refs = Vec::new();
                    collect_refs(root, &mut refs);
                    queue.extend(refs.into_iter().map(|r| (r, dir)));
                }
            }
        }
    }
    while let Some((pointer, dir)) = queue.pop() {
        let entry = usage.entry(pointer.clone()).or_default();
        let grown = (dir.request && !entry.request) || (dir.response && !entry.response);
        if !grown {
            continue;
        }
        entry.request |= dir.request;
        entry.response |= dir.response;
        let merged = *entry;
        if let Some(target) = doc.pointer(&pointer) {
            let mut refs = Vec::new();
            collect_refs(target, &mut refs);
            queue.extend(refs.into_iter().map(|r| (r, merged)));
        }
    }
    usage
}

/// Local `$ref` targets (`#/components/...`) as JSON pointers.
fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                match (k.as_str(), v) {
                    ("$ref", Value::String(r)) => {
                        if let Some(p) = r.strip_prefix('#') {
                            out.push(p.to_owned());
                        }
                    }
                    _ => collect_refs(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Value {
        json!({
            "openapi": "3.1.0",
            "info": {"title": "Fin", "version": "1.0.0", "description": "d"},
            "paths": {
                "/v1/customers/{id}": {
                    "get": {
                        "summary": "Get",
                        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Customer"}}}}}
                    },
                    "post": {
                        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewCustomer"}}}},
                        "responses": {"201": {"description": "created"}}
                    }
                }
            },
            "components": {"schemas": {
                "Customer": {"type": "object", "required": ["id"], "properties": {
                    "id": {"type": "string"},
                    "status": {"type": "string", "enum": ["ACTIVE", "PENDING"]},
                    "email": {"type": "string", "description": "mail"},
                    "age": {"type": "integer"}
                }},
                "NewCustomer": {"type": "object", "properties": {"name": {"type": "string"}}}
            }}
        })
    }

    fn find<'a>(changes: &'a [Change], text: &str) -> &'a Change {
        changes
            .iter()
            .find(|c| c.what.contains(text))
            .unwrap_or_else(|| panic!("no change mentioning {text:?} in {changes:#?}"))
    }

    #[test]
    fn identical_documents_have_no_changes() {
        assert!(diff(&spec(), &spec()).is_empty());
        assert_eq!(implied_bump(&[]), None);
    }

    #[test]
    fn removals_and_type_changes_are_breaking_additions_additive() {
        let old = spec();
        let mut new = spec();
        let customer = &mut new["components"]["schemas"]["Customer"];
        customer["properties"]["status"]["enum"] = json!(["ACTIVE", "PENDING", "FROZEN"]);
        customer["properties"]
            .as_object_mut()
            .unwrap()
            .shift_remove("email");
        customer["properties"]["age"]["type"] = json!("string");
        customer["properties"]["nick"] = json!({"type": "string"});
        new["paths"]["/v1/customers/{id}"]
            .as_object_mut()
            .unwrap()
            .shift_remove("post");
        new["paths"]["/v1/other"] = json!({"get": {"responses": {}}});
        new["components"]["schemas"]["Extra"] = json!({"type": "string"});
        new["info"]["description"] = json!("changed");

        let changes = diff(&old, &new);
        assert_eq!(
            find(&changes, "enum value added: \"FROZEN\"").effect,
            Effect::Additive
        );
        assert_eq!(
            find(&changes, "property removed: email").effect,
            Effect::Breaking
        );
        let ty = find(&changes, "type changed from integer to string");
        assert_eq!(ty.effect, Effect::Breaking);
        assert_eq!(
            ty.pointer,
            "/components/schemas/Customer/properties/age/type"
        );
        assert_eq!(
            find(&changes, "operation removed: POST /v1/customers/{id}").effect,
            Effect::Breaking
        );
        assert_eq!(
            find(&changes, "operation added: GET /v1/other").effect,
            Effect::Additive
        );
        assert_eq!(
            find(&changes, "schema added: Extra").effect,
            Effect::Additive
        );
        assert_eq!(
            find(&changes, "optional property added: nick").effect,
            Effect::Additive
        );
        assert_eq!(
            find(&changes, "info.description changed").effect,
            Effect::DocOnly
        );
        assert_eq!(implied_bump(&changes), Some(Effect::Breaking));
        assert_eq!(
            changes[0].effect,
            Effect::Breaking,
            "breaking changes come first"
        );
    }

    #[test]
    fn enum_value_removed_is_breaking() {
        let mut new = spec();
        new["components"]["schemas"]["Customer"]["properties"]["status"]["enum"] =
            json!(["ACTIVE"]);
        let changes = diff(&spec(), &new);
        assert_eq!(changes.len(), 1, "{changes:#?}");
        assert_eq!(
            find(&changes, "enum value removed: \"PENDING\"").effect,
            Effect::Breaking
        );
    }

    #[test]
    fn nullable_weighs_by_direction() {
        // Customer is only ever received: a value that can now be null breaks decoding.
        let mut new = spec();
        new["components"]["schemas"]["Customer"]["properties"]["email"]["nullable"] = json!(true);
        new["components"]["schemas"]["NewCustomer"]["properties"]["name"]["type"] =
            json!(["string", "null"]);
        let changes = diff(&spec(), &new);
        let by_ptr = |p: &str| changes.iter().find(|c| c.pointer.starts_with(p)).unwrap();
        assert_eq!(
            by_ptr("/components/schemas/Customer/").effect,
            Effect::Breaking
        );
        // NewCustomer is only sent: we may now send null, nothing breaks.
        assert_eq!(
            by_ptr("/components/schemas/NewCustomer/").effect,
            Effect::Additive
        );
    }

    #[test]
    fn required_and_parameter_changes() {
        let mut new = spec();
        new["components"]["schemas"]["NewCustomer"]["required"] = json!(["name"]);
        let get = &mut new["paths"]["/v1/customers/{id}"]["get"];
        get["parameters"]
            .as_array_mut()
            .unwrap()
            .push(json!({"name": "expand", "in": "query", "schema": {"type": "string"}}));
        get["operationId"] = json!("getCustomer");
        let changes = diff(&spec(), &new);
        assert_eq!(
            find(&changes, "property name became required").effect,
            Effect::Breaking
        );
        assert_eq!(
            find(&changes, "optional parameter added: query `expand`").effect,
            Effect::Additive
        );
        assert_eq!(
            find(&changes, "operationId changed").effect,
            Effect::Breaking
        );
    }

    #[test]
    fn description_and_example_changes_are_doc_only() {
        let mut new = spec();
        let customer = &mut new["components"]["schemas"]["Customer"];
        customer["properties"]["email"]["description"] = json!("e-mail");
        customer["example"] = json!({"id": "x"});
        new["paths"]["/v1/customers/{id}"]["get"]["summary"] = json!("Fetch");
        let changes = diff(&spec(), &new);
        assert_eq!(changes.len(), 3, "{changes:#?}");
        assert!(changes.iter().all(|c| c.effect == Effect::DocOnly));
        assert_eq!(implied_bump(&changes), Some(Effect::DocOnly));
    }

    #[test]
    fn report_names_pages_and_bump() {
        let mut new = spec();
        new["components"]["schemas"]
            .as_object_mut()
            .unwrap()
            .shift_remove("NewCustomer");
        let owners = BTreeMap::from([(
            "/components/schemas/NewCustomer".to_owned(),
            "api-reference/x".to_owned(),
        )]);
        let report = render_report(&diff(&spec(), &new), &owners);
        assert!(
            report.contains("breaking  schema removed: NewCustomer"),
            "{report}"
        );
        assert!(report.contains("page api-reference/x"), "{report}");
        assert!(report.contains("Implied version bump: major"), "{report}");
    }
}
