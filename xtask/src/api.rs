//! The public Rust API of a generated source file, and how two of them
//! differ by Rust semver (the rules cargo-semver-checks applies).
//!
//! The API is a flat map from item paths (`types::Customer::email`,
//! `crate::Client::get_customer(&self, ..)`, `impl Clone for types::Customer`)
//! to the item's shape (its Rust type or signature, and for structs and
//! enums whether they are `#[non_exhaustive]`) and its doc comment.

use std::collections::BTreeMap;

use quote::ToTokens;

/// The semver weight of a change, lightest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bump {
    None,
    Patch,
    Minor,
    Major,
}

impl Bump {
    pub fn label(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }
}

/// What an item is, for judging additions under it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    /// A struct or enum; `true` when `#[non_exhaustive]`.
    Type { non_exhaustive: bool },
    /// A field of a struct or a variant of an enum.
    Member,
    /// Anything else: functions, methods, constants, trait impls, modules.
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    kind: Kind,
    shape: String,
    docs: String,
}

/// A public API, by item path.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Api {
    items: BTreeMap<String, Entry>,
}

/// One difference between two APIs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemChange {
    pub bump: Bump,
    /// The item and what happened to it, e.g.
    /// `types::Customer::email: Option<String> added`.
    pub item: String,
    /// Why it weighs `bump`.
    pub reason: String,
}

impl Api {
    /// The public API of a generated file.
    pub fn of(source: &str) -> Result<Api, String> {
        let file = syn::parse_file(source).map_err(|e| format!("generated code: {e}"))?;
        let mut api = Api::default();
        api.items_in(&file.items, "");
        Ok(api)
    }

    fn add(&mut self, path: String, kind: Kind, shape: String, attrs: &[syn::Attribute]) {
        self.items.insert(
            path,
            Entry {
                kind,
                shape,
                docs: docs(attrs),
            },
        );
    }

    fn items_in(&mut self, items: &[syn::Item], prefix: &str) {
        for item in items {
            match item {
                syn::Item::Mod(m) if public(&m.vis) || is_impl_only(m) => {
                    if let Some((_, inner)) = &m.content {
                        self.items_in(inner, &join(prefix, &m.ident.to_string()));
                    }
                }
                syn::Item::Struct(s) if public(&s.vis) => self.struct_item(s, prefix),
                syn::Item::Enum(e) if public(&e.vis) => self.enum_item(e, prefix),
                syn::Item::Fn(f) if public(&f.vis) => {
                    self.add(
                        join(prefix, &f.sig.ident.to_string()),
                        Kind::Other,
                        tokens(&f.sig),
                        &f.attrs,
                    );
                }
                syn::Item::Const(c) if public(&c.vis) => {
                    self.add(
                        join(prefix, &c.ident.to_string()),
                        Kind::Other,
                        tokens(&c.ty),
                        &c.attrs,
                    );
                }
                syn::Item::Type(t) if public(&t.vis) => {
                    self.add(
                        join(prefix, &t.ident.to_string()),
                        Kind::Other,
                        tokens(&t.ty),
                        &t.attrs,
                    );
                }
                syn::Item::Impl(block) => self.impl_block(block, prefix),
                _ => {}
            }
        }
    }

    /// A public struct, its derives and its public fields.
    fn struct_item(&mut self, s: &syn::ItemStruct, prefix: &str) {
        let path = join(prefix, &s.ident.to_string());
        self.add(
            path.clone(),
            Kind::Type {
                non_exhaustive: non_exhaustive(&s.attrs),
            },
            format!("struct{}", tokens(&s.generics)),
            &s.attrs,
        );
        self.derives(&s.attrs, &path);
        for (i, field) in s.fields.iter().enumerate() {
            if !public(&field.vis) {
                continue;
            }
            let name = field
                .ident
                .as_ref()
                .map_or_else(|| i.to_string(), ToString::to_string);
            self.add(
                format!("{path}::{name}"),
                Kind::Member,
                tokens(&field.ty),
                &field.attrs,
            );
        }
    }

