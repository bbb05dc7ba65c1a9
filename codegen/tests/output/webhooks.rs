/// The API's types, by area.
pub mod model {
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
    /// Types only webhook payloads carry.
    pub mod webhooks {
        /// The payload of the `customer.created` webhook.
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct CustomerCreatedWebhook {
            pub event_type: ::std::option::Option<::std::string::String>,
            pub data: ::std::option::Option<
                crate::generated::model::webhooks::CustomerCreatedWebhookData,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl CustomerCreatedWebhook {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `event_type`.
            #[must_use]
            pub fn with_event_type(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.event_type = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `data`.
            #[must_use]
            pub fn with_data(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::webhooks::CustomerCreatedWebhookData,
                >,
            ) -> Self {
                self.data = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for CustomerCreatedWebhook {
            const EXPECTING: &'static str = "a CustomerCreatedWebhook object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut event_type = ::std::option::Option::None;
                let mut data = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "event_type" => {
                            crate::codec::slot(map, &mut event_type, "event_type")
                        }
                        "data" => crate::codec::slot(map, &mut data, "data"),
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    event_type: event_type.flatten(),
                    data: data.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for CustomerCreatedWebhook {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for CustomerCreatedWebhook {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "event_type", &self.event_type)?;
                crate::codec::put_some(&mut map, "data", &self.data)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// The `data` of [`CustomerCreatedWebhook`](crate::types::webhooks::CustomerCreatedWebhook).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct CustomerCreatedWebhookData {
            pub customer_id: ::std::option::Option<::std::string::String>,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl CustomerCreatedWebhookData {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `customer_id`.
            #[must_use]
            pub fn with_customer_id(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.customer_id = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for CustomerCreatedWebhookData {
            const EXPECTING: &'static str = "a CustomerCreatedWebhookData object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut customer_id = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "customer_id" => {
                            crate::codec::slot(map, &mut customer_id, "customer_id")
                        }
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    customer_id: customer_id.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for CustomerCreatedWebhookData {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for CustomerCreatedWebhookData {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "customer_id", &self.customer_id)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// The payload of the `payment.settled` webhook.
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct PaymentSettledWebhook {
            pub event_type: ::std::option::Option<::std::string::String>,
            pub amount: ::std::option::Option<crate::Decimal>,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl PaymentSettledWebhook {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `event_type`.
            #[must_use]
            pub fn with_event_type(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.event_type = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `amount`.
            #[must_use]
            pub fn with_amount(
                mut self,
                value: impl ::std::convert::Into<crate::Decimal>,
            ) -> Self {
                self.amount = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for PaymentSettledWebhook {
            const EXPECTING: &'static str = "a PaymentSettledWebhook object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut event_type = ::std::option::Option::None;
                let mut amount = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "event_type" => {
                            crate::codec::slot(map, &mut event_type, "event_type")
                        }
                        "amount" => crate::codec::slot(map, &mut amount, "amount"),
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    event_type: event_type.flatten(),
                    amount: amount.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for PaymentSettledWebhook {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for PaymentSettledWebhook {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "event_type", &self.event_type)?;
                crate::codec::put_some(&mut map, "amount", &self.amount)?;
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
        /// A `customer.created` event.
        CustomerCreated(crate::generated::model::webhooks::CustomerCreatedWebhook),
        /// A `payment.settled` event.
        PaymentSettled(crate::generated::model::webhooks::PaymentSettledWebhook),
        /// An event type this version of the crate does not know,
        /// kept as received (its exact text).
        Unknown(crate::json::RawJson),
    }
    impl WebhookPayload {
        /// Every event type the spec documents.
        pub const EVENT_TYPES: &'static [&'static str] = &[
            "customer.created",
            "payment.settled",
        ];
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
                "customer.created" => {
                    ::serde_json::from_slice(body).map(Self::CustomerCreated)
                }
                "payment.settled" => {
                    ::serde_json::from_slice(body).map(Self::PaymentSettled)
                }
                _ => ::serde_json::from_slice(body).map(Self::Unknown),
            }
        }
        /// The event type of a known payload.
        pub fn event_type(&self) -> Option<&'static str> {
            match self {
                Self::CustomerCreated(_) => Some("customer.created"),
                Self::PaymentSettled(_) => Some("payment.settled"),
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
                Self::CustomerCreated(inner) => inner.serialize(serializer),
                Self::PaymentSettled(inner) => inner.serialize(serializer),
                Self::Unknown(raw) => raw.serialize(serializer),
            }
        }
    }
}
#[allow(clippy::needless_lifetimes)]
impl crate::Client {}
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
    impl crate::mock::MockServer {}
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
            _ => None,
        }
    }
    pub use super::SERVERS;
    /// Every operation: (method name, HTTP method, path template).
    pub const OPERATIONS: &[(&str, &str, &str)] = &[];
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
            "customer.created" => {
                Some(
                    action
                        .with::<
                            crate::generated::model::webhooks::CustomerCreatedWebhook,
                        >(),
                )
            }
            "payment.settled" => {
                Some(
                    action
                        .with::<
                            crate::generated::model::webhooks::PaymentSettledWebhook,
                        >(),
                )
            }
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
