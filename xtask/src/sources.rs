//! `openapi/sources.toml`: where the docs live and which pages are vendored,
//! plus the docs-site addressing rules (page URLs, `llms.txt` links).

use std::path::Path;

use crate::error::Error;

/// The docs site every `llms.txt` link points at, whatever mirror we read.
pub const CANONICAL_ORIGIN: &str = "https://developer.fin.com";
const DEFAULT_PREFIX: &str = "api-reference/";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sources {
    pub base_url: String,
    /// Only `llms.txt` pages under this path are API-reference pages.
    pub discover_prefix: String,
    /// Page paths without `.md`, sorted, e.g. `api-reference/customers/get-customer-details-v2`.
    pub pages: Vec<String>,
}

impl Sources {
    pub fn load(path: &Path) -> Result<Sources, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::file(path, e))?;
        Sources::parse(&text).map_err(|message| Error::file(path, message))
    }

    pub fn parse(text: &str) -> Result<Sources, String> {
        let table: toml::Table = text.parse().map_err(|e| format!("invalid TOML: {e}"))?;
        for key in table.keys() {
            if !["base_url", "discover_prefix", "pages"].contains(&key.as_str()) {
                return Err(format!(
                    "unknown key `{key}` (expected base_url, discover_prefix, pages)"
                ));
            }
        }
        let string = |key: &str, default: &str| match table.get(key) {
            None => Ok(default.to_owned()),
            Some(toml::Value::String(s)) => Ok(s.clone()),
            Some(other) => Err(format!(
                "`{key}` must be a string, found {}",
                other.type_str()
            )),
        };
        let base_url = string("base_url", CANONICAL_ORIGIN)?;
        let discover_prefix = string("discover_prefix", DEFAULT_PREFIX)?;
        let list = match table.get("pages") {
            Some(toml::Value::Array(items)) => items,
            Some(other) => {
                return Err(format!(
                    "`pages` must be an array, found {}",
                    other.type_str()
                ))
            }
            None => return Err("`pages` is missing (list the docs pages to vendor)".into()),
        };
        let mut pages = Vec::with_capacity(list.len());
        for item in list {
            let page = item.as_str().ok_or_else(|| {
                format!("`pages` entries must be strings, found {}", item.type_str())
            })?;
            validate_page(page)?;
            if pages.iter().any(|p| p == page) {
                return Err(format!("page `{page}` is listed twice"));
            }
            pages.push(page.to_owned());
        }
        if pages.is_empty() {
            return Err("`pages` is empty: nothing to vendor".into());
        }
        pages.sort();
        Ok(Sources {
            base_url,
            discover_prefix,
            pages,
        })
    }

    /// Renders the file; hand-written so the comments survive and the page
    /// list stays one entry per line (clean diffs when pages are added).
    pub fn render(&self) -> String {
        let quote = |s: &str| toml::Value::String(s.to_owned()).to_string();
        let mut out = String::from(
            "# Docs pages that `cargo xtask sync-spec` vendors into openapi/fin.yaml.\n\
             # Each page `<base_url>/<page>.md` holds one ````yaml OpenAPI block.\n\
             # `cargo xtask sync-spec --all` rewrites `pages` from the site's llms.txt\n\
             # (the pages under `discover_prefix` that carry an OpenAPI block).\n",
        );
        out.push_str(&format!("base_url = {}\n", quote(&self.base_url)));
        if self.discover_prefix != DEFAULT_PREFIX {
            out.push_str(&format!(
                "discover_prefix = {}\n",
                quote(&self.discover_prefix)
            ));
        }
        out.push_str("pages = [\n");
        for page in &self.pages {
            out.push_str(&format!("    {},\n", quote(page)));
        }
        out.push_str("]\n");
        out
    }
}

