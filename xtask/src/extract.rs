//! Finding the OpenAPI block in a docs page.
//!
//! Each API page carries one fenced block opened by a line like
//! ` ````yaml GET /v2/customers/{customer_id}` (webhook pages use another
//! header, so any non-empty header is accepted). Plain ```` ```yaml ````
//! examples without a header are prose, not the spec, and are ignored.

/// The OpenAPI block of a page: its header (`GET /path`) and its exact text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub header: String,
    /// The lines between the fences, each with its line ending, as published.
    pub text: String,
    /// 1-based line of the page where `text` starts, to place YAML errors.
    pub first_line: usize,
}

/// Returns the page's OpenAPI block, `Ok(None)` when it has none, and `Err`
/// when the page is ambiguous (two blocks) or the block is never closed.
pub fn openapi_block(markdown: &str) -> Result<Option<Block>, String> {
    let mut found: Option<Block> = None;
    let mut open: Option<(usize, usize, String, usize)> = None; // fence width, text start, header, line no.
    let mut offset = 0;
    for (index, line) in markdown.split_inclusive('\n').enumerate() {
        let start = offset;
        offset += line.len();
        let bare = line.trim_end_matches(['\n', '\r']);
        match &open {
            None => {
                if let Some((width, header)) = opening_fence(bare) {
                    if let Some(first) = &found {
                        return Err(format!(
                            "two OpenAPI blocks (`{}` and `{header}` on line {}); expected one",
                            first.header,
                            index + 1
                        ));
                    }
                    open = Some((width, offset, header, index + 1));
                }
            }
            Some((width, text_start, header, line)) => {
                // CommonMark: a closing fence is at least as long as the opening one.
                let ticks = bare.trim_end();
                if ticks.len() >= *width && ticks.bytes().all(|b| b == b'`') {
                    found = Some(Block {
                        header: header.clone(),
                        text: markdown[*text_start..start].to_owned(),
                        first_line: *line + 1,
                    });
                    open = None;
                }
            }
        }
    }
    if let Some((_, _, header, line)) = open {
        return Err(format!(
            "the OpenAPI block `{header}` opened on line {line} is never closed"
        ));
    }
    Ok(found)
}

/// `Some((fence width, header))` for a line opening an OpenAPI block.
fn opening_fence(line: &str) -> Option<(usize, String)> {
    let width = line.bytes().take_while(|&b| b == b'`').count();
    if width < 3 {
        return None;
    }
    let info = line[width..].trim();
    let header = info.strip_prefix("yaml")?;
    if !header.starts_with(char::is_whitespace) {
        return None;
    }
    let header = header.trim();
    (!header.is_empty()).then(|| (width, header.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_text_is_kept_byte_for_byte_with_trailing_blank_line() {
        let page = "# Title\n\n````yaml GET /v1/x\nopenapi: 3.1.0\n  ```\n\n````\nafter\n";
        let block = openapi_block(page).unwrap().unwrap();
        assert_eq!(block.header, "GET /v1/x");
        assert_eq!(block.text, "openapi: 3.1.0\n  ```\n\n");
        assert_eq!(block.first_line, 4);
    }

    #[test]
    fn crlf_pages_are_read() {
        let page = "````yaml WEBHOOK customer.rfi\r\nopenapi: 3.1.0\r\n````\r\n";
        let block = openapi_block(page).unwrap().unwrap();
        assert_eq!(block.header, "WEBHOOK customer.rfi");
        assert_eq!(block.text, "openapi: 3.1.0\r\n");
    }

    #[test]
    fn yaml_examples_without_header_are_not_the_spec() {
        let page = "```yaml\na: 1\n```\n\n````yaml\nb: 2\n````\n";
        assert_eq!(openapi_block(page).unwrap(), None);
        assert_eq!(openapi_block("no fences at all").unwrap(), None);
    }

    #[test]
    fn two_blocks_or_an_unclosed_block_are_errors() {
        let two = "````yaml GET /a\na: 1\n````\n````yaml GET /b\nb: 1\n````\n";
        let err = openapi_block(two).unwrap_err();
        assert!(err.contains("two OpenAPI blocks"), "{err}");
        let open = "````yaml GET /a\na: 1\n";
        let err = openapi_block(open).unwrap_err();
        assert!(err.contains("never closed"), "{err}");
    }
}