    /// A public enum, its derives and its variants.
    fn enum_item(&mut self, e: &syn::ItemEnum, prefix: &str) {
        let path = join(prefix, &e.ident.to_string());
        self.add(
            path.clone(),
            Kind::Type {
                non_exhaustive: non_exhaustive(&e.attrs),
            },
            format!("enum{}", tokens(&e.generics)),
            &e.attrs,
        );
        self.derives(&e.attrs, &path);
        for variant in &e.variants {
            self.add(
                format!("{path}::{}", variant.ident),
                Kind::Member,
                tokens(&variant.fields),
                &variant.attrs,
            );
        }
    }

    /// `#[derive(..)]` traits are part of the API like written impls.
    fn derives(&mut self, attrs: &[syn::Attribute], path: &str) {
        for attr in attrs.iter().filter(|a| a.path().is_ident("derive")) {
            let _ = attr.parse_nested_meta(|meta| {
                let name = tokens(&meta.path);
                let name = name.rsplit("::").next().unwrap_or(&name).trim().to_owned();
                self.add(
                    format!("impl {name} for {path}"),
                    Kind::Other,
                    String::new(),
                    &[],
                );
                Ok(())
            });
        }
    }

    fn impl_block(&mut self, block: &syn::ItemImpl, prefix: &str) {
        let self_ty = tokens(&block.self_ty);
        // `crate::Client` is the facade; a bare name is in this module.
        let owner = if self_ty.starts_with("crate") {
            self_ty
        } else {
            join(prefix, &self_ty)
        };
        if let Some((trait_path, _)) = &block.trait_ {
            self.add(
                format!(
                    "impl{} {} for {owner}",
                    tokens(&block.generics),
                    tokens(trait_path)
                ),
                Kind::Other,
                String::new(),
                &[],
            );
            return;
        }
        for member in &block.items {
            match member {
                syn::ImplItem::Fn(f) if public(&f.vis) => self.add(
                    format!("{owner}::{}", f.sig.ident),
                    Kind::Other,
                    tokens(&f.sig),
                    &f.attrs,
                ),
                syn::ImplItem::Const(c) if public(&c.vis) => self.add(
                    format!("{owner}::{}", c.ident),
                    Kind::Other,
                    tokens(&c.ty),
                    &c.attrs,
                ),
                _ => {}
            }
        }
    }

    /// Every difference from `self` (the old API) to `new`, by semver.
    pub fn diff(&self, new: &Api) -> Vec<ItemChange> {
        let mut out = Vec::new();
        for (path, old) in &self.items {
            match new.items.get(path) {
                None => out.push(ItemChange {
                    bump: Bump::Major,
                    item: format!("{} removed", describe(path, old)),
                    reason: "an item users may name is removed".into(),
                }),
                Some(now) if now.shape != old.shape => out.push(ItemChange {
                    bump: Bump::Major,
                    item: format!("{path}: {} became {}", shown(&old.shape), shown(&now.shape)),
                    reason: "its type or signature changes".into(),
                }),
                Some(now) if now.kind != old.kind => {
                    let became = matches!(
                        now.kind,
                        Kind::Type {
                            non_exhaustive: true
                        }
                    );
                    out.push(ItemChange {
                        bump: if became { Bump::Major } else { Bump::Minor },
                        item: format!(
                            "{path} {} #[non_exhaustive]",
                            if became { "became" } else { "is no longer" }
                        ),
                        reason: if became {
                            "users can no longer build it with a literal or match it exhaustively"
                                .into()
                        } else {
                            "it only allows more uses".into()
                        },
                    });
                }
                Some(now) if now.docs != old.docs => out.push(ItemChange {
                    bump: Bump::Patch,
                    item: format!("{path}: doc comment changed"),
                    reason: "documentation only".into(),
                }),
                Some(_) => {}
            }
        }
        for (path, entry) in &new.items {
            if self.items.contains_key(path) {
                continue;
            }
            let (bump, reason) = self.weigh_addition(path, entry, new);
            out.push(ItemChange {
                bump,
                item: format!("{} added", describe(path, entry)),
                reason,
            });
        }
        out
    }

