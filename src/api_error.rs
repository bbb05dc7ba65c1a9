//! Constructors of the generated [`crate::types::ApiError`], so tests and
//! mocks can build one without going through JSON.

use crate::types::ApiError;

impl ApiError {
    /// An error body with only a message, as most error statuses carry.
    pub fn new(message: impl Into<String>) -> ApiError {
        ApiError {
            message: Some(message.into()),
            errors: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Adds the field errors of a validation failure (422), e.g.
    /// `{"customer_id": "is invalid"}`.
    pub fn with_errors(
        mut self,
        errors: impl IntoIterator<Item = serde_json::Map<String, serde_json::Value>>,
    ) -> ApiError {
        self.errors = Some(errors.into_iter().collect());
        self
    }
}
