#[allow(clippy::all)]
impl Client {
    /**Sends a `GET` request to `/payments`

*/
    pub async fn list_payments<'a>(
        &'a self,
        current_page: Option<i64>,
        per_page: Option<i64>,
    ) -> Result<
        ResponseValue<crate::generated::model::general::ListPaymentsResponse>,
        Error<crate::generated::model::shared::ApiError>,
    > {
        let url = format!("{}/payments", self.baseurl,);
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
            .query(&progenitor_client::QueryParam::new("current_page", &current_page))
            .query(&progenitor_client::QueryParam::new("per_page", &per_page))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_payments",
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
        /// One item of the list `list_payments` pages through.
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct ListPaymentsItem {
            pub id: ::std::option::Option<::std::string::String>,
            pub amount: ::std::option::Option<crate::Decimal>,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl ListPaymentsItem {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `id`.
            #[must_use]
            pub fn with_id(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.id = ::std::option::Option::Some(value.into());
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
        impl crate::codec::Object for ListPaymentsItem {
            const EXPECTING: &'static str = "a ListPaymentsItem object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut id = ::std::option::Option::None;
                let mut amount = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "id" => crate::codec::slot(map, &mut id, "id"),
                        "amount" => crate::codec::slot(map, &mut amount, "amount"),
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    id: id.flatten(),
                    amount: amount.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for ListPaymentsItem {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for ListPaymentsItem {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "id", &self.id)?;
                crate::codec::put_some(&mut map, "amount", &self.amount)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// What `list_payments` answers (status 200).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct ListPaymentsResponse {
            pub data: ::std::option::Option<
                crate::generated::model::general::ListPaymentsData,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl ListPaymentsResponse {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `data`.
            #[must_use]
            pub fn with_data(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::general::ListPaymentsData,
                >,
            ) -> Self {
                self.data = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for ListPaymentsResponse {
            const EXPECTING: &'static str = "a ListPaymentsResponse object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut data = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "data" => crate::codec::slot(map, &mut data, "data"),
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    data: data.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for ListPaymentsResponse {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for ListPaymentsResponse {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "data", &self.data)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// The `data` of [`ListPaymentsResponse`](crate::types::general::ListPaymentsResponse).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct ListPaymentsData {
            pub payments: ::std::option::Option<
                ::std::vec::Vec<crate::generated::model::general::ListPaymentsItem>,
            >,
            pub pagination: ::std::option::Option<
                crate::generated::model::general::DataPagination,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl ListPaymentsData {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `payments`.
            #[must_use]
            pub fn with_payments(
                mut self,
                value: impl ::std::convert::Into<
                    ::std::vec::Vec<crate::generated::model::general::ListPaymentsItem>,
                >,
            ) -> Self {
                self.payments = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `pagination`.
            #[must_use]
            pub fn with_pagination(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::general::DataPagination,
                >,
            ) -> Self {
                self.pagination = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for ListPaymentsData {
            const EXPECTING: &'static str = "a ListPaymentsResponseData object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut payments = ::std::option::Option::None;
                let mut pagination = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "payments" => crate::codec::slot(map, &mut payments, "payments"),
                        "pagination" => {
                            crate::codec::slot(map, &mut pagination, "pagination")
                        }
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    payments: payments.flatten(),
                    pagination: pagination.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for ListPaymentsData {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for ListPaymentsData {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "payments", &self.payments)?;
                crate::codec::put_some(&mut map, "pagination", &self.pagination)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// The `pagination` of [`ListPaymentsData`](crate::types::general::ListPaymentsData).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct DataPagination {
            pub current_page: ::std::option::Option<i64>,
            pub per_page: ::std::option::Option<i64>,
            pub total_page: ::std::option::Option<i64>,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl DataPagination {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `current_page`.
            #[must_use]
            pub fn with_current_page(
                mut self,
                value: impl ::std::convert::Into<i64>,
            ) -> Self {
                self.current_page = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `per_page`.
            #[must_use]
            pub fn with_per_page(
                mut self,
                value: impl ::std::convert::Into<i64>,
            ) -> Self {
                self.per_page = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `total_page`.
            #[must_use]
            pub fn with_total_page(
                mut self,
                value: impl ::std::convert::Into<i64>,
            ) -> Self {
                self.total_page = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for DataPagination {
            const EXPECTING: &'static str = "a ListPaymentsResponseDataPagination object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut current_page = ::std::option::Option::None;
                let mut per_page = ::std::option::Option::None;
                let mut total_page = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "current_page" => {
                            crate::codec::slot(map, &mut current_page, "current_page")
                        }
                        "per_page" => crate::codec::slot(map, &mut per_page, "per_page"),
                        "total_page" => {
                            crate::codec::slot(map, &mut total_page, "total_page")
                        }
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    current_page: current_page.flatten(),
                    per_page: per_page.flatten(),
                    total_page: total_page.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for DataPagination {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for DataPagination {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "current_page", &self.current_page)?;
                crate::codec::put_some(&mut map, "per_page", &self.per_page)?;
                crate::codec::put_some(&mut map, "total_page", &self.total_page)?;
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
    /**Sends a `GET` request to `/payments`

*/
    ///
    /// Returns the request: set its parameters by name, then `send()` it.
    pub fn list_payments<'a>(&'a self) -> requests::ListPayments<'a> {
        requests::ListPayments {
            client: self,
            current_page: ::std::option::Option::None,
            per_page: ::std::option::Option::None,
        }
    }
}
/// Calls of operations with query parameters, being built: set the
/// parameters by name, then `send()`.
pub mod requests {
    #[allow(unused_imports)]
    use super::*;
    /// A `list_payments` call: set its parameters by name, then [`send`](ListPayments::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone, Debug)]
    pub struct ListPayments<'a> {
        pub(crate) client: &'a crate::Client,
        pub(crate) current_page: ::std::option::Option<i64>,
        pub(crate) per_page: ::std::option::Option<i64>,
    }
    impl<'a> ListPayments<'a> {
        /// Sets the `current_page` parameter.
        pub fn current_page(mut self, value: i64) -> Self {
            self.current_page = ::std::option::Option::Some(value);
            self
        }
        /// Sets the `per_page` parameter.
        pub fn per_page(mut self, value: i64) -> Self {
            self.per_page = ::std::option::Option::Some(value);
            self
        }
        /// Every item of the list, page after page from the first: one
        /// stream, as [`paging::items`](crate::paging::items) walks it (it
        /// stops after the last page, an empty page or a page that does not
        /// advance; the first error ends it). The other parameters apply
        /// to every page; collect with
        /// [`paging::try_collect`](crate::paging::try_collect).
        pub fn stream(
            self,
        ) -> impl crate::paging::Stream<
            Item = ::std::result::Result<
                <crate::generated::model::general::ListPaymentsResponse as crate::paging::Page>::Item,
                crate::Error,
            >,
        > + 'a {
            crate::paging::items(move |page| self.clone().current_page(page).send())
        }
        /// Sends the request (through the client's options, retries and
        /// deadline); a required parameter not set is
        /// `Error::InvalidRequest`, before anything is sent.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<crate::generated::model::general::ListPaymentsResponse>,
            crate::Error,
        > {
            let current_page = self.current_page;
            let per_page = self.per_page;
            let client = self.client;
            client
                .execute(
                    "list_payments",
                    ::std::boxed::Box::pin(
                        client.raw().list_payments(current_page, per_page),
                    ),
                )
                .await
        }
    }
}
impl crate::paging::Page for crate::generated::model::general::ListPaymentsResponse {
    type Item = crate::generated::model::general::ListPaymentsItem;
    fn into_parts(
        self,
    ) -> (::std::vec::Vec<Self::Item>, ::std::option::Option<crate::paging::PageInfo>) {
        let Some(data) = self.data else { return (::std::vec::Vec::new(), None) };
        let info = data
            .pagination
            .map(|p| crate::paging::PageInfo {
                current_page: p.current_page,
                per_page: p.per_page,
                total_page: p.total_page,
                total: None,
            });
        (data.payments.unwrap_or_default(), info)
    }
}
/// Typed expectations of the test kit, generated per operation.
#[cfg(feature = "mock")]
mod mock_expectations {
    #[allow(unused_imports)]
    use super::types;
    #[allow(clippy::needless_lifetimes, clippy::extra_unused_lifetimes)]
    impl crate::mock::MockServer {
        /// Answers `GET /payments` for these path parameters.
        pub fn on_list_payments<'a>(
            &self,
        ) -> crate::mock::Expectation<
            '_,
            crate::generated::model::general::ListPaymentsResponse,
        > {
            crate::mock::Expectation::new(
                self,
                "GET",
                ::std::string::String::from("/payments"),
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
            "list_payments" => {
                Some(
                    Ok(
                        Box::pin(async move {
                            let arg0: Option<i64> = ::serde_json::from_str("1")
                                .map_err(|e| {
                                    format!(
                                        "example for `{}` does not decode: {}", "current_page", e
                                    )
                                })?;
                            let arg1: Option<i64> = ::serde_json::from_str("20")
                                .map_err(|e| {
                                    format!(
                                        "example for `{}` does not decode: {}", "per_page", e
                                    )
                                })?;
                            let response = {
                                let call = client.list_payments();
                                let call = match arg0 {
                                    Some(value) => call.current_page(value),
                                    None => call,
                                };
                                let call = match arg1 {
                                    Some(value) => call.per_page(value),
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
        ("list_payments", "GET", "/payments"),
    ];
    /// Every method's arguments other than its body: (method name,
    /// parameter name (a keyword without its trailing `_`), Rust type as
    /// passed).
    pub fn parameters() -> ::std::vec::Vec<(&'static str, &'static str, &'static str)> {
        ::std::vec::Vec::from([
            ("list_payments", "current_page", ::std::any::type_name::<Option<i64>>()),
            ("list_payments", "per_page", ::std::any::type_name::<Option<i64>>()),
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
            ("list_payments", "200") => {
                Some(
                    action
                        .with::<crate::generated::model::general::ListPaymentsResponse>(),
                )
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
