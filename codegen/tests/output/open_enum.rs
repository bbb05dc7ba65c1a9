#[allow(clippy::all)]
impl Client {
    /**Sends a `GET` request to `/cards`

*/
    pub async fn get_card<'a>(
        &'a self,
    ) -> Result<
        ResponseValue<crate::generated::model::general::Card>,
        Error<crate::generated::model::shared::ApiError>,
    > {
        let url = format!("{}/cards", self.baseurl,);
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
            operation_id: "get_card",
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
        /// A card's colour.
        ///
        /// Open: a value the spec does not list yet parses as `Unknown`
        /// and serializes back unchanged.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Colour {
            ///`RED`
            Red,
            ///`GREEN`
            Green,
            ///`BLUE`
            Blue,
            /// A value this version of the crate does not know, kept as sent.
            Unknown(String),
        }
        impl Colour {
            /// Every value the spec lists, in its order.
            pub const KNOWN: &'static [&'static str] = &["RED", "GREEN", "BLUE"];
            /// The value as the API spells it.
            pub fn as_str(&self) -> &str {
                crate::open_enum::as_str(self)
            }
            /// Whether the value is one the spec lists.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }
        impl crate::open_enum::OpenEnum for Colour {
            const KNOWN: &'static [&'static str] = Colour::KNOWN;
            fn from_parts(parts: Result<usize, String>) -> Self {
                match parts {
                    Ok(0) => Self::Red,
                    Ok(1) => Self::Green,
                    Ok(2) => Self::Blue,
                    other => {
                        Self::Unknown(crate::open_enum::unknown_text(Self::KNOWN, other))
                    }
                }
            }
            fn parts(&self) -> Result<usize, &str> {
                match self {
                    Self::Red => Ok(0),
                    Self::Green => Ok(1),
                    Self::Blue => Ok(2),
                    Self::Unknown(other) => Err(other),
                }
            }
        }
        impl From<&str> for Colour {
            fn from(value: &str) -> Self {
                crate::open_enum::parse(value)
            }
        }
        impl From<String> for Colour {
            fn from(value: String) -> Self {
                crate::open_enum::parse_owned(value)
            }
        }
        impl ::std::str::FromStr for Colour {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(crate::open_enum::parse(value))
            }
        }
        impl ::std::fmt::Display for Colour {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::serde::Serialize for Colour {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for Colour {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                crate::open_enum::deserialize(deserializer)
            }
        }
        /// The `shade` of [`Card`](crate::types::general::Card).
        ///
        /// Open: a value the spec does not list yet parses as `Unknown`
        /// and serializes back unchanged.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Shade {
            ///`RED`
            Red,
            ///`GREEN`
            Green,
            ///`BLUE`
            Blue,
            /// A value this version of the crate does not know, kept as sent.
            Unknown(String),
        }
        impl Shade {
            /// Every value the spec lists, in its order.
            pub const KNOWN: &'static [&'static str] = &["RED", "GREEN", "BLUE"];
            /// The value as the API spells it.
            pub fn as_str(&self) -> &str {
                crate::open_enum::as_str(self)
            }
            /// Whether the value is one the spec lists.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }
        impl crate::open_enum::OpenEnum for Shade {
            const KNOWN: &'static [&'static str] = Shade::KNOWN;
            fn from_parts(parts: Result<usize, String>) -> Self {
                match parts {
                    Ok(0) => Self::Red,
                    Ok(1) => Self::Green,
                    Ok(2) => Self::Blue,
                    other => {
                        Self::Unknown(crate::open_enum::unknown_text(Self::KNOWN, other))
                    }
                }
            }
            fn parts(&self) -> Result<usize, &str> {
                match self {
                    Self::Red => Ok(0),
                    Self::Green => Ok(1),
                    Self::Blue => Ok(2),
                    Self::Unknown(other) => Err(other),
                }
            }
        }
        impl From<&str> for Shade {
            fn from(value: &str) -> Self {
                crate::open_enum::parse(value)
            }
        }
        impl From<String> for Shade {
            fn from(value: String) -> Self {
                crate::open_enum::parse_owned(value)
            }
        }
        impl ::std::str::FromStr for Shade {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(crate::open_enum::parse(value))
            }
        }
        impl ::std::fmt::Display for Shade {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::serde::Serialize for Shade {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for Shade {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                crate::open_enum::deserialize(deserializer)
            }
        }
        /// Where the card stands.
        ///
        /// Open: a value the spec does not list yet parses as `Unknown`
        /// and serializes back unchanged.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum CardState {
            ///`active`
            Active,
            ///`frozen`
            Frozen,
            ///`3d-secure`
            X3dSecure,
            ///`null`
            Null,
            /// A value this version of the crate does not know, kept as sent.
            Unknown(String),
        }
        impl CardState {
            /// Every value the spec lists, in its order.
            pub const KNOWN: &'static [&'static str] = &[
                "active",
                "frozen",
                "3d-secure",
                "null",
            ];
            /// The value as the API spells it.
            pub fn as_str(&self) -> &str {
                crate::open_enum::as_str(self)
            }
            /// Whether the value is one the spec lists.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }
        impl crate::open_enum::OpenEnum for CardState {
            const KNOWN: &'static [&'static str] = CardState::KNOWN;
            fn from_parts(parts: Result<usize, String>) -> Self {
                match parts {
                    Ok(0) => Self::Active,
                    Ok(1) => Self::Frozen,
                    Ok(2) => Self::X3dSecure,
                    Ok(3) => Self::Null,
                    other => {
                        Self::Unknown(crate::open_enum::unknown_text(Self::KNOWN, other))
                    }
                }
            }
            fn parts(&self) -> Result<usize, &str> {
                match self {
                    Self::Active => Ok(0),
                    Self::Frozen => Ok(1),
                    Self::X3dSecure => Ok(2),
                    Self::Null => Ok(3),
                    Self::Unknown(other) => Err(other),
                }
            }
        }
        impl From<&str> for CardState {
            fn from(value: &str) -> Self {
                crate::open_enum::parse(value)
            }
        }
        impl From<String> for CardState {
            fn from(value: String) -> Self {
                crate::open_enum::parse_owned(value)
            }
        }
        impl ::std::str::FromStr for CardState {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(crate::open_enum::parse(value))
            }
        }
        impl ::std::fmt::Display for CardState {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::serde::Serialize for CardState {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for CardState {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                crate::open_enum::deserialize(deserializer)
            }
        }
        /// What `get_card` answers (status 200).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct Card {
            pub colour: ::std::option::Option<crate::generated::model::general::Colour>,
            pub shade: ::std::option::Option<crate::generated::model::general::Shade>,
            pub state: ::std::option::Option<
                crate::generated::model::general::CardState,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl Card {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `colour`.
            #[must_use]
            pub fn with_colour(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::general::Colour,
                >,
            ) -> Self {
                self.colour = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `shade`.
            #[must_use]
            pub fn with_shade(
                mut self,
                value: impl ::std::convert::Into<crate::generated::model::general::Shade>,
            ) -> Self {
                self.shade = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `state`.
            #[must_use]
            pub fn with_state(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::general::CardState,
                >,
            ) -> Self {
                self.state = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for Card {
            const EXPECTING: &'static str = "a Card object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut colour = ::std::option::Option::None;
                let mut shade = ::std::option::Option::None;
                let mut state = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "colour" => crate::codec::slot(map, &mut colour, "colour"),
                        "shade" => crate::codec::slot(map, &mut shade, "shade"),
                        "state" => crate::codec::slot(map, &mut state, "state"),
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    colour: colour.flatten(),
                    shade: shade.flatten(),
                    state: state.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for Card {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for Card {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "colour", &self.colour)?;
                crate::codec::put_some(&mut map, "shade", &self.shade)?;
                crate::codec::put_some(&mut map, "state", &self.state)?;
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
    /**Sends a `GET` request to `/cards`

*/
    pub async fn get_card<'a>(
        &'a self,
    ) -> ::std::result::Result<
        ResponseValue<crate::generated::model::general::Card>,
        crate::Error,
    > {
        self.execute("get_card", ::std::boxed::Box::pin(self.raw().get_card())).await
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
        /// Answers `GET /cards` for these path parameters.
        pub fn on_get_card<'a>(
            &self,
        ) -> crate::mock::Expectation<'_, crate::generated::model::general::Card> {
            crate::mock::Expectation::new(
                self,
                "GET",
                ::std::string::String::from("/cards"),
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
            "get_card" => {
                Some(
                    Ok(
                        Box::pin(async move {
                            let response = client
                                .get_card()
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
    pub const OPERATIONS: &[(&str, &str, &str)] = &[("get_card", "GET", "/cards")];
    /// Every method's arguments other than its body: (method name,
    /// parameter name (a keyword without its trailing `_`), Rust type as
    /// passed).
    pub fn parameters() -> ::std::vec::Vec<(&'static str, &'static str, &'static str)> {
        ::std::vec::Vec::from([])
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
            ("get_card", "200") => {
                Some(action.with::<crate::generated::model::general::Card>())
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
