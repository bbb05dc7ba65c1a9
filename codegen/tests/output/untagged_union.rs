#[allow(clippy::all)]
impl Client {
    /**Sends a `GET` request to `/lookups`

*/
    pub async fn lookup<'a>(
        &'a self,
    ) -> Result<
        ResponseValue<crate::generated::model::general::Lookup>,
        Error<crate::generated::model::shared::ApiError>,
    > {
        let url = format!("{}/lookups", self.baseurl,);
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
            operation_id: "lookup",
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
        /// What `lookup` answers (status 200).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct Lookup {
            pub target: ::std::option::Option<
                crate::generated::model::general::LookupTarget,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl Lookup {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `target`.
            #[must_use]
            pub fn with_target(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::general::LookupTarget,
                >,
            ) -> Self {
                self.target = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for Lookup {
            const EXPECTING: &'static str = "a Lookup object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut target = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "target" => crate::codec::slot(map, &mut target, "target"),
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    target: target.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for Lookup {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for Lookup {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "target", &self.target)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// An address, or a reference to one.
        ///
        /// Decoding tries, in the spec's order, the variants whose required
        /// keys and tags the value has (no value has those of two), and
        /// takes the first that decodes from the JSON text. A value with a bad field
        /// that no variant accepts is an error naming the field; a shape
        /// none of them describes is `Unknown`, with its exact text.
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        #[allow(clippy::large_enum_variant)]
        pub enum LookupTarget {
            /// The `Address` form.
            Address(crate::generated::model::general::Address),
            /// The `Reference` form.
            Reference(crate::generated::model::general::Reference),
            /// A value no variant accepts, kept as received.
            Unknown(crate::json::RawJson),
        }
        impl<'de> ::serde::Deserialize<'de> for LookupTarget {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::untagged(
                    deserializer,
                    "LookupTarget",
                    &[
                        (
                            crate::codec::Check {
                                object: true,
                                required: &["street"],
                                tags: &[],
                                listed: &[],
                                min_listed: 0usize,
                            },
                            |raw| raw.decode().map(Self::Address),
                        ),
                        (
                            crate::codec::Check {
                                object: true,
                                required: &["reference"],
                                tags: &[],
                                listed: &[],
                                min_listed: 0usize,
                            },
                            |raw| raw.decode().map(Self::Reference),
                        ),
                    ],
                    Self::Unknown,
                )
            }
        }
        impl ::serde::Serialize for LookupTarget {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                match self {
                    Self::Address(value) => value.serialize(serializer),
                    Self::Reference(value) => value.serialize(serializer),
                    Self::Unknown(raw) => raw.serialize(serializer),
                }
            }
        }
        /// One of the forms of [`LookupTarget`](crate::types::general::LookupTarget).
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub struct Address {
            pub street: ::std::string::String,
            pub city: ::std::option::Option<::std::string::String>,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl Address {
            /// A value with the required fields; set others with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new(
                street: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                Self {
                    street: street.into(),
                    city: ::std::option::Option::None,
                    extra: crate::json::JsonMap::new(),
                }
            }
            /// Sets `city`.
            #[must_use]
            pub fn with_city(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.city = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for Address {
            const EXPECTING: &'static str = "a LookupTargetAddress object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut street = ::std::option::Option::None;
                let mut city = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "street" => crate::codec::slot(map, &mut street, "street"),
                        "city" => crate::codec::slot(map, &mut city, "city"),
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    street: crate::codec::required(street, "street")?,
                    city: city.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for Address {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for Address {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put(&mut map, "street", &self.street)?;
                crate::codec::put_some(&mut map, "city", &self.city)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// One of the forms of [`LookupTarget`](crate::types::general::LookupTarget).
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub struct Reference {
            pub reference: ::std::string::String,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl Reference {
            /// A value with the required fields; set others with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new(
                reference: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                Self {
                    reference: reference.into(),
                    extra: crate::json::JsonMap::new(),
                }
            }
        }
        impl crate::codec::Object for Reference {
            const EXPECTING: &'static str = "a LookupTargetReference object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut reference = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "reference" => {
                            crate::codec::slot(map, &mut reference, "reference")
                        }
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    reference: crate::codec::required(reference, "reference")?,
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for Reference {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for Reference {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put(&mut map, "reference", &self.reference)?;
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
    /**Sends a `GET` request to `/lookups`

*/
    pub async fn lookup<'a>(
        &'a self,
    ) -> ::std::result::Result<
        ResponseValue<crate::generated::model::general::Lookup>,
        crate::Error,
    > {
        self.execute("lookup", ::std::boxed::Box::pin(self.raw().lookup())).await
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
        /// Answers `GET /lookups` for these path parameters.
        pub fn on_lookup<'a>(
            &self,
        ) -> crate::mock::Expectation<'_, crate::generated::model::general::Lookup> {
            crate::mock::Expectation::new(
                self,
                "GET",
                ::std::string::String::from("/lookups"),
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
            "lookup" => {
                Some(
                    Ok(
                        Box::pin(async move {
                            let response = client
                                .lookup()
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
    pub const OPERATIONS: &[(&str, &str, &str)] = &[("lookup", "GET", "/lookups")];
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
            ("lookup", "200") => {
                Some(action.with::<crate::generated::model::general::Lookup>())
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
            name: "LookupTarget",
            variants: &[
                VariantCase {
                    name: "Address",
                    samples: &[
                        ("the fewest keys", "{\"street\":\"example\"}"),
                        ("every key", "{\"street\":\"example\",\"city\":\"example\"}"),
                    ],
                },
                VariantCase {
                    name: "Reference",
                    samples: &[
                        ("the fewest keys", "{\"reference\":\"example\"}"),
                        ("every key", "{\"reference\":\"example\"}"),
                    ],
                },
            ],
            decode: |text| {
                let value: crate::generated::model::general::LookupTarget = ::serde_json::from_str(
                        text,
                    )
                    .map_err(|e| e.to_string())?;
                Ok(
                    match value {
                        crate::generated::model::general::LookupTarget::Address(_) => {
                            "Address"
                        }
                        crate::generated::model::general::LookupTarget::Reference(_) => {
                            "Reference"
                        }
                        crate::generated::model::general::LookupTarget::Unknown(_) => {
                            "Unknown"
                        }
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
