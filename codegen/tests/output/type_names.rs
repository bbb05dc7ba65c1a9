#[allow(clippy::all)]
impl Client {
    /**Get Customer

Sends a `GET` request to `/customers/{customer_id}`

*/
    pub async fn get_customer<'a>(
        &'a self,
        customer_id: &'a ::uuid::Uuid,
    ) -> Result<
        ResponseValue<crate::generated::model::customers::GetCustomerResponse>,
        Error<crate::generated::model::shared::ApiError>,
    > {
        let url = format!(
            "{}/customers/{}", self.baseurl, encode_path(& customer_id.to_string()),
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
            operation_id: "get_customer",
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
    /**Fetch Rates

Sends a `GET` request to `/rates`

*/
    pub async fn fetch_rates<'a>(
        &'a self,
        currency: Option<&'a str>,
    ) -> Result<
        ResponseValue<crate::generated::model::fees_fx_rates::FetchRatesResponse>,
        Error<crate::generated::model::shared::ApiError>,
    > {
        let url = format!("{}/rates", self.baseurl,);
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
            .query(&progenitor_client::QueryParam::new("currency", &currency))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "fetch_rates",
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
    /// The types of the *Customers* operations: People and companies. Types these share with other areas are re-exported here from `shared`.
    pub mod customers {
        /// The `side` of [`DocumentFile`](crate::types::customers::DocumentFile).
        ///
        /// Open: a value the spec does not list yet parses as `Unknown`
        /// and serializes back unchanged.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum FileSide {
            ///`FRONT`
            Front,
            ///`BACK`
            Back,
            /// A value this version of the crate does not know, kept as sent.
            Unknown(String),
        }
        impl FileSide {
            /// Every value the spec lists, in its order.
            pub const KNOWN: &'static [&'static str] = &["FRONT", "BACK"];
            /// The value as the API spells it.
            pub fn as_str(&self) -> &str {
                crate::open_enum::as_str(self)
            }
            /// Whether the value is one the spec lists.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }
        impl crate::open_enum::OpenEnum for FileSide {
            const KNOWN: &'static [&'static str] = FileSide::KNOWN;
            fn from_parts(parts: Result<usize, String>) -> Self {
                match parts {
                    Ok(0) => Self::Front,
                    Ok(1) => Self::Back,
                    other => {
                        Self::Unknown(crate::open_enum::unknown_text(Self::KNOWN, other))
                    }
                }
            }
            fn parts(&self) -> Result<usize, &str> {
                match self {
                    Self::Front => Ok(0),
                    Self::Back => Ok(1),
                    Self::Unknown(other) => Err(other),
                }
            }
        }
        impl From<&str> for FileSide {
            fn from(value: &str) -> Self {
                crate::open_enum::parse(value)
            }
        }
        impl From<String> for FileSide {
            fn from(value: String) -> Self {
                crate::open_enum::parse_owned(value)
            }
        }
        impl ::std::str::FromStr for FileSide {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(crate::open_enum::parse(value))
            }
        }
        impl ::std::fmt::Display for FileSide {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::serde::Serialize for FileSide {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for FileSide {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                crate::open_enum::deserialize(deserializer)
            }
        }
        /// What *Get Customer* (`get_customer`) answers (status 200).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct GetCustomerResponse {
            pub data: ::std::option::Option<
                crate::generated::model::customers::GetCustomerData,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl GetCustomerResponse {
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
                    crate::generated::model::customers::GetCustomerData,
                >,
            ) -> Self {
                self.data = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for GetCustomerResponse {
            const EXPECTING: &'static str = "a GetCustomerResponse object";
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
        impl<'de> ::serde::Deserialize<'de> for GetCustomerResponse {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for GetCustomerResponse {
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
        /// The `data` of [`GetCustomerResponse`](crate::types::customers::GetCustomerResponse).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct GetCustomerData {
            pub party: ::std::option::Option<crate::generated::model::shared::Party>,
            pub postal_address: ::std::option::Option<
                crate::generated::model::shared::PostalAddress,
            >,
            pub home_address: ::std::option::Option<
                crate::generated::model::customers::DataHomeAddress,
            >,
            pub documents: ::std::option::Option<
                ::std::vec::Vec<crate::generated::model::customers::DataDocument>,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl GetCustomerData {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `party`.
            #[must_use]
            pub fn with_party(
                mut self,
                value: impl ::std::convert::Into<crate::generated::model::shared::Party>,
            ) -> Self {
                self.party = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `postal_address`.
            #[must_use]
            pub fn with_postal_address(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::shared::PostalAddress,
                >,
            ) -> Self {
                self.postal_address = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `home_address`.
            #[must_use]
            pub fn with_home_address(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::customers::DataHomeAddress,
                >,
            ) -> Self {
                self.home_address = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `documents`.
            #[must_use]
            pub fn with_documents(
                mut self,
                value: impl ::std::convert::Into<
                    ::std::vec::Vec<crate::generated::model::customers::DataDocument>,
                >,
            ) -> Self {
                self.documents = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for GetCustomerData {
            const EXPECTING: &'static str = "a GetCustomerResponseData object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut party = ::std::option::Option::None;
                let mut postal_address = ::std::option::Option::None;
                let mut home_address = ::std::option::Option::None;
                let mut documents = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "party" => crate::codec::slot(map, &mut party, "party"),
                        "postal_address" => {
                            crate::codec::slot(
                                map,
                                &mut postal_address,
                                "postal_address",
                            )
                        }
                        "home_address" => {
                            crate::codec::slot(map, &mut home_address, "home_address")
                        }
                        "documents" => {
                            crate::codec::slot(map, &mut documents, "documents")
                        }
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    party: party.flatten(),
                    postal_address: postal_address.flatten(),
                    home_address: home_address.flatten(),
                    documents: documents.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for GetCustomerData {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for GetCustomerData {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "party", &self.party)?;
                crate::codec::put_some(
                    &mut map,
                    "postal_address",
                    &self.postal_address,
                )?;
                crate::codec::put_some(&mut map, "home_address", &self.home_address)?;
                crate::codec::put_some(&mut map, "documents", &self.documents)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// One item of the `documents` list of [`GetCustomerData`](crate::types::customers::GetCustomerData).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct DataDocument {
            pub files: ::std::option::Option<
                ::std::vec::Vec<crate::generated::model::customers::DocumentFile>,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl DataDocument {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `files`.
            #[must_use]
            pub fn with_files(
                mut self,
                value: impl ::std::convert::Into<
                    ::std::vec::Vec<crate::generated::model::customers::DocumentFile>,
                >,
            ) -> Self {
                self.files = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for DataDocument {
            const EXPECTING: &'static str = "a GetCustomerResponseDataDocumentsItem object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut files = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "files" => crate::codec::slot(map, &mut files, "files"),
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    files: files.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for DataDocument {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for DataDocument {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "files", &self.files)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// One item of the `files` list of [`DataDocument`](crate::types::customers::DataDocument).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct DocumentFile {
            pub side: ::std::option::Option<
                crate::generated::model::customers::FileSide,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl DocumentFile {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `side`.
            #[must_use]
            pub fn with_side(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::customers::FileSide,
                >,
            ) -> Self {
                self.side = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for DocumentFile {
            const EXPECTING: &'static str = "a GetCustomerResponseDataDocumentsItemFilesItem object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut side = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "side" => crate::codec::slot(map, &mut side, "side"),
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    side: side.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for DocumentFile {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for DocumentFile {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "side", &self.side)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// The `home_address` of [`GetCustomerData`](crate::types::customers::GetCustomerData).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct DataHomeAddress {
            pub line: ::std::option::Option<::std::string::String>,
            pub city: ::std::option::Option<::std::string::String>,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl DataHomeAddress {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `line`.
            #[must_use]
            pub fn with_line(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.line = ::std::option::Option::Some(value.into());
                self
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
        impl crate::codec::Object for DataHomeAddress {
            const EXPECTING: &'static str = "a GetCustomerResponseDataHomeAddress object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut line = ::std::option::Option::None;
                let mut city = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "line" => crate::codec::slot(map, &mut line, "line"),
                        "city" => crate::codec::slot(map, &mut city, "city"),
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    line: line.flatten(),
                    city: city.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for DataHomeAddress {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for DataHomeAddress {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "line", &self.line)?;
                crate::codec::put_some(&mut map, "city", &self.city)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        pub use crate::generated::model::shared::ApiError;
        pub use crate::generated::model::shared::PostalAddress;
        pub use crate::generated::model::shared::Party;
    }
    /// The types of the *Fees & FX Rates* operations. Types these share with other areas are re-exported here from `shared`.
    pub mod fees_fx_rates {
        /// What *Fetch Rates* (`fetch_rates`) answers (status 200).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct FetchRatesResponse {
            pub payer: ::std::option::Option<crate::generated::model::shared::Party>,
            pub postal_address: ::std::option::Option<
                crate::generated::model::shared::PostalAddress,
            >,
            pub home_address: ::std::option::Option<
                crate::generated::model::fees_fx_rates::FetchRatesHomeAddress,
            >,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl FetchRatesResponse {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `payer`.
            #[must_use]
            pub fn with_payer(
                mut self,
                value: impl ::std::convert::Into<crate::generated::model::shared::Party>,
            ) -> Self {
                self.payer = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `postal_address`.
            #[must_use]
            pub fn with_postal_address(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::shared::PostalAddress,
                >,
            ) -> Self {
                self.postal_address = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets `home_address`.
            #[must_use]
            pub fn with_home_address(
                mut self,
                value: impl ::std::convert::Into<
                    crate::generated::model::fees_fx_rates::FetchRatesHomeAddress,
                >,
            ) -> Self {
                self.home_address = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for FetchRatesResponse {
            const EXPECTING: &'static str = "a FetchRatesResponse object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut payer = ::std::option::Option::None;
                let mut postal_address = ::std::option::Option::None;
                let mut home_address = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "payer" => crate::codec::slot(map, &mut payer, "payer"),
                        "postal_address" => {
                            crate::codec::slot(
                                map,
                                &mut postal_address,
                                "postal_address",
                            )
                        }
                        "home_address" => {
                            crate::codec::slot(map, &mut home_address, "home_address")
                        }
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    payer: payer.flatten(),
                    postal_address: postal_address.flatten(),
                    home_address: home_address.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for FetchRatesResponse {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for FetchRatesResponse {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "payer", &self.payer)?;
                crate::codec::put_some(
                    &mut map,
                    "postal_address",
                    &self.postal_address,
                )?;
                crate::codec::put_some(&mut map, "home_address", &self.home_address)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// The `home_address` of [`FetchRatesResponse`](crate::types::fees_fx_rates::FetchRatesResponse).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct FetchRatesHomeAddress {
            pub street: ::std::option::Option<::std::string::String>,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl FetchRatesHomeAddress {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `street`.
            #[must_use]
            pub fn with_street(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.street = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for FetchRatesHomeAddress {
            const EXPECTING: &'static str = "a FetchRatesResponseHomeAddress object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut street = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "street" => crate::codec::slot(map, &mut street, "street"),
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    street: street.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for FetchRatesHomeAddress {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for FetchRatesHomeAddress {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "street", &self.street)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        pub use crate::generated::model::shared::ApiError;
        pub use crate::generated::model::shared::PostalAddress;
        pub use crate::generated::model::shared::Party;
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
        /// The `postal_address` of [`FetchRatesResponse`](crate::types::fees_fx_rates::FetchRatesResponse).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct PostalAddress {
            pub line: ::std::option::Option<::std::string::String>,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl PostalAddress {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `line`.
            #[must_use]
            pub fn with_line(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.line = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for PostalAddress {
            const EXPECTING: &'static str = "a FetchRatesResponsePostalAddress object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut line = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "line" => crate::codec::slot(map, &mut line, "line"),
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    line: line.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for PostalAddress {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for PostalAddress {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "line", &self.line)?;
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
        /// The `payer` of [`FetchRatesResponse`](crate::types::fees_fx_rates::FetchRatesResponse).
        #[derive(Clone, Debug, PartialEq)]
        #[derive(Default)]
        #[non_exhaustive]
        pub struct Party {
            pub name: ::std::option::Option<::std::string::String>,
            /// Keys the spec does not list, with their JSON as received.
            pub extra: crate::json::JsonMap,
        }
        impl Party {
            /// An empty value: set fields with the `with_*` methods.
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self::default()
            }
            /// Sets `name`.
            #[must_use]
            pub fn with_name(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.name = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::codec::Object for Party {
            const EXPECTING: &'static str = "a Party object";
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                map: &mut A,
            ) -> ::std::result::Result<Self, A::Error> {
                let mut name = ::std::option::Option::None;
                let extra = crate::codec::fields(
                    map,
                    |key, map| match key {
                        "name" => crate::codec::slot(map, &mut name, "name"),
                        _ => Ok(false),
                    },
                )?;
                Ok(Self {
                    name: name.flatten(),
                    extra,
                })
            }
        }
        impl<'de> ::serde::Deserialize<'de> for Party {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }
        impl ::serde::Serialize for Party {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                crate::codec::put_some(&mut map, "name", &self.name)?;
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
    /**Get Customer

Sends a `GET` request to `/customers/{customer_id}`

*/
    pub async fn get_customer<'a>(
        &'a self,
        customer_id: &'a ::uuid::Uuid,
    ) -> ::std::result::Result<
        ResponseValue<crate::generated::model::customers::GetCustomerResponse>,
        crate::Error,
    > {
        self.execute(
                "get_customer",
                ::std::boxed::Box::pin(self.raw().get_customer(customer_id)),
            )
            .await
    }
    /**Fetch Rates

Sends a `GET` request to `/rates`

*/
    ///
    /// Returns the request: set its parameters by name, then `send()` it.
    pub fn fetch_rates<'a>(&'a self) -> requests::FetchRates<'a> {
        requests::FetchRates {
            client: self,
            currency: ::std::option::Option::None,
        }
    }
}
/// Calls of operations with query parameters, being built: set the
/// parameters by name, then `send()`.
pub mod requests {
    #[allow(unused_imports)]
    use super::*;
    /// A `fetch_rates` call: set its parameters by name, then [`send`](FetchRates::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone, Debug)]
    pub struct FetchRates<'a> {
        pub(crate) client: &'a crate::Client,
        pub(crate) currency: ::std::option::Option<&'a str>,
    }
    impl<'a> FetchRates<'a> {
        /// Sets the `currency` parameter.
        pub fn currency(mut self, value: &'a str) -> Self {
            self.currency = ::std::option::Option::Some(value);
            self
        }
        /// Sends the request (through the client's options, retries and
        /// deadline); a required parameter not set is
        /// `Error::InvalidRequest`, before anything is sent.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<crate::generated::model::fees_fx_rates::FetchRatesResponse>,
            crate::Error,
        > {
            let currency = self.currency;
            let client = self.client;
            client
                .execute(
                    "fetch_rates",
                    ::std::boxed::Box::pin(client.raw().fetch_rates(currency)),
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
        /// Answers `GET /customers/{customer_id}` for these path parameters.
        pub fn on_get_customer<'a>(
            &self,
            customer_id: &'a ::uuid::Uuid,
        ) -> crate::mock::Expectation<
            '_,
            crate::generated::model::customers::GetCustomerResponse,
        > {
            crate::mock::Expectation::new(
                self,
                "GET",
                format!(
                    "/customers/{0}", ::progenitor_client::encode_path(& customer_id
                    .to_string())
                ),
                200u16,
            )
        }
        /// Answers `GET /rates` for these path parameters.
        pub fn on_fetch_rates<'a>(
            &self,
        ) -> crate::mock::Expectation<
            '_,
            crate::generated::model::fees_fx_rates::FetchRatesResponse,
        > {
            crate::mock::Expectation::new(
                self,
                "GET",
                ::std::string::String::from("/rates"),
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
            "get_customer" => {
                Some(
                    Ok(
                        Box::pin(async move {
                            let arg0: ::uuid::Uuid = ::serde_json::from_str(
                                    "\"0b6c3f1e-6c1a-4a53-9c55-2f7a0a51c0de\"",
                                )
                                .map_err(|e| {
                                    format!(
                                        "example for `{}` does not decode: {}", "customer_id", e
                                    )
                                })?;
                            let response = client
                                .get_customer(&arg0)
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
            "fetch_rates" => {
                Some(
                    Ok(
                        Box::pin(async move {
                            let arg0: ::std::option::Option<::std::string::String> = ::serde_json::from_str(
                                    "\"example\"",
                                )
                                .map_err(|e| {
                                    format!(
                                        "example for `{}` does not decode: {}", "currency", e
                                    )
                                })?;
                            let response = {
                                let call = client.fetch_rates();
                                let call = match arg0.as_deref() {
                                    Some(value) => call.currency(value),
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
        ("get_customer", "GET", "/customers/{customer_id}"),
        ("fetch_rates", "GET", "/rates"),
    ];
    /// Every method's arguments other than its body: (method name,
    /// parameter name (a keyword without its trailing `_`), Rust type as
    /// passed).
    pub fn parameters() -> ::std::vec::Vec<(&'static str, &'static str, &'static str)> {
        ::std::vec::Vec::from([
            (
                "get_customer",
                "customer_id",
                ::std::any::type_name::<&'static ::uuid::Uuid>(),
            ),
            ("fetch_rates", "currency", ::std::any::type_name::<Option<&'static str>>()),
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
            ("get_customer", "200") => {
                Some(
                    action
                        .with::<
                            crate::generated::model::customers::GetCustomerResponse,
                        >(),
                )
            }
            ("fetch_rates", "200") => {
                Some(
                    action
                        .with::<
                            crate::generated::model::fees_fx_rates::FetchRatesResponse,
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
    pub const UNIONS: &[UnionCase] = &[];
}
/// The spec's 2xx JSON examples, for the mock kit.
#[cfg(feature = "mock")]
pub mod mock_examples {
    /// (HTTP method, concrete path, status, JSON body), in spec order.
    pub const EXAMPLES: &[(&str, &str, u16, &str)] = &[];
}
