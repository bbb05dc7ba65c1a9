#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Fin.com API

A simple API specification

Version: 1.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::client::Runtime,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::client::Runtime) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::client::Runtime,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::client::Runtime> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::client::Runtime {
        &self.inner
    }
}
impl ClientHooks<crate::client::Runtime> for &Client {}
#[allow(clippy::all)]
impl Client {
    /**Get Customer Details V2

Retrieve detailed information for a specific customer

Sends a `GET` request to `/v2/customers/{customer_id}`

*/
    pub async fn get_customer_details_v2<'a>(
        &'a self,
        customer_id: &'a ::uuid::Uuid,
    ) -> Result<
        ResponseValue<crate::generated::model::customers::GetCustomerDetailsV2Response>,
        Error<crate::generated::model::shared::ApiError>,
    > {
        let url = format!(
            "{}/v2/customers/{}", self.baseurl, encode_path(& customer_id.to_string()),
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
            operation_id: "get_customer_details_v2",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    #[allow(unused_imports)]
    pub use super::Client;
}
impl Client {}
/// The API's types, by area.
pub mod model {
    /// The types of the *Customers* operations: Customer management and document upload operations. Types these share with other areas are re-exported here from `shared`.
    pub mod customers {
        /// The following statuses have been changed from V1.
        /// QUEUED (V1) → PROCESSING (V2). ON_HOLD (V1) → IN_COMPLIANCE (V2). REINITIATE (V1) → ACTION_REQUIRED (V2).
        ///
        /// Open: a value the spec does not list yet parses as `Unknown`
        /// and serializes back unchanged.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum CustomerStatus {
            ///`INCOMPLETE`
            Incomplete,
            ///`PROCESSING`
            Processing,
            ///`REVIEWING`
            Reviewing,
            ///`APPROVED`
            Approved,
            ///`ASSOCIATED_PARTIES_REMAINING`
            AssociatedPartiesRemaining,
            ///`IN_COMPLIANCE`
            InCompliance,
            ///`ACTION_REQUIRED`
            ActionRequired,
            ///`REJECTED`
            Rejected,
            /// A value this version of the crate does not know, kept as sent.
            Unknown(String),
        }
        impl CustomerStatus {
            /// Every value the spec lists, in its order.
            pub const KNOWN: &'static [&'static str] = &[
                "INCOMPLETE",
                "PROCESSING",
                "REVIEWING",
                "APPROVED",
                "ASSOCIATED_PARTIES_REMAINING",
                "IN_COMPLIANCE",
                "ACTION_REQUIRED",
                "REJECTED",
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
        impl crate::open_enum::OpenEnum for CustomerStatus {
            const KNOWN: &'static [&'static str] = CustomerStatus::KNOWN;
            fn from_parts(parts: Result<usize, String>) -> Self {
                match parts {
                    Ok(0) => Self::Incomplete,
                    Ok(1) => Self::Processing,
                    Ok(2) => Self::Reviewing,
                    Ok(3) => Self::Approved,
                    Ok(4) => Self::AssociatedPartiesRemaining,
                    Ok(5) => Self::InCompliance,
                    Ok(6) => Self::ActionRequired,
                    Ok(7) => Self::Rejected,
                    other => {
                        Self::Unknown(crate::open_enum::unknown_text(Self::KNOWN, other))
                    }
                }
            }
            fn parts(&self) -> Result<usize, &str> {
                match self {
                    Self::Incomplete => Ok(0),
                    Self::Processing => Ok(1),
                    Self::Reviewing => Ok(2),
                    Self::Approved => Ok(3),
                    Self::AssociatedPartiesRemaining => Ok(4),
                    Self::InCompliance => Ok(5),
                    Self::ActionRequired => Ok(6),
                    Self::Rejected => Ok(7),
                    Self::Unknown(other) => Err(other),
                }
            }
        }
        impl From<&str> for CustomerStatus {
            fn from(value: &str) -> Self {
                crate::open_enum::parse(value)
            }
        }
        impl From<String> for CustomerStatus {
            fn from(value: String) -> Self {
                crate::open_enum::parse_owned(value)
            }
        }
        impl ::std::str::FromStr for CustomerStatus {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(crate::open_enum::parse(value))
            }
        }
        impl ::std::fmt::Display for CustomerStatus {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::serde::Serialize for CustomerStatus {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for CustomerStatus {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                crate::open_enum::deserialize(deserializer)
            }
        }
        /// Verification status of an associated party.
        ///
        /// Open: a value the spec does not list yet parses as `Unknown`
        /// and serializes back unchanged.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum VerificationStatus {
            ///`INITIATED`
            Initiated,
            ///`REVIEWING`
            Reviewing,
            ///`APPROVED`
            Approved,
            ///`REJECTED`
            Rejected,
            /// A value this version of the crate does not know, kept as sent.
            Unknown(String),
        }
        impl VerificationStatus {
            /// Every value the spec lists, in its order.
            pub const KNOWN: &'static [&'static str] = &[
                "INITIATED",
                "REVIEWING",
                "APPROVED",
                "REJECTED",
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
        impl crate::open_enum::OpenEnum for VerificationStatus {
            const KNOWN: &'static [&'static str] = VerificationStatus::KNOWN;
            fn from_parts(parts: Result<usize, String>) -> Self {
                match parts {
                    Ok(0) => Self::Initiated,
                    Ok(1) => Self::Reviewing,
                    Ok(2) => Self::Approved,
                    Ok(3) => Self::Rejected,
                    other => {
                        Self::Unknown(crate::open_enum::unknown_text(Self::KNOWN, other))
                    }
                }
            }
            fn parts(&self) -> Result<usize, &str> {
                match self {
                    Self::Initiated => Ok(0),
                    Self::Reviewing => Ok(1),
                    Self::Approved => Ok(2),
                    Self::Rejected => Ok(3),
                    Self::Unknown(other) => Err(other),
                }
            }
        }
        impl From<&str> for VerificationStatus {
            fn from(value: &str) -> Self {
                crate::open_enum::parse(value)
            }
        }
        impl From<String> for VerificationStatus {
            fn from(value: String) -> Self {
                crate::open_enum::parse_owned(value)
            }
        }
        impl ::std::str::FromStr for VerificationStatus {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(crate::open_enum::parse(value))
            }
        }
        impl ::std::fmt::Display for VerificationStatus {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::serde::Serialize for VerificationStatus {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for VerificationStatus {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                crate::open_enum::deserialize(deserializer)
            }
        }
        /// Whom a request for information concerns.
        ///
        /// Open: a value the spec does not list yet parses as `Unknown`
        /// and serializes back unchanged.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum RfiScope {
            ///`CUSTOMER`
            Customer,
            ///`ASSOCIATED_PARTY`
            AssociatedParty,
            /// A value this version of the crate does not know, kept as sent.
            Unknown(String),
        }
        impl RfiScope {
            /// Every value the spec lists, in its order.
            pub const KNOWN: &'static [&'static str] = &["CUSTOMER", "ASSOCIATED_PARTY"];
            /// The value as the API spells it.
            pub fn as_str(&self) -> &str {
                crate::open_enum::as_str(self)
            }
            /// Whether the value is one the spec lists.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }
        impl crate::open_enum::OpenEnum for RfiScope {
            const KNOWN: &'static [&'static str] = RfiScope::KNOWN;
            fn from_parts(parts: Result<usize, String>) -> Self {
                match parts {
                    Ok(0) => Self::Customer,
                    Ok(1) => Self::AssociatedParty,
                    other => {
                        Self::Unknown(crate::open_enum::unknown_text(Self::KNOWN, other))
                    }
                }
            }
            fn parts(&self) -> Result<usize, &str> {
                match self {
                    Self::Customer => Ok(0),
                    Self::AssociatedParty => Ok(1),
                    Self::Unknown(other) => Err(other),
                }
            }
        }
        impl From<&str> for RfiScope {
            fn from(value: &str) -> Self {
                crate::open_enum::parse(value)
            }
        }
        impl From<String> for RfiScope {
            fn from(value: String) -> Self {
                crate::open_enum::parse_owned(value)
            }
        }
        impl ::std::str::FromStr for RfiScope {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(crate::open_enum::parse(value))
            }
        }
        impl ::std::fmt::Display for RfiScope {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::serde::Serialize for RfiScope {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for RfiScope {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                crate::open_enum::deserialize(deserializer)
            }
        }
        /// The kind of value a requested field takes.
        ///
        /// Open: a value the spec does not list yet parses as `Unknown`
        /// and serializes back unchanged.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum RfiDataType {
            ///`URI`
            Uri,
            ///`DATE`
            Date,
            ///`TEXT`
            Text,
            ///`ENUM`
            Enum,
            /// A value this version of the crate does not know, kept as sent.
            Unknown(String),
        }
        impl RfiDataType {
            /// Every value the spec lists, in its order.
            pub const KNOWN: &'static [&'static str] = &["URI", "DATE", "TEXT", "ENUM"];
            /// The value as the API spells it.
            pub fn as_str(&self) -> &str {
                crate::open_enum::as_str(self)
            }
            /// Whether the value is one the spec lists.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }
        impl crate::open_enum::OpenEnum for RfiDataType {
            const KNOWN: &'static [&'static str] = RfiDataType::KNOWN;
            fn from_parts(parts: Result<usize, String>) -> Self {
                match parts {
                    Ok(0) => Self::Uri,
                    Ok(1) => Self::Date,
                    Ok(2) => Self::Text,
                    Ok(3) => Self::Enum,
                    other => {
                        Self::Unknown(crate::open_enum::unknown_text(Self::KNOWN, other))
                    }
                }
            }
            fn parts(&self) -> Result<usize, &str> {
                match self {
                    Self::Uri => Ok(0),
                    Self::Date => Ok(1),
                    Self::Text => Ok(2),
                    Self::Enum => Ok(3),
                    Self::Unknown(other) => Err(other),
                }
            }
        }
        impl From<&str> for RfiDataType {
            fn from(value: &str) -> Self {
                crate::open_enum::parse(value)
            }
        }
        impl From<String> for RfiDataType {
            fn from(value: String) -> Self {
                crate::open_enum::parse_owned(value)
            }
        }
        impl ::std::str::FromStr for RfiDataType {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(crate::open_enum::parse(value))
            }
        }
        impl ::std::fmt::Display for RfiDataType {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::serde::Serialize for RfiDataType {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for RfiDataType {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                crate::open_enum::deserialize(deserializer)
            }
        }
        /// What is wrong with a requested field.
        ///
        /// Open: a value the spec does not list yet parses as `Unknown`
        /// and serializes back unchanged.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum RfiFieldStatus {
            ///`MISSING`
            Missing,
            ///`EXPIRED`
            Expired,
            ///`INVALID`
            Invalid,
            /// A value this version of the crate does not know, kept as sent.
            Unknown(String),
        }
        impl RfiFieldStatus {
            /// Every value the spec lists, in its order.
            pub const KNOWN: &'static [&'static str] = &[
                "MISSING",
                "EXPIRED",
                "INVALID",
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
        impl crate::open_enum::OpenEnum for RfiFieldStatus {
            const KNOWN: &'static [&'static str] = RfiFieldStatus::KNOWN;
            fn from_parts(parts: Result<usize, String>) -> Self {
                match parts {
                    Ok(0) => Self::Missing,
                    Ok(1) => Self::Expired,
                    Ok(2) => Self::Invalid,
                    other => {
                        Self::Unknown(crate::open_enum::unknown_text(Self::KNOWN, other))
                    }
                }
            }
            fn parts(&self) -> Result<usize, &str> {
                match self {
                    Self::Missing => Ok(0),
                    Self::Expired => Ok(1),
                    Self::Invalid => Ok(2),
                    Self::Unknown(other) => Err(other),
                }
            }
        }
        impl From<&str> for RfiFieldStatus {
            fn from(value: &str) -> Self {
                crate::open_enum::parse(value)
            }
        }
        impl From<String> for RfiFieldStatus {
            fn from(value: String) -> Self {
                crate::open_enum::parse_owned(value)
            }
        }
        impl ::std::str::FromStr for RfiFieldStatus {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(crate::open_enum::parse(value))
            }
        }
        impl ::std::fmt::Display for RfiFieldStatus {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::serde::Serialize for RfiFieldStatus {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for RfiFieldStatus {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                crate::open_enum::deserialize(deserializer)
            }
        }
        /// The `type` of [`IndividualCustomerDetailV2`](crate::types::customers::IndividualCustomerDetailV2).
        ///
        /// Open: a value the spec does not list yet parses as `Unknown`
        /// and serializes back unchanged.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum IndividualCustomerDetailV2Type {
            ///`INDIVIDUAL`
            Individual,
            /// A value this version of the crate does not know, kept as sent.
            Unknown(String),
        }
        impl IndividualCustomerDetailV2Type {
            /// Every value the spec lists, in its order.
            pub const KNOWN: &'static [&'static str] = &["INDIVIDUAL"];
            /// The value as the API spells it.
            pub fn as_str(&self) -> &str {
                crate::open_enum::as_str(self)
            }
            /// Whether the value is one the spec lists.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }
        impl crate::open_enum::OpenEnum for IndividualCustomerDetailV2Type {
            const KNOWN: &'static [&'static str] = IndividualCustomerDetailV2Type::KNOWN;
            fn from_parts(parts: Result<usize, String>) -> Self {
                match parts {
                    Ok(0) => Self::Individual,
                    other => {
                        Self::Unknown(crate::open_enum::unknown_text(Self::KNOWN, other))
                    }
                }
            }
            fn parts(&self) -> Result<usize, &str> {
                match self {
                    Self::Individual => Ok(0),
                    Self::Unknown(other) => Err(other),
                }
            }
        }
        impl From<&str> for IndividualCustomerDetailV2Type {
            fn from(value: &str) -> Self {
                crate::open_enum::parse(value)
            }
        }
        impl From<String> for IndividualCustomerDetailV2Type {
            fn from(value: String) -> Self {
                crate::open_enum::parse_owned(value)
            }
        }
        impl ::std::str::FromStr for IndividualCustomerDetailV2Type {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(crate::open_enum::parse(value))
            }
        }
        impl ::std::fmt::Display for IndividualCustomerDetailV2Type {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::serde::Serialize for IndividualCustomerDetailV2Type {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for IndividualCustomerDetailV2Type {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                crate::open_enum::deserialize(deserializer)
            }
        }
        /// The `type` of [`BusinessCustomerDetailV2`](crate::types::customers::BusinessCustomerDetailV2).
        ///
        /// Open: a value the spec does not list yet parses as `Unknown`
        /// and serializes back unchanged.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum BusinessCustomerDetailV2Type {
            ///`BUSINESS`
            Business,
            /// A value this version of the crate does not know, kept as sent.
            Unknown(String),
        }
        impl BusinessCustomerDetailV2Type {
            /// Every value the spec lists, in its order.
            pub const KNOWN: &'static [&'static str] = &["BUSINESS"];
            /// The value as the API spells it.
            pub fn as_str(&self) -> &str {
                crate::open_enum::as_str(self)
            }
            /// Whether the value is one the spec lists.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }
        impl crate::open_enum::OpenEnum for BusinessCustomerDetailV2Type {
            const KNOWN: &'static [&'static str] = BusinessCustomerDetailV2Type::KNOWN;
            fn from_parts(parts: Result<usize, String>) -> Self {
                match parts {
                    Ok(0) => Self::Business,
                    other => {
                        Self::Unknown(crate::open_enum::unknown_text(Self::KNOWN, other))
                    }
                }
            }
            fn parts(&self) -> Result<usize, &str> {
                match self {
                    Self::Business => Ok(0),
                    Self::Unknown(other) => Err(other),
                }
            }
        }
        impl From<&str> for BusinessCustomerDetailV2Type {
            fn from(value: &str) -> Self {
                crate::open_enum::parse(value)
            }
        }
        impl From<String> for BusinessCustomerDetailV2Type {
            fn from(value: String) -> Self {
                crate::open_enum::parse_owned(value)
            }
        }
        impl ::std::str::FromStr for BusinessCustomerDetailV2Type {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(crate::open_enum::parse(value))
            }
        }
        impl ::std::fmt::Display for BusinessCustomerDetailV2Type {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::serde::Serialize for BusinessCustomerDetailV2Type {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for BusinessCustomerDetailV2Type {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                crate::open_enum::deserialize(deserializer)
            }
        }
        /// A customer, individual or business, told apart by `type`.
        ///
        /// Chosen by its tag property; another value, or none, gives
        /// `Unknown` with the JSON as received.
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum CustomerDetails {
            ///`type: INDIVIDUAL`
            Individual(crate::generated::model::customers::IndividualCustomerDetailV2),
            ///`type: BUSINESS`
            Business(crate::generated::model::customers::BusinessCustomerDetailV2),
            /// A kind this version of the crate does not know, kept as sent.
            Unknown(crate::json::RawJson),
        }
        impl ::serde::Serialize for CustomerDetails {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                match self {
                    Self::Individual(inner) => inner.serialize(serializer),
                    Self::Business(inner) => inner.serialize(serializer),
                    Self::Unknown(raw) => raw.serialize(serializer),
                }
            }
        }
        impl<'de> ::serde::Deserialize<'de> for CustomerDetails {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                crate::codec::tagged(
                    deserializer,
                    "CustomerDetails",
                    "type",
                    |tag, raw| Ok(
                        match tag {
                            Some("INDIVIDUAL") => Self::Individual(raw.decode()?),
                            Some("BUSINESS") => Self::Business(raw.decode()?),
                            _ => Self::Unknown(raw.decode()?),
                        },
                    ),
                )
            }
        }
        /// Applicant-level rejection reason.
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct ApplicantRejection {
            pub moderation_comment: ::std::option::Option<::std::string::String>,
            pub reject_labels: ::std::option::Option<
                ::std::vec::Vec<::std::string::String>,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl ApplicantRejection {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `moderation_comment`.
            #[must_use]
            pub fn with_moderation_comment(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.moderation_comment = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `reject_labels`.
            #[must_use]
            pub fn with_reject_labels(
                mut self,
                value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
            ) -> Self {
                self.reject_labels = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for ApplicantRejection {
            const EXPECTING: &'static str = "a ApplicantRejection object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut moderation_comment = ::std::option::Option::None;
                let mut reject_labels = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "moderation_comment" => {
                            crate::codec::slot(
                                map,
                                &mut moderation_comment,
                                "moderation_comment",
                            )
                        }
                        "reject_labels" => {
                            crate::codec::slot(map, &mut reject_labels, "reject_labels")
                        }
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    moderation_comment: moderation_comment.flatten(),
                    reject_labels: reject_labels.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for ApplicantRejection {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for ApplicantRejection {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(
                    &mut map,
                    "moderation_comment",
                    &self.moderation_comment,
                )?;
                crate::codec::put_some(&mut map, "reject_labels", &self.reject_labels)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// An owner, director or other party of a business customer.
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct AssociatedParty {
            pub id: ::std::option::Option<::uuid::Uuid>,
            /// The kind of party, e.g. INDIVIDUAL.
            pub type_: ::std::option::Option<::std::string::String>,
            pub ownership_percent: ::std::option::Option<crate::Decimal>,
            pub email: ::std::option::Option<::std::string::String>,
            pub verification: ::std::option::Option<
                crate::generated::model::customers::AssociatedPartyVerification,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl AssociatedParty {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `id`.
            #[must_use]
            pub fn with_id(
                mut self,
                value: impl ::std::convert::Into<::uuid::Uuid>,
            ) -> Self {
                self.id = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `type`.
            #[must_use]
            pub fn with_type_(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.type_ = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `ownership_percent`.
            #[must_use]
            pub fn with_ownership_percent(
                mut self,
                value: impl ::std::convert::Into<crate::Decimal>,
            ) -> Self {
                self.ownership_percent = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `email`.
            #[must_use]
            pub fn with_email(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.email = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `verification`.
            #[must_use]
            pub fn with_verification(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::customers::AssociatedPartyVerification,
                >,
            ) -> Self {
                self.verification = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for AssociatedParty {
            const EXPECTING: &'static str = "a AssociatedParty object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut id = ::std::option::Option::None;
                let mut type_ = ::std::option::Option::None;
                let mut ownership_percent = ::std::option::Option::None;
                let mut email = ::std::option::Option::None;
                let mut verification = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "id" => crate::codec::slot(map, &mut id, "id"),
                        "type" => crate::codec::slot(map, &mut type_, "type"),
                        "ownership_percent" => {
                            crate::codec::slot(
                                map,
                                &mut ownership_percent,
                                "ownership_percent",
                            )
                        }
                        "email" => crate::codec::slot(map, &mut email, "email"),
                        "verification" => {
                            crate::codec::slot(map, &mut verification, "verification")
                        }
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    id: id.flatten(),
                    type_: type_.flatten(),
                    ownership_percent: ownership_percent.flatten(),
                    email: email.flatten(),
                    verification: verification.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for AssociatedParty {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for AssociatedParty {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "id", &self.id)?;
                crate::codec::put_some(&mut map, "type", &self.type_)?;
                crate::codec::put_some(
                    &mut map,
                    "ownership_percent",
                    &self.ownership_percent,
                )?;
                crate::codec::put_some(&mut map, "email", &self.email)?;
                crate::codec::put_some(&mut map, "verification", &self.verification)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// The rejection details of one associated party.
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct AssociatedPartyRejection {
            pub id: ::std::option::Option<::uuid::Uuid>,
            pub applicant: ::std::option::Option<
                crate::generated::model::customers::ApplicantRejection,
            >,
            pub documents: ::std::option::Option<
                ::std::vec::Vec<crate::generated::model::customers::RejectedDocument>,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl AssociatedPartyRejection {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `id`.
            #[must_use]
            pub fn with_id(
                mut self,
                value: impl ::std::convert::Into<::uuid::Uuid>,
            ) -> Self {
                self.id = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `applicant`.
            #[must_use]
            pub fn with_applicant(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::customers::ApplicantRejection,
                >,
            ) -> Self {
                self.applicant = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `documents`.
            #[must_use]
            pub fn with_documents(
                mut self,
                value: impl ::std::convert::Into<
                    ::std::vec::Vec<crate::generated::model::customers::RejectedDocument>,
                >,
            ) -> Self {
                self.documents = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for AssociatedPartyRejection {
            const EXPECTING: &'static str = "a AssociatedPartyRejection object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut id = ::std::option::Option::None;
                let mut applicant = ::std::option::Option::None;
                let mut documents = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "id" => crate::codec::slot(map, &mut id, "id"),
                        "applicant" => {
                            crate::codec::slot(map, &mut applicant, "applicant")
                        }
                        "documents" => {
                            crate::codec::slot(map, &mut documents, "documents")
                        }
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    id: id.flatten(),
                    applicant: applicant.flatten(),
                    documents: documents.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for AssociatedPartyRejection {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for AssociatedPartyRejection {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "id", &self.id)?;
                crate::codec::put_some(&mut map, "applicant", &self.applicant)?;
                crate::codec::put_some(&mut map, "documents", &self.documents)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// Where an associated party stands in verification.
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct AssociatedPartyVerification {
            pub status: ::std::option::Option<
                crate::generated::model::customers::VerificationStatus,
            >,
            pub reason: ::std::option::Option<
                crate::generated::model::customers::VerificationReason,
            >,
            pub updated_at: ::std::option::Option<crate::Timestamp>,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl AssociatedPartyVerification {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `status`.
            #[must_use]
            pub fn with_status(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::customers::VerificationStatus,
                >,
            ) -> Self {
                self.status = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `reason`.
            #[must_use]
            pub fn with_reason(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::customers::VerificationReason,
                >,
            ) -> Self {
                self.reason = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `updated_at`.
            #[must_use]
            pub fn with_updated_at(
                mut self,
                value: impl ::std::convert::Into<crate::Timestamp>,
            ) -> Self {
                self.updated_at = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for AssociatedPartyVerification {
            const EXPECTING: &'static str = "a AssociatedPartyVerification object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut status = ::std::option::Option::None;
                let mut reason = ::std::option::Option::None;
                let mut updated_at = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "status" => crate::codec::slot(map, &mut status, "status"),
                        "reason" => crate::codec::slot(map, &mut reason, "reason"),
                        "updated_at" => {
                            crate::codec::slot(map, &mut updated_at, "updated_at")
                        }
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    status: status.flatten(),
                    reason: reason.flatten(),
                    updated_at: updated_at.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for AssociatedPartyVerification {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for AssociatedPartyVerification {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "status", &self.status)?;
                crate::codec::put_some(&mut map, "reason", &self.reason)?;
                crate::codec::put_some(&mut map, "updated_at", &self.updated_at)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// One of the forms of [`CustomerDetails`](crate::types::customers::CustomerDetails).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct BusinessCustomerDetailV2 {
            pub customer_id: ::std::option::Option<::uuid::Uuid>,
            pub type_: ::std::option::Option<
                crate::generated::model::customers::BusinessCustomerDetailV2Type,
            >,
            pub business_name: ::std::option::Option<::std::string::String>,
            pub email: ::std::option::Option<::std::string::String>,
            pub phone: ::std::option::Option<::std::string::String>,
            pub country_of_incorporation: ::std::option::Option<::std::string::String>,
            pub verification_type: ::std::option::Option<::std::string::String>,
            pub customer_status: ::std::option::Option<
                crate::generated::model::customers::CustomerStatus,
            >,
            pub tos_policies_url: ::std::option::Option<::std::string::String>,
            pub associated_parties: ::std::option::Option<
                ::std::vec::Vec<crate::generated::model::customers::AssociatedParty>,
            >,
            pub created_at: ::std::option::Option<crate::Timestamp>,
            pub updated_at: ::std::option::Option<crate::Timestamp>,
            /// Open requests for additional information. Populated when customer_status is ACTION_REQUIRED, and possibly for an approved customer.
            pub request_for_information: ::std::option::Option<
                ::std::vec::Vec<
                    crate::generated::model::customers::RequestForInformation,
                >,
            >,
            pub rejection_reason: ::std::option::Option<
                crate::generated::model::customers::RejectionReason,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl BusinessCustomerDetailV2 {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `customer_id`.
            #[must_use]
            pub fn with_customer_id(
                mut self,
                value: impl ::std::convert::Into<::uuid::Uuid>,
            ) -> Self {
                self.customer_id = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `type`.
            #[must_use]
            pub fn with_type_(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::customers::BusinessCustomerDetailV2Type,
                >,
            ) -> Self {
                self.type_ = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `business_name`.
            #[must_use]
            pub fn with_business_name(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.business_name = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `email`.
            #[must_use]
            pub fn with_email(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.email = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `phone`.
            #[must_use]
            pub fn with_phone(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.phone = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `country_of_incorporation`.
            #[must_use]
            pub fn with_country_of_incorporation(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.country_of_incorporation = ::std::option::Option::Some(
                    value.into(),
                );
                self
            }
            /// Sets `verification_type`.
            #[must_use]
            pub fn with_verification_type(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.verification_type = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `customer_status`.
            #[must_use]
            pub fn with_customer_status(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::customers::CustomerStatus,
                >,
            ) -> Self {
                self.customer_status = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `tos_policies_url`.
            #[must_use]
            pub fn with_tos_policies_url(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.tos_policies_url = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `associated_parties`.
            #[must_use]
            pub fn with_associated_parties(
                mut self,
                value: impl ::std::convert::Into<
                    ::std::vec::Vec<crate::generated::model::customers::AssociatedParty>,
                >,
            ) -> Self {
                self.associated_parties = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `created_at`.
            #[must_use]
            pub fn with_created_at(
                mut self,
                value: impl ::std::convert::Into<crate::Timestamp>,
            ) -> Self {
                self.created_at = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `updated_at`.
            #[must_use]
            pub fn with_updated_at(
                mut self,
                value: impl ::std::convert::Into<crate::Timestamp>,
            ) -> Self {
                self.updated_at = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `request_for_information`.
            #[must_use]
            pub fn with_request_for_information(
                mut self,
                value: impl ::std::convert::Into<
                    ::std::vec::Vec<
                        crate::generated::model::customers::RequestForInformation,
                    >,
                >,
            ) -> Self {
                self.request_for_information = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `rejection_reason`.
            #[must_use]
            pub fn with_rejection_reason(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::customers::RejectionReason,
                >,
            ) -> Self {
                self.rejection_reason = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for BusinessCustomerDetailV2 {
            const EXPECTING: &'static str = "a BusinessCustomerDetailV2 object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut customer_id = ::std::option::Option::None;
                let mut type_ = ::std::option::Option::None;
                let mut business_name = ::std::option::Option::None;
                let mut email = ::std::option::Option::None;
                let mut phone = ::std::option::Option::None;
                let mut country_of_incorporation = ::std::option::Option::None;
                let mut verification_type = ::std::option::Option::None;
                let mut customer_status = ::std::option::Option::None;
                let mut tos_policies_url = ::std::option::Option::None;
                let mut associated_parties = ::std::option::Option::None;
                let mut created_at = ::std::option::Option::None;
                let mut updated_at = ::std::option::Option::None;
                let mut request_for_information = ::std::option::Option::None;
                let mut rejection_reason = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "customer_id" => {
                            crate::codec::slot(map, &mut customer_id, "customer_id")
                        }
                        "type" => crate::codec::slot(map, &mut type_, "type"),
                        "business_name" => {
                            crate::codec::slot(map, &mut business_name, "business_name")
                        }
                        "email" => crate::codec::slot(map, &mut email, "email"),
                        "phone" => crate::codec::slot(map, &mut phone, "phone"),
                        "country_of_incorporation" => {
                            crate::codec::slot(
                                map,
                                &mut country_of_incorporation,
                                "country_of_incorporation",
                            )
                        }
                        "verification_type" => {
                            crate::codec::slot(
                                map,
                                &mut verification_type,
                                "verification_type",
                            )
                        }
                        "customer_status" => {
                            crate::codec::slot(
                                map,
                                &mut customer_status,
                                "customer_status",
                            )
                        }
                        "tos_policies_url" => {
                            crate::codec::slot(
                                map,
                                &mut tos_policies_url,
                                "tos_policies_url",
                            )
                        }
                        "associated_parties" => {
                            crate::codec::slot(
                                map,
                                &mut associated_parties,
                                "associated_parties",
                            )
                        }
                        "created_at" => {
                            crate::codec::slot(map, &mut created_at, "created_at")
                        }
                        "updated_at" => {
                            crate::codec::slot(map, &mut updated_at, "updated_at")
                        }
                        "request_for_information" => {
                            crate::codec::slot(
                                map,
                                &mut request_for_information,
                                "request_for_information",
                            )
                        }
                        "rejection_reason" => {
                            crate::codec::slot(
                                map,
                                &mut rejection_reason,
                                "rejection_reason",
                            )
                        }
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    customer_id: customer_id.flatten(),
                    type_: type_.flatten(),
                    business_name: business_name.flatten(),
                    email: email.flatten(),
                    phone: phone.flatten(),
                    country_of_incorporation: country_of_incorporation.flatten(),
                    verification_type: verification_type.flatten(),
                    customer_status: customer_status.flatten(),
                    tos_policies_url: tos_policies_url.flatten(),
                    associated_parties: associated_parties.flatten(),
                    created_at: created_at.flatten(),
                    updated_at: updated_at.flatten(),
                    request_for_information: request_for_information.flatten(),
                    rejection_reason: rejection_reason.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for BusinessCustomerDetailV2 {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for BusinessCustomerDetailV2 {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "customer_id", &self.customer_id)?;
                crate::codec::put_some(&mut map, "type", &self.type_)?;
                crate::codec::put_some(&mut map, "business_name", &self.business_name)?;
                crate::codec::put_some(&mut map, "email", &self.email)?;
                crate::codec::put_some(&mut map, "phone", &self.phone)?;
                crate::codec::put_some(
                    &mut map,
                    "country_of_incorporation",
                    &self.country_of_incorporation,
                )?;
                crate::codec::put_some(
                    &mut map,
                    "verification_type",
                    &self.verification_type,
                )?;
                crate::codec::put_some(
                    &mut map,
                    "customer_status",
                    &self.customer_status,
                )?;
                crate::codec::put_some(
                    &mut map,
                    "tos_policies_url",
                    &self.tos_policies_url,
                )?;
                crate::codec::put_some(
                    &mut map,
                    "associated_parties",
                    &self.associated_parties,
                )?;
                crate::codec::put_some(&mut map, "created_at", &self.created_at)?;
                crate::codec::put_some(&mut map, "updated_at", &self.updated_at)?;
                crate::codec::put_some(
                    &mut map,
                    "request_for_information",
                    &self.request_for_information,
                )?;
                crate::codec::put_some(
                    &mut map,
                    "rejection_reason",
                    &self.rejection_reason,
                )?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// What *Get Customer Details V2* (`get_customer_details_v2`) answers (status 200).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct GetCustomerDetailsV2Response {
            pub data: ::std::option::Option<
                crate::generated::model::customers::CustomerDetails,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl GetCustomerDetailsV2Response {
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
                    crate::generated::model::customers::CustomerDetails,
                >,
            ) -> Self {
                self.data = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for GetCustomerDetailsV2Response {
            const EXPECTING: &'static str = "a GetCustomerDetailsV2Response object";
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
        impl<'de> ::serde::Deserialize<'de> for GetCustomerDetailsV2Response {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for GetCustomerDetailsV2Response {
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
        /// One of the forms of [`CustomerDetails`](crate::types::customers::CustomerDetails).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct IndividualCustomerDetailV2 {
            pub customer_id: ::std::option::Option<::uuid::Uuid>,
            pub type_: ::std::option::Option<
                crate::generated::model::customers::IndividualCustomerDetailV2Type,
            >,
            pub first_name: ::std::option::Option<::std::string::String>,
            pub last_name: ::std::option::Option<::std::string::String>,
            pub email: ::std::option::Option<::std::string::String>,
            pub phone: ::std::option::Option<::std::string::String>,
            pub country_of_residence: ::std::option::Option<::std::string::String>,
            pub verification_type: ::std::option::Option<::std::string::String>,
            pub customer_status: ::std::option::Option<
                crate::generated::model::customers::CustomerStatus,
            >,
            pub tos_policies_url: ::std::option::Option<::std::string::String>,
            pub created_at: ::std::option::Option<crate::Timestamp>,
            pub updated_at: ::std::option::Option<crate::Timestamp>,
            pub last_status_updated_at: ::std::option::Option<crate::Timestamp>,
            /// Open requests for additional information. Populated when customer_status is ACTION_REQUIRED, and possibly for an approved customer.
            pub request_for_information: ::std::option::Option<
                ::std::vec::Vec<
                    crate::generated::model::customers::RequestForInformation,
                >,
            >,
            pub rejection_reason: ::std::option::Option<
                crate::generated::model::customers::RejectionReason,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl IndividualCustomerDetailV2 {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `customer_id`.
            #[must_use]
            pub fn with_customer_id(
                mut self,
                value: impl ::std::convert::Into<::uuid::Uuid>,
            ) -> Self {
                self.customer_id = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `type`.
            #[must_use]
            pub fn with_type_(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::customers::IndividualCustomerDetailV2Type,
                >,
            ) -> Self {
                self.type_ = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `first_name`.
            #[must_use]
            pub fn with_first_name(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.first_name = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `last_name`.
            #[must_use]
            pub fn with_last_name(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.last_name = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `email`.
            #[must_use]
            pub fn with_email(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.email = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `phone`.
            #[must_use]
            pub fn with_phone(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.phone = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `country_of_residence`.
            #[must_use]
            pub fn with_country_of_residence(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.country_of_residence = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `verification_type`.
            #[must_use]
            pub fn with_verification_type(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.verification_type = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `customer_status`.
            #[must_use]
            pub fn with_customer_status(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::customers::CustomerStatus,
                >,
            ) -> Self {
                self.customer_status = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `tos_policies_url`.
            #[must_use]
            pub fn with_tos_policies_url(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.tos_policies_url = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `created_at`.
            #[must_use]
            pub fn with_created_at(
                mut self,
                value: impl ::std::convert::Into<crate::Timestamp>,
            ) -> Self {
                self.created_at = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `updated_at`.
            #[must_use]
            pub fn with_updated_at(
                mut self,
                value: impl ::std::convert::Into<crate::Timestamp>,
            ) -> Self {
                self.updated_at = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `last_status_updated_at`.
            #[must_use]
            pub fn with_last_status_updated_at(
                mut self,
                value: impl ::std::convert::Into<crate::Timestamp>,
            ) -> Self {
                self.last_status_updated_at = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `request_for_information`.
            #[must_use]
            pub fn with_request_for_information(
                mut self,
                value: impl ::std::convert::Into<
                    ::std::vec::Vec<
                        crate::generated::model::customers::RequestForInformation,
                    >,
                >,
            ) -> Self {
                self.request_for_information = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `rejection_reason`.
            #[must_use]
            pub fn with_rejection_reason(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::customers::RejectionReason,
                >,
            ) -> Self {
                self.rejection_reason = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for IndividualCustomerDetailV2 {
            const EXPECTING: &'static str = "a IndividualCustomerDetailV2 object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut customer_id = ::std::option::Option::None;
                let mut type_ = ::std::option::Option::None;
                let mut first_name = ::std::option::Option::None;
                let mut last_name = ::std::option::Option::None;
                let mut email = ::std::option::Option::None;
                let mut phone = ::std::option::Option::None;
                let mut country_of_residence = ::std::option::Option::None;
                let mut verification_type = ::std::option::Option::None;
                let mut customer_status = ::std::option::Option::None;
                let mut tos_policies_url = ::std::option::Option::None;
                let mut created_at = ::std::option::Option::None;
                let mut updated_at = ::std::option::Option::None;
                let mut last_status_updated_at = ::std::option::Option::None;
                let mut request_for_information = ::std::option::Option::None;
                let mut rejection_reason = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "customer_id" => {
                            crate::codec::slot(map, &mut customer_id, "customer_id")
                        }
                        "type" => crate::codec::slot(map, &mut type_, "type"),
                        "first_name" => {
                            crate::codec::slot(map, &mut first_name, "first_name")
                        }
                        "last_name" => {
                            crate::codec::slot(map, &mut last_name, "last_name")
                        }
                        "email" => crate::codec::slot(map, &mut email, "email"),
                        "phone" => crate::codec::slot(map, &mut phone, "phone"),
                        "country_of_residence" => {
                            crate::codec::slot(
                                map,
                                &mut country_of_residence,
                                "country_of_residence",
                            )
                        }
                        "verification_type" => {
                            crate::codec::slot(
                                map,
                                &mut verification_type,
                                "verification_type",
                            )
                        }
                        "customer_status" => {
                            crate::codec::slot(
                                map,
                                &mut customer_status,
                                "customer_status",
                            )
                        }
                        "tos_policies_url" => {
                            crate::codec::slot(
                                map,
                                &mut tos_policies_url,
                                "tos_policies_url",
                            )
                        }
                        "created_at" => {
                            crate::codec::slot(map, &mut created_at, "created_at")
                        }
                        "updated_at" => {
                            crate::codec::slot(map, &mut updated_at, "updated_at")
                        }
                        "last_status_updated_at" => {
                            crate::codec::slot(
                                map,
                                &mut last_status_updated_at,
                                "last_status_updated_at",
                            )
                        }
                        "request_for_information" => {
                            crate::codec::slot(
                                map,
                                &mut request_for_information,
                                "request_for_information",
                            )
                        }
                        "rejection_reason" => {
                            crate::codec::slot(
                                map,
                                &mut rejection_reason,
                                "rejection_reason",
                            )
                        }
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    customer_id: customer_id.flatten(),
                    type_: type_.flatten(),
                    first_name: first_name.flatten(),
                    last_name: last_name.flatten(),
                    email: email.flatten(),
                    phone: phone.flatten(),
                    country_of_residence: country_of_residence.flatten(),
                    verification_type: verification_type.flatten(),
                    customer_status: customer_status.flatten(),
                    tos_policies_url: tos_policies_url.flatten(),
                    created_at: created_at.flatten(),
                    updated_at: updated_at.flatten(),
                    last_status_updated_at: last_status_updated_at.flatten(),
                    request_for_information: request_for_information.flatten(),
                    rejection_reason: rejection_reason.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for IndividualCustomerDetailV2 {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for IndividualCustomerDetailV2 {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "customer_id", &self.customer_id)?;
                crate::codec::put_some(&mut map, "type", &self.type_)?;
                crate::codec::put_some(&mut map, "first_name", &self.first_name)?;
                crate::codec::put_some(&mut map, "last_name", &self.last_name)?;
                crate::codec::put_some(&mut map, "email", &self.email)?;
                crate::codec::put_some(&mut map, "phone", &self.phone)?;
                crate::codec::put_some(
                    &mut map,
                    "country_of_residence",
                    &self.country_of_residence,
                )?;
                crate::codec::put_some(
                    &mut map,
                    "verification_type",
                    &self.verification_type,
                )?;
                crate::codec::put_some(
                    &mut map,
                    "customer_status",
                    &self.customer_status,
                )?;
                crate::codec::put_some(
                    &mut map,
                    "tos_policies_url",
                    &self.tos_policies_url,
                )?;
                crate::codec::put_some(&mut map, "created_at", &self.created_at)?;
                crate::codec::put_some(&mut map, "updated_at", &self.updated_at)?;
                crate::codec::put_some(
                    &mut map,
                    "last_status_updated_at",
                    &self.last_status_updated_at,
                )?;
                crate::codec::put_some(
                    &mut map,
                    "request_for_information",
                    &self.request_for_information,
                )?;
                crate::codec::put_some(
                    &mut map,
                    "rejection_reason",
                    &self.rejection_reason,
                )?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// A document that was not accepted, and why.
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct RejectedDocument {
            pub uri: ::std::option::Option<::std::string::String>,
            pub category: ::std::option::Option<::std::string::String>,
            pub moderation_comment: ::std::option::Option<::std::string::String>,
            pub reject_labels: ::std::option::Option<
                ::std::vec::Vec<::std::string::String>,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl RejectedDocument {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `uri`.
            #[must_use]
            pub fn with_uri(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.uri = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `category`.
            #[must_use]
            pub fn with_category(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.category = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `moderation_comment`.
            #[must_use]
            pub fn with_moderation_comment(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.moderation_comment = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `reject_labels`.
            #[must_use]
            pub fn with_reject_labels(
                mut self,
                value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
            ) -> Self {
                self.reject_labels = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for RejectedDocument {
            const EXPECTING: &'static str = "a RejectedDocument object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut uri = ::std::option::Option::None;
                let mut category = ::std::option::Option::None;
                let mut moderation_comment = ::std::option::Option::None;
                let mut reject_labels = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "uri" => crate::codec::slot(map, &mut uri, "uri"),
                        "category" => crate::codec::slot(map, &mut category, "category"),
                        "moderation_comment" => {
                            crate::codec::slot(
                                map,
                                &mut moderation_comment,
                                "moderation_comment",
                            )
                        }
                        "reject_labels" => {
                            crate::codec::slot(map, &mut reject_labels, "reject_labels")
                        }
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    uri: uri.flatten(),
                    category: category.flatten(),
                    moderation_comment: moderation_comment.flatten(),
                    reject_labels: reject_labels.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for RejectedDocument {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for RejectedDocument {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "uri", &self.uri)?;
                crate::codec::put_some(&mut map, "category", &self.category)?;
                crate::codec::put_some(
                    &mut map,
                    "moderation_comment",
                    &self.moderation_comment,
                )?;
                crate::codec::put_some(&mut map, "reject_labels", &self.reject_labels)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// Populated when customer_status is REJECTED or ACTION_REQUIRED: applicant-level, document-level and associated party-level rejection details. Null when no rejection exists.
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct RejectionReason {
            pub applicant: ::std::option::Option<
                crate::generated::model::customers::ApplicantRejection,
            >,
            /// Document-level rejection reasons.
            pub documents: ::std::option::Option<
                ::std::vec::Vec<crate::generated::model::customers::RejectedDocument>,
            >,
            /// Associated party-level rejection reasons.
            pub associated_parties: ::std::option::Option<
                ::std::vec::Vec<
                    crate::generated::model::customers::AssociatedPartyRejection,
                >,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl RejectionReason {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `applicant`.
            #[must_use]
            pub fn with_applicant(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::customers::ApplicantRejection,
                >,
            ) -> Self {
                self.applicant = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `documents`.
            #[must_use]
            pub fn with_documents(
                mut self,
                value: impl ::std::convert::Into<
                    ::std::vec::Vec<crate::generated::model::customers::RejectedDocument>,
                >,
            ) -> Self {
                self.documents = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `associated_parties`.
            #[must_use]
            pub fn with_associated_parties(
                mut self,
                value: impl ::std::convert::Into<
                    ::std::vec::Vec<
                        crate::generated::model::customers::AssociatedPartyRejection,
                    >,
                >,
            ) -> Self {
                self.associated_parties = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for RejectionReason {
            const EXPECTING: &'static str = "a RejectionReason object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut applicant = ::std::option::Option::None;
                let mut documents = ::std::option::Option::None;
                let mut associated_parties = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "applicant" => {
                            crate::codec::slot(map, &mut applicant, "applicant")
                        }
                        "documents" => {
                            crate::codec::slot(map, &mut documents, "documents")
                        }
                        "associated_parties" => {
                            crate::codec::slot(
                                map,
                                &mut associated_parties,
                                "associated_parties",
                            )
                        }
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    applicant: applicant.flatten(),
                    documents: documents.flatten(),
                    associated_parties: associated_parties.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for RejectionReason {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for RejectionReason {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "applicant", &self.applicant)?;
                crate::codec::put_some(&mut map, "documents", &self.documents)?;
                crate::codec::put_some(
                    &mut map,
                    "associated_parties",
                    &self.associated_parties,
                )?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// One open request for information: a section of the customer's (or one associated party's) documents, with the fields that need action. Same structure as the customer.rfi webhook payload.
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct RequestForInformation {
            pub scope: ::std::option::Option<
                crate::generated::model::customers::RfiScope,
            >,
            /// The associated party concerned, when `scope` is ASSOCIATED_PARTY.
            pub associated_party_id: ::std::option::Option<::uuid::Uuid>,
            /// The document section, e.g. proof_of_identity or formation_documents.
            pub section: ::std::option::Option<::std::string::String>,
            pub categories: ::std::option::Option<
                ::std::vec::Vec<crate::generated::model::customers::RfiCategory>,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl RequestForInformation {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `scope`.
            #[must_use]
            pub fn with_scope(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::customers::RfiScope,
                >,
            ) -> Self {
                self.scope = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `associated_party_id`.
            #[must_use]
            pub fn with_associated_party_id(
                mut self,
                value: impl ::std::convert::Into<::uuid::Uuid>,
            ) -> Self {
                self.associated_party_id = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `section`.
            #[must_use]
            pub fn with_section(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.section = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `categories`.
            #[must_use]
            pub fn with_categories(
                mut self,
                value: impl ::std::convert::Into<
                    ::std::vec::Vec<crate::generated::model::customers::RfiCategory>,
                >,
            ) -> Self {
                self.categories = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for RequestForInformation {
            const EXPECTING: &'static str = "a RequestForInformation object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut scope = ::std::option::Option::None;
                let mut associated_party_id = ::std::option::Option::None;
                let mut section = ::std::option::Option::None;
                let mut categories = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "scope" => crate::codec::slot(map, &mut scope, "scope"),
                        "associated_party_id" => {
                            crate::codec::slot(
                                map,
                                &mut associated_party_id,
                                "associated_party_id",
                            )
                        }
                        "section" => crate::codec::slot(map, &mut section, "section"),
                        "categories" => {
                            crate::codec::slot(map, &mut categories, "categories")
                        }
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    scope: scope.flatten(),
                    associated_party_id: associated_party_id.flatten(),
                    section: section.flatten(),
                    categories: categories.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for RequestForInformation {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for RequestForInformation {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "scope", &self.scope)?;
                crate::codec::put_some(
                    &mut map,
                    "associated_party_id",
                    &self.associated_party_id,
                )?;
                crate::codec::put_some(&mut map, "section", &self.section)?;
                crate::codec::put_some(&mut map, "categories", &self.categories)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// The fields of one document type that need action.
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct RfiCategory {
            /// The document type, e.g. PASSPORT.
            pub document_type: ::std::option::Option<::std::string::String>,
            pub fields: ::std::option::Option<
                ::std::vec::Vec<crate::generated::model::customers::RfiField>,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl RfiCategory {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `document_type`.
            #[must_use]
            pub fn with_document_type(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.document_type = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `fields`.
            #[must_use]
            pub fn with_fields(
                mut self,
                value: impl ::std::convert::Into<
                    ::std::vec::Vec<crate::generated::model::customers::RfiField>,
                >,
            ) -> Self {
                self.fields = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for RfiCategory {
            const EXPECTING: &'static str = "a RfiCategory object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut document_type = ::std::option::Option::None;
                let mut fields = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "document_type" => {
                            crate::codec::slot(map, &mut document_type, "document_type")
                        }
                        "fields" => crate::codec::slot(map, &mut fields, "fields"),
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    document_type: document_type.flatten(),
                    fields: fields.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for RfiCategory {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for RfiCategory {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "document_type", &self.document_type)?;
                crate::codec::put_some(&mut map, "fields", &self.fields)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// One field that is missing, expired or invalid. Real payloads carry keys the spec does not list (e.g. `side`); they are kept in `extra`.
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct RfiField {
            /// The field, e.g. files or expiry_date.
            pub field_name: ::std::option::Option<::std::string::String>,
            pub data_type: ::std::option::Option<
                crate::generated::model::customers::RfiDataType,
            >,
            pub status: ::std::option::Option<
                crate::generated::model::customers::RfiFieldStatus,
            >,
            /// Why the field was not accepted.
            pub reason: ::std::option::Option<::std::string::String>,
            /// Accepted values, for ENUM fields.
            pub options: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl RfiField {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `field_name`.
            #[must_use]
            pub fn with_field_name(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.field_name = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `data_type`.
            #[must_use]
            pub fn with_data_type(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::customers::RfiDataType,
                >,
            ) -> Self {
                self.data_type = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `status`.
            #[must_use]
            pub fn with_status(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::customers::RfiFieldStatus,
                >,
            ) -> Self {
                self.status = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `reason`.
            #[must_use]
            pub fn with_reason(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.reason = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `options`.
            #[must_use]
            pub fn with_options(
                mut self,
                value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
            ) -> Self {
                self.options = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for RfiField {
            const EXPECTING: &'static str = "a RfiField object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut field_name = ::std::option::Option::None;
                let mut data_type = ::std::option::Option::None;
                let mut status = ::std::option::Option::None;
                let mut reason = ::std::option::Option::None;
                let mut options = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "field_name" => {
                            crate::codec::slot(map, &mut field_name, "field_name")
                        }
                        "data_type" => {
                            crate::codec::slot(map, &mut data_type, "data_type")
                        }
                        "status" => crate::codec::slot(map, &mut status, "status"),
                        "reason" => crate::codec::slot(map, &mut reason, "reason"),
                        "options" => crate::codec::slot(map, &mut options, "options"),
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    field_name: field_name.flatten(),
                    data_type: data_type.flatten(),
                    status: status.flatten(),
                    reason: reason.flatten(),
                    options: options.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for RfiField {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for RfiField {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "field_name", &self.field_name)?;
                crate::codec::put_some(&mut map, "data_type", &self.data_type)?;
                crate::codec::put_some(&mut map, "status", &self.status)?;
                crate::codec::put_some(&mut map, "reason", &self.reason)?;
                crate::codec::put_some(&mut map, "options", &self.options)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// Why a verification has its status, worded for the customer and for the developer.
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct VerificationReason {
            pub for_customer: ::std::option::Option<::std::string::String>,
            pub for_developer: ::std::option::Option<::std::string::String>,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl VerificationReason {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `for_customer`.
            #[must_use]
            pub fn with_for_customer(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.for_customer = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `for_developer`.
            #[must_use]
            pub fn with_for_developer(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.for_developer = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for VerificationReason {
            const EXPECTING: &'static str = "a VerificationReason object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut for_customer = ::std::option::Option::None;
                let mut for_developer = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "for_customer" => {
                            crate::codec::slot(map, &mut for_customer, "for_customer")
                        }
                        "for_developer" => {
                            crate::codec::slot(map, &mut for_developer, "for_developer")
                        }
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    for_customer: for_customer.flatten(),
                    for_developer: for_developer.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for VerificationReason {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for VerificationReason {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "for_customer", &self.for_customer)?;
                crate::codec::put_some(&mut map, "for_developer", &self.for_developer)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
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
    /**Get Customer Details V2

Retrieve detailed information for a specific customer

Sends a `GET` request to `/v2/customers/{customer_id}`

*/
    pub async fn get_customer_details_v2<'a>(
        &'a self,
        customer_id: &'a ::uuid::Uuid,
    ) -> ::std::result::Result<
        ResponseValue<crate::generated::model::customers::GetCustomerDetailsV2Response>,
        crate::Error,
    > {
        self.execute(
                "get_customer_details_v2",
                ::std::boxed::Box::pin(self.raw().get_customer_details_v2(customer_id)),
            )
            .await
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
        /// Answers `GET /v2/customers/{customer_id}` for these path parameters.
        pub fn on_get_customer_details_v2<'a>(
            &self,
            customer_id: &'a ::uuid::Uuid,
        ) -> crate::mock::Expectation<
            '_,
            crate::generated::model::customers::GetCustomerDetailsV2Response,
        > {
            crate::mock::Expectation::new(
                self,
                "GET",
                format!(
                    "/v2/customers/{0}", ::progenitor_client::encode_path(& customer_id
                    .to_string())
                ),
                200u16,
            )
        }
    }
}
/// The spec's `servers` URLs, in its order.
pub const SERVERS: &[&str] = &["https://sandbox.api.fin.com", "https://api.fin.com"];
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
            "get_customer_details_v2" => {
                Some(
                    Ok(
                        Box::pin(async move {
                            let arg0: ::uuid::Uuid = ::serde_json::from_str(
                                    "\"ed54db74-7dbe-47d2-8ea0-c2bf2a9dda06\"",
                                )
                                .map_err(|e| {
                                    format!(
                                        "example for `{}` does not decode: {}", "customer_id", e
                                    )
                                })?;
                            let response = client
                                .get_customer_details_v2(&arg0)
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
        ("get_customer_details_v2", "GET", "/v2/customers/{customer_id}"),
    ];
    /// Every method's arguments other than its body: (method name,
    /// parameter name (a keyword without its trailing `_`), Rust type as
    /// passed).
    pub fn parameters() -> ::std::vec::Vec<(&'static str, &'static str, &'static str)> {
        ::std::vec::Vec::from([
            (
                "get_customer_details_v2",
                "customer_id",
                ::std::any::type_name::<&'static ::uuid::Uuid>(),
            ),
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
            ("get_customer_details_v2", "200") => {
                Some(
                    action
                        .with::<
                            crate::generated::model::customers::GetCustomerDetailsV2Response,
                        >(),
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
    pub const UNIONS: &[UnionCase] = &[
        UnionCase {
            name: "CustomerDetails",
            variants: &[
                VariantCase {
                    name: "Individual",
                    samples: &[
                        (
                            "the spec's example `Individual`",
                            "{\"customer_id\":\"1f45e58d-0420-4ad8-a790-413169bfab28\",\"type\":\"INDIVIDUAL\",\"first_name\":\"John\",\"last_name\":\"Doe\",\"email\":\"atkeyafahmida290@gmail.com\",\"phone\":\"+8801748386269\",\"country_of_residence\":\"BGD\",\"verification_type\":\"STANDARD\",\"customer_status\":\"ACTION_REQUIRED\",\"tos_policies_url\":\"https://orchestration.fin.com/orchestration-customer-tos?customer_id=1f45e58d-0420-4ad8-a790-413169bfab28&tos_policies_value=ffefb0cd-4f0a-4585-ad1c-f4ea76ba41b8\",\"created_at\":\"2026-05-04T12:40:03Z\",\"updated_at\":\"2026-05-04T12:47:50Z\",\"last_status_updated_at\":\"2026-05-04T12:44:42.707598Z\",\"rejection_reason\":{\"applicant\":{\"moderation_comment\":\"\",\"reject_labels\":[\"EXPIRATION_DATE\",\"PROBLEMATIC_APPLICANT_DATA\"]},\"documents\":[{\"uri\":\"/SuElNZpi_approved_passport_sumsub.jpg\",\"category\":\"PROOF_OF_IDENTITY\",\"moderation_comment\":\"Your identity document has expired and can't be used for verification. Please upload a different identity document.\",\"reject_labels\":[\"EXPIRATION_DATE\"]}]},\"request_for_information\":[{\"scope\":\"CUSTOMER\",\"section\":\"proof_of_identity\",\"categories\":[{\"document_type\":\"PASSPORT\",\"fields\":[{\"field_name\":\"type\",\"data_type\":\"ENUM\",\"status\":\"INVALID\",\"options\":[]},{\"field_name\":\"expiry_date\",\"data_type\":\"DATE\",\"status\":\"INVALID\",\"options\":[]},{\"field_name\":\"issue_date\",\"data_type\":\"DATE\",\"status\":\"INVALID\",\"options\":[]},{\"field_name\":\"files\",\"data_type\":\"URI\",\"status\":\"INVALID\",\"reason\":\"Expired Identity document. A new document has been requested.\",\"options\":[]}]}]}]}",
                        ),
                        ("the fewest keys", "{\"type\":\"INDIVIDUAL\"}"),
                        (
                            "every key",
                            "{\"customer_id\":\"56c41b8e-e650-4f55-94f6-26a888a9b64d\",\"type\":\"INDIVIDUAL\",\"first_name\":\"John\",\"last_name\":\"Doe\",\"email\":\"john.doe@example.com\",\"phone\":\"+14155551234\",\"country_of_residence\":\"USA\",\"verification_type\":\"STANDARD\",\"customer_status\":\"IN_COMPLIANCE\",\"tos_policies_url\":\"https://orchestration.fin.com/orchestration-customer-tos?customer_id=1f45e58d-0420-4ad8-a790-413169bfab28&tos_policies_value=ffefb0cd-4f0a-4585-ad1c-f4ea76ba41b8\",\"created_at\":\"2026-01-31T12:00:00Z\",\"updated_at\":\"2026-01-31T12:00:00Z\",\"last_status_updated_at\":\"2026-01-31T12:00:00Z\",\"request_for_information\":[{}],\"rejection_reason\":{}}",
                        ),
                    ],
                },
                VariantCase {
                    name: "Business",
                    samples: &[
                        (
                            "the spec's example `Business`",
                            "{\"customer_id\":\"671536f8-ddc5-4b1e-bd6f-27d0ed07a27c\",\"type\":\"BUSINESS\",\"business_name\":\"Fin.com\",\"email\":\"contact@fin.com\",\"phone\":\"+14155552671\",\"country_of_incorporation\":\"USA\",\"verification_type\":\"STANDARD\",\"customer_status\":\"ACTION_REQUIRED\",\"tos_policies_url\":\"https://orchestration.fin.com/orchestration-customer-tos?customer_id=671536f8-ddc5-4b1e-bd6f-27d0ed07a27c&tos_policies_value=4e0e505a-36f0-4c9e-8eb1-3916410f227c\",\"associated_parties\":[{\"id\":\"2e719a54-cdef-43f9-a5ac-f6ef679ea1dc\",\"type\":\"INDIVIDUAL\",\"ownership_percent\":60,\"email\":\"jane.smith@acmecorp.com\",\"verification\":{\"status\":\"REJECTED\",\"reason\":{\"for_customer\":null,\"for_developer\":null},\"updated_at\":\"2026-05-04T12:36:42Z\"}},{\"id\":\"4ef045ea-c7a7-46dc-84a0-9a3d83186971\",\"type\":\"INDIVIDUAL\",\"ownership_percent\":40,\"email\":\"robert.chen@acmecorp.com\",\"verification\":{\"status\":\"APPROVED\",\"reason\":{\"for_customer\":null,\"for_developer\":null},\"updated_at\":\"2026-05-04T12:29:47Z\"}}],\"created_at\":\"2026-05-04T12:11:27Z\",\"updated_at\":\"2026-05-04T12:34:03Z\",\"last_status_updated_at\":\"2026-05-04T12:32:34.47927Z\",\"rejection_reason\":{\"applicant\":{\"moderation_comment\":\"\",\"reject_labels\":[\"LOW_QUALITY\",\"UNFILLED_ID\",\"DOCUMENT_TEMPLATE\",\"NOT_DOCUMENT\"]},\"documents\":[{\"uri\":\"/ZuyUaH3a_testdoc1.png\",\"category\":\"SUPPORTING_DOCUMENTS\",\"moderation_comment\":\"This document is not accepted.\\n - The document should be of good quality.\",\"reject_labels\":[\"LOW_QUALITY\"]},{\"uri\":\"/ZuyUaH3a_testdoc1.png\",\"category\":\"OWNERSHIP_DOCUMENTS\",\"moderation_comment\":\"This document is not accepted.\\n - The document is not authentic\",\"reject_labels\":[\"UNFILLED_ID\"]},{\"uri\":\"/ZuyUaH3a_testdoc1.png\",\"category\":\"OWNERSHIP_DOCUMENTS\",\"moderation_comment\":\"This document is not accepted.\\n - The uploaded file appears to be a document template.\",\"reject_labels\":[\"DOCUMENT_TEMPLATE\"]},{\"uri\":\"/ZuyUaH3a_testdoc1.png\",\"category\":\"SUPPORTING_DOCUMENTS\",\"moderation_comment\":\"This document is not accepted.\\n - The file is not a document\",\"reject_labels\":[\"NOT_DOCUMENT\"]}],\"associated_parties\":[{\"id\":\"2e719a54-cdef-43f9-a5ac-f6ef679ea1dc\",\"applicant\":{\"moderation_comment\":\"\",\"reject_labels\":[\"EXPIRATION_DATE\"]},\"documents\":[{\"uri\":\"/OUkUie0z_approved_passport_sumsub.jpg\",\"category\":\"PROOF_OF_IDENTITY\",\"moderation_comment\":\"Your identity document must be valid for at least 2 month(s) from the date of submission.\",\"reject_labels\":[\"EXPIRATION_DATE\"]}]}]},\"request_for_information\":[{\"scope\":\"ASSOCIATED_PARTY\",\"associated_party_id\":\"2e719a54-cdef-43f9-a5ac-f6ef679ea1dc\",\"section\":\"identifying_documents\",\"categories\":[{\"document_type\":\"PASSPORT\",\"fields\":[{\"field_name\":\"type\",\"data_type\":\"ENUM\",\"status\":\"INVALID\",\"options\":[]},{\"field_name\":\"expiry_date\",\"data_type\":\"DATE\",\"status\":\"INVALID\",\"options\":[]},{\"field_name\":\"issue_date\",\"data_type\":\"DATE\",\"status\":\"INVALID\",\"options\":[]},{\"field_name\":\"files\",\"data_type\":\"URI\",\"status\":\"INVALID\",\"reason\":\"User identity document is not valid for at least 2 month(s) from the date of submission.\",\"options\":[]}]}]},{\"scope\":\"CUSTOMER\",\"section\":\"formation_documents\",\"categories\":[{\"document_type\":\"EVIDENCE_OF_DIRECTORS_AND_CONTROLLERS\",\"fields\":[{\"field_name\":\"type\",\"data_type\":\"ENUM\",\"status\":\"INVALID\",\"options\":[]},{\"field_name\":\"files\",\"data_type\":\"URI\",\"status\":\"INVALID\",\"reason\":\"Unacceptable document.\",\"options\":[]}]}]},{\"scope\":\"CUSTOMER\",\"section\":\"supporting_documents\",\"categories\":[{\"document_type\":\"PROOF_OF_SOURCE_OF_FUNDS\",\"fields\":[{\"field_name\":\"type\",\"data_type\":\"ENUM\",\"status\":\"INVALID\",\"options\":[]},{\"field_name\":\"files\",\"data_type\":\"URI\",\"status\":\"INVALID\",\"reason\":\"Unacceptable document.\",\"options\":[]}]}]},{\"scope\":\"CUSTOMER\",\"section\":\"ownership_documents\",\"categories\":[{\"document_type\":\"PROOF_OF_SIGNATORY_AUTHORITY\",\"fields\":[{\"field_name\":\"type\",\"data_type\":\"ENUM\",\"status\":\"INVALID\",\"options\":[]},{\"field_name\":\"files\",\"data_type\":\"URI\",\"status\":\"INVALID\",\"reason\":\"Document appears to be corrupted\",\"options\":[]}]}]}]}",
                        ),
                        ("the fewest keys", "{\"type\":\"BUSINESS\"}"),
                        (
                            "every key",
                            "{\"customer_id\":\"ed54db74-7dbe-47d2-8ea0-c2bf2a9dda06\",\"type\":\"BUSINESS\",\"business_name\":\"Fin.com\",\"email\":\"m@tech.com\",\"phone\":\"+8801529876543\",\"country_of_incorporation\":\"BGD\",\"verification_type\":\"STANDARD\",\"customer_status\":\"IN_COMPLIANCE\",\"tos_policies_url\":\"https://example.com/\",\"associated_parties\":[{}],\"created_at\":\"2026-01-31T12:00:00Z\",\"updated_at\":\"2026-01-31T12:00:00Z\",\"request_for_information\":[{}],\"rejection_reason\":{}}",
                        ),
                    ],
                },
            ],
            decode: |text| {
                let value: crate::generated::model::customers::CustomerDetails = ::serde_json::from_str(
                        text,
                    )
                    .map_err(|e| e.to_string())?;
                Ok(
                    match value {
                        crate::generated::model::customers::CustomerDetails::Individual(
                            _,
                        ) => "Individual",
                        crate::generated::model::customers::CustomerDetails::Business(
                            _,
                        ) => "Business",
                        crate::generated::model::customers::CustomerDetails::Unknown(
                            _,
                        ) => "Unknown",
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
    pub const EXAMPLES: &[(&str, &str, u16, &str)] = &[
        (
            "GET",
            "/v2/customers/671536f8-ddc5-4b1e-bd6f-27d0ed07a27c",
            200u16,
            "{\"data\":{\"customer_id\":\"671536f8-ddc5-4b1e-bd6f-27d0ed07a27c\",\"type\":\"BUSINESS\",\"business_name\":\"Fin.com\",\"email\":\"contact@fin.com\",\"phone\":\"+14155552671\",\"country_of_incorporation\":\"USA\",\"verification_type\":\"STANDARD\",\"customer_status\":\"ACTION_REQUIRED\",\"tos_policies_url\":\"https://orchestration.fin.com/orchestration-customer-tos?customer_id=671536f8-ddc5-4b1e-bd6f-27d0ed07a27c&tos_policies_value=4e0e505a-36f0-4c9e-8eb1-3916410f227c\",\"associated_parties\":[{\"id\":\"2e719a54-cdef-43f9-a5ac-f6ef679ea1dc\",\"type\":\"INDIVIDUAL\",\"ownership_percent\":60,\"email\":\"jane.smith@acmecorp.com\",\"verification\":{\"status\":\"REJECTED\",\"reason\":{\"for_customer\":null,\"for_developer\":null},\"updated_at\":\"2026-05-04T12:36:42Z\"}},{\"id\":\"4ef045ea-c7a7-46dc-84a0-9a3d83186971\",\"type\":\"INDIVIDUAL\",\"ownership_percent\":40,\"email\":\"robert.chen@acmecorp.com\",\"verification\":{\"status\":\"APPROVED\",\"reason\":{\"for_customer\":null,\"for_developer\":null},\"updated_at\":\"2026-05-04T12:29:47Z\"}}],\"created_at\":\"2026-05-04T12:11:27Z\",\"updated_at\":\"2026-05-04T12:34:03Z\",\"last_status_updated_at\":\"2026-05-04T12:32:34.47927Z\",\"rejection_reason\":{\"applicant\":{\"moderation_comment\":\"\",\"reject_labels\":[\"LOW_QUALITY\",\"UNFILLED_ID\",\"DOCUMENT_TEMPLATE\",\"NOT_DOCUMENT\"]},\"documents\":[{\"uri\":\"/ZuyUaH3a_testdoc1.png\",\"category\":\"SUPPORTING_DOCUMENTS\",\"moderation_comment\":\"This document is not accepted.\\n - The document should be of good quality.\",\"reject_labels\":[\"LOW_QUALITY\"]},{\"uri\":\"/ZuyUaH3a_testdoc1.png\",\"category\":\"OWNERSHIP_DOCUMENTS\",\"moderation_comment\":\"This document is not accepted.\\n - The document is not authentic\",\"reject_labels\":[\"UNFILLED_ID\"]},{\"uri\":\"/ZuyUaH3a_testdoc1.png\",\"category\":\"OWNERSHIP_DOCUMENTS\",\"moderation_comment\":\"This document is not accepted.\\n - The uploaded file appears to be a document template.\",\"reject_labels\":[\"DOCUMENT_TEMPLATE\"]},{\"uri\":\"/ZuyUaH3a_testdoc1.png\",\"category\":\"SUPPORTING_DOCUMENTS\",\"moderation_comment\":\"This document is not accepted.\\n - The file is not a document\",\"reject_labels\":[\"NOT_DOCUMENT\"]}],\"associated_parties\":[{\"id\":\"2e719a54-cdef-43f9-a5ac-f6ef679ea1dc\",\"applicant\":{\"moderation_comment\":\"\",\"reject_labels\":[\"EXPIRATION_DATE\"]},\"documents\":[{\"uri\":\"/OUkUie0z_approved_passport_sumsub.jpg\",\"category\":\"PROOF_OF_IDENTITY\",\"moderation_comment\":\"Your identity document must be valid for at least 2 month(s) from the date of submission.\",\"reject_labels\":[\"EXPIRATION_DATE\"]}]}]},\"request_for_information\":[{\"scope\":\"ASSOCIATED_PARTY\",\"associated_party_id\":\"2e719a54-cdef-43f9-a5ac-f6ef679ea1dc\",\"section\":\"identifying_documents\",\"categories\":[{\"document_type\":\"PASSPORT\",\"fields\":[{\"field_name\":\"type\",\"data_type\":\"ENUM\",\"status\":\"INVALID\",\"options\":[]},{\"field_name\":\"expiry_date\",\"data_type\":\"DATE\",\"status\":\"INVALID\",\"options\":[]},{\"field_name\":\"issue_date\",\"data_type\":\"DATE\",\"status\":\"INVALID\",\"options\":[]},{\"field_name\":\"files\",\"data_type\":\"URI\",\"status\":\"INVALID\",\"reason\":\"User identity document is not valid for at least 2 month(s) from the date of submission.\",\"options\":[]}]}]},{\"scope\":\"CUSTOMER\",\"section\":\"formation_documents\",\"categories\":[{\"document_type\":\"EVIDENCE_OF_DIRECTORS_AND_CONTROLLERS\",\"fields\":[{\"field_name\":\"type\",\"data_type\":\"ENUM\",\"status\":\"INVALID\",\"options\":[]},{\"field_name\":\"files\",\"data_type\":\"URI\",\"status\":\"INVALID\",\"reason\":\"Unacceptable document.\",\"options\":[]}]}]},{\"scope\":\"CUSTOMER\",\"section\":\"supporting_documents\",\"categories\":[{\"document_type\":\"PROOF_OF_SOURCE_OF_FUNDS\",\"fields\":[{\"field_name\":\"type\",\"data_type\":\"ENUM\",\"status\":\"INVALID\",\"options\":[]},{\"field_name\":\"files\",\"data_type\":\"URI\",\"status\":\"INVALID\",\"reason\":\"Unacceptable document.\",\"options\":[]}]}]},{\"scope\":\"CUSTOMER\",\"section\":\"ownership_documents\",\"categories\":[{\"document_type\":\"PROOF_OF_SIGNATORY_AUTHORITY\",\"fields\":[{\"field_name\":\"type\",\"data_type\":\"ENUM\",\"status\":\"INVALID\",\"options\":[]},{\"field_name\":\"files\",\"data_type\":\"URI\",\"status\":\"INVALID\",\"reason\":\"Document appears to be corrupted\",\"options\":[]}]}]}]}}",
        ),
        (
            "GET",
            "/v2/customers/1f45e58d-0420-4ad8-a790-413169bfab28",
            200u16,
            "{\"data\":{\"customer_id\":\"1f45e58d-0420-4ad8-a790-413169bfab28\",\"type\":\"INDIVIDUAL\",\"first_name\":\"John\",\"last_name\":\"Doe\",\"email\":\"atkeyafahmida290@gmail.com\",\"phone\":\"+8801748386269\",\"country_of_residence\":\"BGD\",\"verification_type\":\"STANDARD\",\"customer_status\":\"ACTION_REQUIRED\",\"tos_policies_url\":\"https://orchestration.fin.com/orchestration-customer-tos?customer_id=1f45e58d-0420-4ad8-a790-413169bfab28&tos_policies_value=ffefb0cd-4f0a-4585-ad1c-f4ea76ba41b8\",\"created_at\":\"2026-05-04T12:40:03Z\",\"updated_at\":\"2026-05-04T12:47:50Z\",\"last_status_updated_at\":\"2026-05-04T12:44:42.707598Z\",\"rejection_reason\":{\"applicant\":{\"moderation_comment\":\"\",\"reject_labels\":[\"EXPIRATION_DATE\",\"PROBLEMATIC_APPLICANT_DATA\"]},\"documents\":[{\"uri\":\"/SuElNZpi_approved_passport_sumsub.jpg\",\"category\":\"PROOF_OF_IDENTITY\",\"moderation_comment\":\"Your identity document has expired and can't be used for verification. Please upload a different identity document.\",\"reject_labels\":[\"EXPIRATION_DATE\"]}]},\"request_for_information\":[{\"scope\":\"CUSTOMER\",\"section\":\"proof_of_identity\",\"categories\":[{\"document_type\":\"PASSPORT\",\"fields\":[{\"field_name\":\"type\",\"data_type\":\"ENUM\",\"status\":\"INVALID\",\"options\":[]},{\"field_name\":\"expiry_date\",\"data_type\":\"DATE\",\"status\":\"INVALID\",\"options\":[]},{\"field_name\":\"issue_date\",\"data_type\":\"DATE\",\"status\":\"INVALID\",\"options\":[]},{\"field_name\":\"files\",\"data_type\":\"URI\",\"status\":\"INVALID\",\"reason\":\"Expired Identity document. A new document has been requested.\",\"options\":[]}]}]}]}}",
        ),
    ];
}
