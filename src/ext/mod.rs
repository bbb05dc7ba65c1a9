//! Hand-written conveniences on top of the generated types: what a customer
//! stuck in compliance must do, in one call.
//!
//! ```no_run
//! # async fn run(client: &fin_api::Client, id: uuid::Uuid) -> Result<(), fin_api::Error> {
//! let response = client.get_customer_details_v2(&id).await?.into_inner();
//! if let Some(customer) = response.data {
//!     if customer.is_action_required() {
//!         for item in customer.rfi_items() {
//!             println!("{:?} {:?}: {:?}", item.section, item.field_name, item.reason);
//!         }
//!     }
//!     println!("{}", customer.summary()); // a readable checklist
//! }
//! # Ok(())
//! # }
//! ```
//!
//! The helpers are inherent methods of [`CustomerDetails`](crate::types::customers::CustomerDetails)
//! (`customer_id`, `kind`, `display_name`, `status`, `is_action_required`,
//! `has_open_requests`, `is_approved`, `is_rejected`, `is_in_progress`,
//! `rfi_items`, `rejections`, `summary`), for Business and Individual
//! customers alike.
//!
//! The types here ([`RfiItem`], [`Rejection`], [`CustomerSummary`], …) are
//! `#[non_exhaustive]`: a later version may add fields or variants without a
//! breaking change, so match them with `..` or a wildcard arm.

mod checklist;
mod customer;
mod party;
pub mod rejection;
pub mod rfi;

pub use customer::{CustomerKind, CustomerSummary};
pub use rejection::{Rejection, RejectionLevel};
pub use rfi::RfiItem;
