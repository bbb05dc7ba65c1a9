//! progenitor's extension points: every generated call passes through
//! these hooks, which add authentication and tidy the request.

use progenitor_client::{ClientHooks, OperationInfo};

use crate::client::{Auth, Runtime};
use crate::generated::Client as RawClient;

impl ClientHooks<Runtime> for RawClient {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        let runtime = progenitor_client::ClientInfo::inner(self);
        let headers = request.headers_mut();
        // progenitor sends the spec's `info.version` as `api-version`; the
        // Fin.com API does not read it, so it is noise on every call.
        headers.remove("api-version");
        if let Some(Auth::Token(token)) = &runtime.config.auth {
            let mut value =
                reqwest::header::HeaderValue::from_str(&format!("Bearer {}", token.expose()))
                    .map_err(|_| {
                        progenitor_client::Error::InvalidRequest(
                            "the access token is not a valid header value".into(),
                        )
                    })?;
            value.set_sensitive(true);
            headers.insert(reqwest::header::AUTHORIZATION, value);
        }
        *request.timeout_mut() = Some(runtime.config.timeout);
        Ok(())
    }
}
