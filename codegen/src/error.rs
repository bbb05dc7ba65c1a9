//! The one error type of the pipeline: which file, where in it, what went wrong.

use std::fmt;
use std::path::PathBuf;

/// A problem in an input of the pipeline (spec or overlay) or in generation.
#[derive(Debug)]
pub struct PipelineError {
    /// The input file the problem is in.
    pub file: PathBuf,
    /// Where in the file: a JSON pointer, or an overlay action and its target.
    pub location: String,
    /// What was expected or what went wrong.
    pub message: String,
}

impl PipelineError {
    /// An error at `location` (a JSON pointer) of `file`.
    pub fn new(
        file: &std::path::Path,
        location: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            file: file.to_path_buf(),
            location: location.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for PipelineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.location.is_empty() {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(
                f,
                "{}: at {}: {}",
                self.file.display(),
                self.location,
                self.message
            )
        }
    }
}

impl std::error::Error for PipelineError {}

/// The result of a pipeline step.
pub type Result<T> = std::result::Result<T, PipelineError>;