fn validate_page(page: &str) -> Result<(), String> {
    if page.is_empty() || page.starts_with('/') || page.contains("://") {
        return Err(format!(
            "page `{page}` must be a path relative to base_url, e.g. `api-reference/customers/get-customer-details-v2`"
        ));
    }
    if page.ends_with(".md") {
        return Err(format!("page `{page}`: write the path without `.md`"));
    }
    if page
        .split('/')
        .any(|s| s.is_empty() || s == "." || s == "..")
    {
        return Err(format!("page `{page}` has an empty, `.` or `..` segment"));
    }
    Ok(())
}

pub fn page_url(base_url: &str, page: &str) -> String {
    format!("{}/{page}.md", base_url.trim_end_matches('/'))
}

pub fn llms_url(base_url: &str) -> String {
    format!("{}/llms.txt", base_url.trim_end_matches('/'))
}

/// The `.md` pages under `prefix` that `llms.txt` links to, as page paths,
/// sorted. Links name the canonical site; a mirror serves the same paths, so
/// links on either origin are taken and the rest (other hosts, the raw
/// `openapi.yaml`, scratch files) are left out.
pub fn discover(llms_txt: &str, base_url: &str, prefix: &str) -> Vec<String> {
    let base = base_url.trim_end_matches('/');
    let mut pages: Vec<String> = links(llms_txt)
        .filter_map(|link| {
            let link = link.split(['#', '?']).next().unwrap_or(link);
            let path = [CANONICAL_ORIGIN, base]
                .iter()
                .find_map(|origin| link.strip_prefix(origin)?.strip_prefix('/'))?;
            let page = path.strip_suffix(".md")?;
            (page.starts_with(prefix) && validate_page(page).is_ok()).then(|| page.to_owned())
        })
        .collect();
    pages.sort();
    pages.dedup();
    pages
}

/// Targets of markdown links `[text](target)`.
fn links(text: &str) -> impl Iterator<Item = &str> {
    text.split("](").skip(1).filter_map(|rest| {
        let end = rest.find(')')?;
        Some(rest[..end].trim())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_render_round_trip_sorts_pages() {
        let text = "base_url = \"http://127.0.0.1:1\"\npages = [\"b/x\", \"a/y\"]\n";
        let sources = Sources::parse(text).unwrap();
        assert_eq!(sources.pages, ["a/y", "b/x"]);
        assert_eq!(sources.discover_prefix, "api-reference/");
        assert_eq!(Sources::parse(&sources.render()).unwrap(), sources);
    }

    #[test]
    fn bad_files_are_explained() {
        let cases = [
            ("pages = 3", "must be an array"),
            ("base_url = \"x\"", "`pages` is missing"),
            ("pages = []", "empty"),
            ("pages = [\"a/b.md\"]", "without `.md`"),
            ("pages = [\"/a\"]", "relative"),
            ("pages = [\"a/../b\"]", "`..`"),
            ("pages = [\"a\", \"a\"]", "twice"),
            ("pagez = [\"a\"]", "unknown key"),
            ("pages = [", "invalid TOML"),
        ];
        for (text, expected) in cases {
            let err = Sources::parse(text).unwrap_err();
            assert!(err.contains(expected), "{text}: {err}");
        }
    }

    #[test]
    fn discover_takes_api_pages_on_either_origin_only() {
        let llms = "# Fin\n\
            - [A](https://developer.fin.com/api-reference/a/one.md): x (y)\n\
            - [B](http://127.0.0.1:9/api-reference/b/two.md)\n\
            - [Guide](https://developer.fin.com/guides/g.md)\n\
            - [spec](https://developer.fin.com/api-reference/openapi.yaml)\n\
            - [scratch](https://developer.fin.com/_scratch/_old.json)\n\
            - [Other](https://fin.com/api-reference/c.md)\n\
            - [A again](https://developer.fin.com/api-reference/a/one.md)\n";
        let pages = discover(llms, "http://127.0.0.1:9/", "api-reference/");
        assert_eq!(pages, ["api-reference/a/one", "api-reference/b/two"]);
    }

    #[test]
    fn urls_join_without_double_slashes() {
        assert_eq!(page_url("http://h/m/", "a/b"), "http://h/m/a/b.md");
        assert_eq!(llms_url("http://h"), "http://h/llms.txt");
    }
}
