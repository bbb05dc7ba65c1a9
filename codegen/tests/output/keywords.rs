#[allow(clippy::all)]
impl Client {
    /**Sends a `GET` request to `/items/{type}`

*/
    pub async fn get_item<'a>(
        &'a self,
        type_: &'a str,
        match_: Option<&'a str>,
    ) -> Result<
        ResponseValue<crate::generated::model::general::Item>,
        Error<crate::generated::model::shared::ApiError>,
    > {
        let url = format!(
            "{}/items/{}", self.baseurl, encode_path(& type_.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("match", &match_))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_item",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
}
/// The API's types, by area.
pub mod model {
    /// The types of the `general` operations.
    pub mod general {
        /// What `get_item` answers (status 200).
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub struct Item {
            pub type_: ::std::string::String,
            pub self_: ::std::option::Option<::std::string::String>,
            pub async_: ::std::option::Option<bool>,
            pub ref_: ::std::option::Option<::std::string::String>,
            pub f_3ds: ::std::option::Option<bool>,
            pub first_name: ::std::option::Option<::std::string::String>,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl Item {
            /// A value with the required fields; set others with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new(type_: impl ::std::convert::Into<::std::string::String>) -> Self {
                Self {
                    type_: type_.into(),
                    self_: ::std::option::Option::None,
                    async_: ::std::option::Option::None,
                    ref_: ::std::option::Option::None,
                    f_3ds: ::std::option::Option::None,
                    first_name: ::std::option::Option::None,
                    extra: crate::json::JsonMap::new(),
                }
            }
            /// Sets `self`.
            #[must_use]
            pub fn with_self_(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.self_ = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `async`.
            #[must_use]
            pub fn with_async_(
                mut self,
                value: impl ::std::convert::Into<bool>,
            ) -> Self {
                self.async_ = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `ref`.
            #[must_use]
            pub fn with_ref_(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.ref_ = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `3ds`.
            #[must_use]
            pub fn with_f_3ds(mut self, value: impl ::std::convert::Into<bool>) -> Self {
                self.f_3ds = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `first-name`.
            #[must_use]
            pub fn with_first_name(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.first_name = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for Item {
            const EXPECTING: &'static str = "a Item object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut type_ = ::std::option::Option::None;
                let mut self_ = ::std::option::Option::None;
                let mut async_ = ::std::option::Option::None;
                let mut ref_ = ::std::option::Option::None;
                let mut f_3ds = ::std::option::Option::None;
                let mut first_name = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "type" => crate::codec::slot(map, &mut type_, "type"),
                        "self" => crate::codec::slot(map, &mut self_, "self"),
                        "async" => crate::codec::slot(map, &mut async_, "async"),
                        "ref" => crate::codec::slot(map, &mut ref_, "ref"),
                        "3ds" => crate::codec::slot(map, &mut f_3ds, "3ds"),
                        "first-name" => {
                            crate::codec::slot(map, &mut first_name, "first-name")
                        }
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    type_: crate::codec::required(type_, "type")?,
                    self_: self_.flatten(),
                    async_: async_.flatten(),
                    ref_: ref_.flatten(),
                    f_3ds: f_3ds.flatten(),
                    first_name: first_name.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for Item {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for Item {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put(&mut map, "type", &self.type_)?;
                crate::codec::put_some(&mut map, "self", &self.self_)?;
                crate::codec::put_some(&mut map, "async", &self.async_)?;
                crate::codec::put_some(&mut map, "ref", &self.ref_)?;
                crate::codec::put_some(&mut map, "3ds", &self.f_3ds)?;
                crate::codec::put_some(&mut map, "first-name", &self.first_name)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        pub use crate::generated::model::shared::ApiError;
    }
    /// Types used by operations of several areas (each area's module re-exports those it uses), and the error every operation answers with.
    pub mod shared {
        /// The body of an error response: a message, and for validation errors (422) the list of field errors. Keys this version does not know are kept in `extra`.
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct ApiError {
            /// What went wrong, as the API says it.
            pub message: ::std::option::Option<::std::string::String>,
            /// Field errors of a validation failure, each mapping a field to its problem.
            pub errors: ::std::option::Option<::std::vec::Vec<crate::json::JsonMap>>,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl ApiError {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `message`.
            #[must_use]
            pub fn with_message(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.message = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `errors`.
            #[must_use]
            pub fn with_errors(
                mut self,
                value: impl ::std::convert::Into<::std::vec::Vec<crate::json::JsonMap>>,
            ) -> Self {
                self.errors = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for ApiError {
            const EXPECTING: &'static str = "a ApiError object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut message = ::std::option::Option::None;
                let mut errors = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "message" => crate::codec::slot(map, &mut message, "message"),
                        "errors" => crate::codec::slot(map, &mut errors, "errors"),
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    message: message.flatten(),
                    errors: errors.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for ApiError {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for ApiError {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "message", &self.message)?;
                crate::codec::put_some(&mut map, "errors", &self.errors)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
    }
}
/// Forms of the upload operations (`multipart/form-data` bodies).
pub mod forms {}
/// Webhook payloads, generated from the spec's `webhooks` section.
pub mod webhook_events {
    /// A webhook payload (`event` envelope and `data`), typed by its
    /// event type.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum WebhookPayload {
        /// An event type this version of the crate does not know,
        /// kept as received (its exact text).
        Unknown(crate::json::RawJson),
    }
    impl WebhookPayload {
        /// Every event type the spec documents.
        pub const EVENT_TYPES: &'static [&'static str] = &[];
        /// Decodes the body of a delivery whose envelope says
        /// `event_type`, from its bytes (so amounts keep every digit).
        /// A known type that does not decode is an error; an unknown
        /// type is `Unknown`.
        #[allow(clippy::match_single_binding)]
        pub fn decode(
            event_type: &str,
            body: &[u8],
        ) -> ::std::result::Result<Self, ::serde_json::Error> {
            match event_type {
                _ => ::serde_json::from_slice(body).map(Self::Unknown),
            }
        }
        /// The event type of a known payload.
        pub fn event_type(&self) -> Option<&'static str> {
            match self {
                Self::Unknown(_) => None,
            }
        }
    }
    impl ::serde::Serialize for WebhookPayload {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::Unknown(raw) => raw.serialize(serializer),
            }
        }
    }
}
#[allow(clippy::needless_lifetimes)]
impl crate::Client {
    /**Sends a `GET` request to `/items/{type}`

*/
    ///
    /// Returns the request: set its parameters by name, then `send()` it.
    pub fn get_item<'a>(&'a self, type_: &'a str) -> requests::GetItem<'a> {
        requests::GetItem {
            client: self,
            type_,
            match_: ::std::option::Option::None,
        }
    }
}
/// Calls of operations with query parameters, being built: set the
/// parameters by name, then `send()`.
pub mod requests {
    #[allow(unused_imports)]
    use super::*;
    /// A `get_item` call: set its parameters by name, then [`send`](GetItem::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone, Debug)]
    pub struct GetItem<'a> {
        pub(crate) client: &'a crate::Client,
        pub(crate) type_: &'a str,
        pub(crate) match_: ::std::option::Option<&'a str>,
    }
    impl<'a> GetItem<'a> {
        /// Sets the `match` parameter.
        pub fn match_(mut self, value: &'a str) -> Self {
            self.match_ = ::std::option::Option::Some(value);
            self
        }
        /// Sends the request (through the client's options, retries and
        /// deadline); a required parameter not set is
        /// `Error::InvalidRequest`, before anything is sent.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<crate::generated::model::general::Item>,
            crate::Error,
        > {
            let type_ = self.type_;
            let match_ = self.match_;
            let client = self.client;
            client
                .execute(
                    "get_item",
                    ::std::boxed::Box::pin(client.raw().get_item(type_, match_)),
                )
                .await
        }
    }
}
/// Typed expectations of the test kit, generated per operation.
#[cfg(feature = "mock")]
mod mock_expectations {
    #[allow(unused_imports)]
    use super::types;
    #[allow(clippy::needless_lifetimes, clippy::extra_unused_lifetimes)]
    impl crate::mock::MockServer {
        /// Answers `GET /items/{type}` for these path parameters.
        pub fn on_get_item<'a>(
            &self,
            type_: &'a str,
        ) -> crate::mock::Expectation<'_, crate::generated::model::general::Item> {
            crate::mock::Expectation::new(
                self,
                "GET",
                format!(
                    "/items/{0}", ::progenitor_client::encode_path(& type_.to_string())
                ),
                200u16,
            )
        }
    }
}
/// The spec's `servers` URLs, in its order.
pub const SERVERS: &[&str] = &[];
/// The spec's operations and the types of their bodies. Only tests
/// and the test kit walk it, so only the `mock` feature (which the
/// crate's own tests turn on) compiles it: its round-trip and
/// example-call arms instantiate serde code for every body type.
#[cfg(feature = "mock")]
pub mod spec_table {
    #[allow(unused_imports)]
    use super::types;
    /// A pending example call: the status and re-encoded body, or why it failed.
    pub type ExampleCall<'a> = ::std::pin::Pin<
        Box<
            dyn ::std::future::Future<
                Output = ::std::result::Result<(u16, ::serde_json::Value), String>,
            > + Send + 'a,
        >,
    >;
    /// Calls `operation` with the spec's example arguments; `None` for
    /// an unknown operation, `Some(Err(why))` when the spec gives no
    /// example to call it with.
    pub fn call_example<'a>(
        client: &'a crate::Client,
        operation: &str,
    ) -> Option<::std::result::Result<ExampleCall<'a>, String>> {
        match operation {
            "get_item" => {
                Some(
                    Ok(
                        Box::pin(async move {
                            let arg0: ::std::string::String = ::serde_json::from_str(
                                    "\"example\"",
                                )
                                .map_err(|e| {
                                    format!("example for `{}` does not decode: {}", "type_", e)
                                })?;
                            let arg1: ::std::option::Option<::std::string::String> = ::serde_json::from_str(
                                    "\"example\"",
                                )
                                .map_err(|e| {
                                    format!("example for `{}` does not decode: {}", "match_", e)
                                })?;
                            let response = {
                                let call = client.get_item(arg0.as_str());
                                let call = match arg1.as_deref() {
                                    Some(value) => call.match_(value),
                                    None => call,
                                };
                                call.send()
                            }
                                .await
                                .map_err(|e| format!("{e}"))?;
                            let status = response.status().as_u16();
                            ::serde_json::to_value(response.into_inner())
                                .map(|body| (status, body))
                                .map_err(|e| e.to_string())
                        }),
                    ),
                )
            }
            _ => None,
        }
    }
    pub use super::SERVERS;
    /// Every operation: (method name, HTTP method, path template).
    pub const OPERATIONS: &[(&str, &str, &str)] = &[
        ("get_item", "GET", "/items/{type}"),
    ];
    /// Every method's arguments other than its body: (method name,
    /// parameter name (a keyword without its trailing `_`), Rust type as
    /// passed).
    pub fn parameters() -> ::std::vec::Vec<(&'static str, &'static str, &'static str)> {
        ::std::vec::Vec::from([
            ("get_item", "type", ::std::any::type_name::<&'static str>()),
            ("get_item", "match", ::std::any::type_name::<Option<&'static str>>()),
        ])
    }
    fn roundtrip<T: ::serde::de::DeserializeOwned + ::serde::Serialize>(
        json: &::serde_json::Value,
    ) -> ::std::result::Result<::serde_json::Value, String> {
        let typed: T = ::serde_json::from_str(&json.to_string())
            .map_err(|e| e.to_string())?;
        let text = ::serde_json::to_string(&typed).map_err(|e| e.to_string())?;
        ::serde_json::from_str(&text).map_err(|e| e.to_string())
    }
    /// Something to do with a Rust type named at run time (see
    /// [`response_type`]).
    pub trait WithType {
        /// What it gives.
        type Output;
        /// Does it with the type `T`.
        fn with<T: ::serde::de::DeserializeOwned + ::serde::Serialize + 'static>(
            self,
        ) -> Self::Output;
    }
    /// Calls `action` with the type of the success response
    /// `status` of `operation` (`ApiError` for an error status);
    /// `None` if the spec has no JSON body there.
    pub fn response_type<W: WithType>(
        operation: &str,
        status: &str,
        action: W,
    ) -> Option<W::Output> {
        match (operation, status) {
            ("get_item", "200") => {
                Some(action.with::<crate::generated::model::general::Item>())
            }
            (
                _,
                status,
            ) if !status.starts_with('2')
                && OPERATIONS.iter().any(|op| op.0 == operation) => {
                Some(action.with::<crate::generated::model::shared::ApiError>())
            }
            _ => None,
        }
    }
    struct Roundtrip<'a>(&'a ::serde_json::Value);
    impl WithType for Roundtrip<'_> {
        type Output = ::std::result::Result<::serde_json::Value, String>;
        fn with<T: ::serde::de::DeserializeOwned + ::serde::Serialize + 'static>(
            self,
        ) -> Self::Output {
            roundtrip::<T>(self.0)
        }
    }
    /// Decodes `json` as the success response `status` of
    /// `operation` and encodes it again; `None` if the spec has no
    /// JSON body there.
    pub fn roundtrip_response(
        operation: &str,
        status: &str,
        json: &::serde_json::Value,
    ) -> Option<::std::result::Result<::serde_json::Value, String>> {
        response_type(operation, status, Roundtrip(json))
    }
    /// Calls `action` with the payload type of webhook `event`;
    /// `None` if the spec has no such webhook.
    #[allow(unused_variables, clippy::match_single_binding)]
    pub fn webhook_type<W: WithType>(event: &str, action: W) -> Option<W::Output> {
        match event {
            _ => None,
        }
    }
    /// Calls `action` with the request body type of `operation`;
    /// `None` if the operation takes no JSON body.
    #[allow(unused_variables, clippy::match_single_binding)]
    pub fn body_type<W: WithType>(operation: &str, action: W) -> Option<W::Output> {
        match operation {
            _ => None,
        }
    }
    /// Decodes `json` as the payload of webhook `event` and encodes it
    /// again; `None` if the spec has no such webhook.
    pub fn roundtrip_webhook(
        event: &str,
        json: &::serde_json::Value,
    ) -> Option<::std::result::Result<::serde_json::Value, String>> {
        webhook_type(event, Roundtrip(json))
    }
    /// Decodes `json` as the request body of `operation` and encodes
    /// it again; `None` if the operation takes no JSON body.
    pub fn roundtrip_body(
        operation: &str,
        json: &::serde_json::Value,
    ) -> Option<::std::result::Result<::serde_json::Value, String>> {
        body_type(operation, Roundtrip(json))
    }
    /// A union of the spec and its variants.
    pub struct UnionCase {
        /// The union's schema name.
        pub name: &'static str,
        /// Its variants, in the spec's order.
        pub variants: &'static [VariantCase],
        /// Decodes JSON text as the union: the name of the variant chosen.
        pub decode: fn(&str) -> ::std::result::Result<&'static str, String>,
    }
    /// A variant of a union, and JSON values made from its schema.
    pub struct VariantCase {
        /// The Rust variant's name.
        pub name: &'static str,
        /// (what the value is, its JSON text).
        pub samples: &'static [(&'static str, &'static str)],
    }
    /// Every union of the spec, tagged or not.
    pub const UNIONS: &[UnionCase] = &[];
}
/// The spec's 2xx JSON examples, for the mock kit.
#[cfg(feature = "mock")]
pub mod mock_examples {
    /// (HTTP method, concrete path, status, JSON body), in spec order.
    pub const EXAMPLES: &[(&str, &str, u16, &str)] = &[];
}
