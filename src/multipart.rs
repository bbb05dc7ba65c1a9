//! `multipart/form-data` bodies for the upload operations, built in memory
//! so that a request can be cloned and traced like any other.

use bytes::Bytes;

/// A file to upload: its bytes, its name, and optionally its media type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilePart {
    /// The file name sent with the part (e.g. `passport.jpg`).
    pub file_name: String,
    /// The media type; `application/octet-stream` when not given.
    pub content_type: Option<String>,
    /// The file's content.
    pub bytes: Bytes,
}

impl FilePart {
    /// A file part from its name and bytes.
    pub fn new(file_name: impl Into<String>, bytes: impl Into<Bytes>) -> Self {
        Self {
            file_name: file_name.into(),
            content_type: None,
            bytes: bytes.into(),
        }
    }

    /// Sets the media type (e.g. `image/jpeg`).
    pub fn with_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }
}

/// Writes the parts of one form.
#[allow(dead_code)] // used by the generated upload methods, when the spec has any
pub(crate) struct Encoder {
    boundary: String,
    body: Vec<u8>,
}

#[allow(dead_code)]
impl Encoder {
    pub(crate) fn new() -> Self {
        Self {
            boundary: format!("fin-api-{}", uuid::Uuid::new_v4().simple()),
            body: Vec::new(),
        }
    }

    pub(crate) fn text(&mut self, name: &str, value: &str) {
        self.head(name, None, None);
        self.body.extend_from_slice(value.as_bytes());
        self.body.extend_from_slice(b"\r\n");
    }

    pub(crate) fn file(&mut self, name: &str, file: &FilePart) {
        let content_type = file
            .content_type
            .as_deref()
            .unwrap_or("application/octet-stream");
        self.head(name, Some(&file.file_name), Some(content_type));
        self.body.extend_from_slice(&file.bytes);
        self.body.extend_from_slice(b"\r\n");
    }

    fn head(&mut self, name: &str, file_name: Option<&str>, content_type: Option<&str>) {
        let mut head = format!(
            "--{}\r\nContent-Disposition: form-data; name=\"{}\"",
            self.boundary,
            quoted(name)
        );
        if let Some(file_name) = file_name {
            head.push_str(&format!("; filename=\"{}\"", quoted(file_name)));
        }
        head.push_str("\r\n");
        if let Some(content_type) = content_type {
            head.push_str(&format!(
                "Content-Type: {}\r\n",
                content_type.replace(['\r', '\n'], "")
            ));
        }
        head.push_str("\r\n");
        self.body.extend_from_slice(head.as_bytes());
    }

    /// The `Content-Type` value and the body.
    pub(crate) fn finish(mut self) -> (String, Vec<u8>) {
        self.body
            .extend_from_slice(format!("--{}--\r\n", self.boundary).as_bytes());
        (
            format!("multipart/form-data; boundary={}", self.boundary),
            self.body,
        )
    }
}

/// Escapes a header parameter value (RFC 7578 §4.2: quotes and line breaks
/// are percent-encoded, as browsers do).
fn quoted(value: &str) -> String {
    value
        .replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_has_its_parts_and_a_closing_boundary() {
        let mut form = Encoder::new();
        form.text("customer_id", "55bd6b4e");
        form.file(
            "passport",
            &FilePart::new("pass\"port.jpg", &b"\x00JPEG"[..]).with_content_type("image/jpeg"),
        );
        let (content_type, body) = form.finish();
        let boundary = content_type
            .strip_prefix("multipart/form-data; boundary=")
            .expect("boundary");
        let text = String::from_utf8_lossy(&body);
        assert!(text.starts_with(&format!("--{boundary}\r\nContent-Disposition: form-data; name=\"customer_id\"\r\n\r\n55bd6b4e\r\n")));
        assert!(text.contains("name=\"passport\"; filename=\"pass%22port.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n\u{0}JPEG\r\n"));
        assert!(text.ends_with(&format!("--{boundary}--\r\n")));
    }
}
