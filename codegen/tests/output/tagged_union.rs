#[allow(clippy::all)]
impl Client {
    /**Sends a `GET` request to `/pets/{pet_id}`

*/
    pub async fn get_pet<'a>(
        &'a self,
        pet_id: &'a str,
    ) -> Result<
        ResponseValue<crate::generated::model::general::Pet>,
        Error<crate::generated::model::shared::ApiError>,
    > {
        let url = format!(
            "{}/pets/{}", self.baseurl, encode_path(& pet_id.to_string()),
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
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_pet",
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
        /// The `kind` of [`Cat`](crate::types::general::Cat).
        ///
        /// Open: a value the spec does not list yet parses as `Unknown`
        /// and serializes back unchanged.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum CatKind {
            ///`CAT`
            Cat,
            /// A value this version of the crate does not know, kept as sent.
            Unknown(String),
        }
        impl CatKind {
            /// Every value the spec lists, in its order.
            pub const KNOWN: &'static [&'static str] = &["CAT"];
            /// The value as the API spells it.
            pub fn as_str(&self) -> &str {
                crate::open_enum::as_str(self)
            }
            /// Whether the value is one the spec lists.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }
        impl crate::open_enum::OpenEnum for CatKind {
            const KNOWN: &'static [&'static str] = CatKind::KNOWN;
            fn from_parts(parts: Result<usize, String>) -> Self {
                match parts {
                    Ok(0) => Self::Cat,
                    other => {
                        Self::Unknown(crate::open_enum::unknown_text(Self::KNOWN, other))
                    }
                }
            }
            fn parts(&self) -> Result<usize, &str> {
                match self {
                    Self::Cat => Ok(0),
                    Self::Unknown(other) => Err(other),
                }
            }
        }
        impl From<&str> for CatKind {
            fn from(value: &str) -> Self {
                crate::open_enum::parse(value)
            }
        }
        impl From<String> for CatKind {
            fn from(value: String) -> Self {
                crate::open_enum::parse_owned(value)
            }
        }
        impl ::std::str::FromStr for CatKind {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(crate::open_enum::parse(value))
            }
        }
        impl ::std::fmt::Display for CatKind {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::serde::Serialize for CatKind {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for CatKind {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                crate::open_enum::deserialize(deserializer)
            }
        }
        /// The `kind` of [`Dog`](crate::types::general::Dog).
        ///
        /// Open: a value the spec does not list yet parses as `Unknown`
        /// and serializes back unchanged.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum DogKind {
            ///`DOG`
            Dog,
            /// A value this version of the crate does not know, kept as sent.
            Unknown(String),
        }
        impl DogKind {
            /// Every value the spec lists, in its order.
            pub const KNOWN: &'static [&'static str] = &["DOG"];
            /// The value as the API spells it.
            pub fn as_str(&self) -> &str {
                crate::open_enum::as_str(self)
            }
            /// Whether the value is one the spec lists.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }
        impl crate::open_enum::OpenEnum for DogKind {
            const KNOWN: &'static [&'static str] = DogKind::KNOWN;
            fn from_parts(parts: Result<usize, String>) -> Self {
                match parts {
                    Ok(0) => Self::Dog,
                    other => {
                        Self::Unknown(crate::open_enum::unknown_text(Self::KNOWN, other))
                    }
                }
            }
            fn parts(&self) -> Result<usize, &str> {
                match self {
                    Self::Dog => Ok(0),
                    Self::Unknown(other) => Err(other),
                }
            }
        }
        impl From<&str> for DogKind {
            fn from(value: &str) -> Self {
                crate::open_enum::parse(value)
            }
        }
        impl From<String> for DogKind {
            fn from(value: String) -> Self {
                crate::open_enum::parse_owned(value)
            }
        }
        impl ::std::str::FromStr for DogKind {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(crate::open_enum::parse(value))
            }
        }
        impl ::std::fmt::Display for DogKind {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::serde::Serialize for DogKind {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for DogKind {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                crate::open_enum::deserialize(deserializer)
            }
        }
        /// A cat or a dog.
        ///
        /// Chosen by its tag property; another value, or none, gives
        /// `Unknown` with the JSON as received.
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum Pet {
            ///`kind: CAT`
            Cat(crate::generated::model::general::Cat),
            ///`kind: DOG`
            Dog(crate::generated::model::general::Dog),
            /// A kind this version of the crate does not know, kept as sent.
            Unknown(crate::json::RawJson),
        }
        impl ::serde::Serialize for Pet {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                match self {
                    Self::Cat(inner) => inner.serialize(serializer),
                    Self::Dog(inner) => inner.serialize(serializer),
                    Self::Unknown(raw) => raw.serialize(serializer),
                }
            }
        }
        impl<'de> ::serde::Deserialize<'de> for Pet {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                crate::codec::tagged(
                    deserializer,
                    "Pet",
                    "kind",
                    |tag, raw| Ok(
                        match tag {
                            Some("CAT") => Self::Cat(raw.decode()?),
                            Some("DOG") => Self::Dog(raw.decode()?),
                            _ => Self::Unknown(raw.decode()?),
                        },
                    ),
                )
            }
        }
        /// One of the forms of [`Pet`](crate::types::general::Pet).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct Cat {
            pub kind: ::std::option::Option<crate::generated::model::general::CatKind>,
            pub lives: ::std::option::Option<i64>,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl Cat {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `kind`.
            #[must_use]
            pub fn with_kind(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::general::CatKind,
                >,
            ) -> Self {
                self.kind = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `lives`.
            #[must_use]
            pub fn with_lives(mut self, value: impl ::std::convert::Into<i64>) -> Self {
                self.lives = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for Cat {
            const EXPECTING: &'static str = "a Cat object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut kind = ::std::option::Option::None;
                let mut lives = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "kind" => crate::codec::slot(map, &mut kind, "kind"),
                        "lives" => crate::codec::slot(map, &mut lives, "lives"),
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    kind: kind.flatten(),
                    lives: lives.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for Cat {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for Cat {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "kind", &self.kind)?;
                crate::codec::put_some(&mut map, "lives", &self.lives)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// One of the forms of [`Pet`](crate::types::general::Pet).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct Dog {
            pub kind: ::std::option::Option<crate::generated::model::general::DogKind>,
            pub good: ::std::option::Option<bool>,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl Dog {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `kind`.
            #[must_use]
            pub fn with_kind(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::general::DogKind,
                >,
            ) -> Self {
                self.kind = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `good`.
            #[must_use]
            pub fn with_good(mut self, value: impl ::std::convert::Into<bool>) -> Self {
                self.good = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for Dog {
            const EXPECTING: &'static str = "a Dog object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut kind = ::std::option::Option::None;
                let mut good = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "kind" => crate::codec::slot(map, &mut kind, "kind"),
                        "good" => crate::codec::slot(map, &mut good, "good"),
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    kind: kind.flatten(),
                    good: good.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for Dog {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for Dog {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "kind", &self.kind)?;
                crate::codec::put_some(&mut map, "good", &self.good)?;
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
    /**Sends a `GET` request to `/pets/{pet_id}`

*/
    pub async fn get_pet<'a>(
        &'a self,
        pet_id: &'a str,
    ) -> ::std::result::Result<
        ResponseValue<crate::generated::model::general::Pet>,
        crate::Error,
    > {
        self.execute("get_pet", ::std::boxed::Box::pin(self.raw().get_pet(pet_id))).await
    }
}
/// Calls of operations with query parameters, being built: set the
/// parameters by name, then `send()`.
pub mod requests {
    #[allow(unused_imports)]
    use super::*;
}
/// Typed expectations of the test kit, generated per operation.
#[cfg(feature = "mock")]
mod mock_expectations {
    #[allow(unused_imports)]
    use super::types;
    #[allow(clippy::needless_lifetimes, clippy::extra_unused_lifetimes)]
    impl crate::mock::MockServer {
        /// Answers `GET /pets/{pet_id}` for these path parameters.
        pub fn on_get_pet<'a>(
            &self,
            pet_id: &'a str,
        ) -> crate::mock::Expectation<'_, crate::generated::model::general::Pet> {
            crate::mock::Expectation::new(
                self,
                "GET",
                format!(
                    "/pets/{0}", ::progenitor_client::encode_path(& pet_id.to_string())
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
            "get_pet" => {
                Some(
                    Ok(
                        Box::pin(async move {
                            let arg0: ::std::string::String = ::serde_json::from_str(
                                    "\"example\"",
                                )
                                .map_err(|e| {
                                    format!("example for `{}` does not decode: {}", "pet_id", e)
                                })?;
                            let response = client
                                .get_pet(arg0.as_str())
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
        ("get_pet", "GET", "/pets/{pet_id}"),
    ];
    /// Every method's arguments other than its body: (method name,
    /// parameter name (a keyword without its trailing `_`), Rust type as
    /// passed).
    pub fn parameters() -> ::std::vec::Vec<(&'static str, &'static str, &'static str)> {
        ::std::vec::Vec::from([
            ("get_pet", "pet_id", ::std::any::type_name::<&'static str>()),
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
            ("get_pet", "200") => {
                Some(action.with::<crate::generated::model::general::Pet>())
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
    pub const UNIONS: &[UnionCase] = &[
        UnionCase {
            name: "Pet",
            variants: &[
                VariantCase {
                    name: "Cat",
                    samples: &[
                        ("the fewest keys", "{\"kind\":\"CAT\"}"),
                        ("every key", "{\"kind\":\"CAT\",\"lives\":1}"),
                    ],
                },
                VariantCase {
                    name: "Dog",
                    samples: &[
                        ("the fewest keys", "{\"kind\":\"DOG\"}"),
                        ("every key", "{\"kind\":\"DOG\",\"good\":true}"),
                    ],
                },
            ],
            decode: |text| {
                let value: crate::generated::model::general::Pet = ::serde_json::from_str(
                        text,
                    )
                    .map_err(|e| e.to_string())?;
                Ok(
                    match value {
                        crate::generated::model::general::Pet::Cat(_) => "Cat",
                        crate::generated::model::general::Pet::Dog(_) => "Dog",
                        crate::generated::model::general::Pet::Unknown(_) => "Unknown",
                    },
                )
            },
        },
    ];
}
/// The spec's 2xx JSON examples, for the mock kit.
#[cfg(feature = "mock")]
pub mod mock_examples {
    /// (HTTP method, concrete path, status, JSON body), in spec order.
    pub const EXAMPLES: &[(&str, &str, u16, &str)] = &[];
}