    /// A new field or variant breaks users of an exhaustive type (struct
    /// literals, exhaustive `match`es); anything else new is an addition.
    fn weigh_addition(&self, path: &str, entry: &Entry, new: &Api) -> (Bump, String) {
        if entry.kind != Kind::Member {
            return (Bump::Minor, "a new item breaks no user".into());
        }
        let parent = path.rsplit_once("::").map_or("", |(p, _)| p);
        let parent_existed = self.items.contains_key(parent);
        match new.items.get(parent).map(|p| &p.kind) {
            _ if !parent_existed => (Bump::Minor, "part of a new type".into()),
            Some(Kind::Type {
                non_exhaustive: true,
            }) => (
                Bump::Minor,
                format!(
                    "{parent} is #[non_exhaustive], so no user can depend on its members being all"
                ),
            ),
            _ => (
                Bump::Major,
                format!(
                    "{parent} is exhaustive: struct literals and exhaustive matches of it break"
                ),
            ),
        }
    }
}

fn describe(path: &str, entry: &Entry) -> String {
    match (&entry.kind, entry.shape.as_str()) {
        (_, "") => path.to_owned(),
        (Kind::Type { .. }, _) => format!("{} {path}", entry.shape),
        _ => format!("{path}: {}", shown(&entry.shape)),
    }
}

fn shown(shape: &str) -> String {
    if shape.is_empty() {
        "()".into()
    } else {
        shape.to_owned()
    }
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}::{name}")
    }
}

fn public(vis: &syn::Visibility) -> bool {
    matches!(vis, syn::Visibility::Public(_))
}

/// A private module that only holds impls (of public types elsewhere).
fn is_impl_only(m: &syn::ItemMod) -> bool {
    m.content.as_ref().is_some_and(|(_, items)| {
        items
            .iter()
            .all(|i| matches!(i, syn::Item::Impl(_) | syn::Item::Use(_)))
    })
}

fn non_exhaustive(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("non_exhaustive"))
}

fn docs(attrs: &[syn::Attribute]) -> String {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .map(|a| tokens(&a.meta))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Tokens as text, spaced about as rustfmt would write them and with the
/// prelude's paths short (enough to read a type; equal tokens always give
/// equal text).
fn tokens(node: &impl ToTokens) -> String {
    let mut text = node.to_token_stream().to_string();
    for (from, to) in [
        (" :: ", "::"),
        (":: ", "::"),
        (" < ", "<"),
        (" <", "<"),
        ("< ", "<"),
        (" >", ">"),
        (" ,", ","),
        ("& ", "&"),
        (" (", "("),
        ("( ", "("),
        (" )", ")"),
        (" : ", ": "),
        (",)", ")"),
        ("->::", "-> ::"),
        ("::std::option::", ""),
        ("::std::string::", ""),
        ("::std::vec::", ""),
        ("crate::generated::", ""),
    ] {
        text = text.replace(from, to);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(source: &str) -> Api {
        Api::of(source).unwrap()
    }

    fn bumps(old: &str, new: &str) -> Vec<(Bump, String)> {
        api(old)
            .diff(&api(new))
            .into_iter()
            .map(|c| (c.bump, c.item))
            .collect()
    }

    #[test]
    fn a_field_added_is_minor_only_on_a_non_exhaustive_struct() {
        let old = "pub mod types { pub struct A { pub x: Option<String> } }";
        let new = "pub mod types { pub struct A { pub x: Option<String>, pub y: Option<i64> } }";
        assert_eq!(
            bumps(old, new),
            [(Bump::Major, "types::A::y: Option<i64> added".into())]
        );
        let old = "pub mod types { #[non_exhaustive] pub struct A { pub x: Option<String> } }";
        let new = "pub mod types { #[non_exhaustive] pub struct A { pub x: Option<String>, pub y: Option<i64> } }";
        assert_eq!(bumps(old, new)[0].0, Bump::Minor);
    }

    #[test]
    fn variants_types_docs_and_removals() {
        let old = "pub enum E { A, B } /// one\npub fn f(x: u8) {} pub struct S { pub a: u8 }";
        let new = "#[non_exhaustive] pub enum E { A, B } /// two\npub fn f(x: u8) {} pub struct S { pub a: u16 }";
        let found = bumps(old, new);
        assert!(found.contains(&(Bump::Major, "E became #[non_exhaustive]".into())));
        assert!(found.contains(&(Bump::Patch, "f: doc comment changed".into())));
        assert!(found.contains(&(Bump::Major, "S::a: u8 became u16".into())));
        let removed = bumps("pub enum E { A, B }", "pub enum E { A }");
        assert_eq!(removed, [(Bump::Major, "E::B removed".into())]);
        assert!(bumps("pub struct S;", "pub struct S;").is_empty());
    }
}
