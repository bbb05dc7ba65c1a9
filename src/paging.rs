//! Walking list endpoints page by page (`current_page` / `per_page`).
//!
//! Every paged list response implements [`Page`] (generated from the spec),
//! and [`items`] turns a "fetch page N" closure into a stream of all items;
//! [`try_collect`] gathers them, and [`StreamExt`] (re-exported) takes them
//! one at a time, so neither needs a dependency of your own:
//!
//! ```no_run
//! # #[cfg(fin_api_full_spec)]
//! # async fn run(client: fin_api::Client) -> Result<(), fin_api::Error> {
//! use fin_api::paging::{items, try_collect, StreamExt};
//! let industries = try_collect(items(|page| client.list_industries(Some(page), Some(100)))).await?;
//! let mut one_by_one = std::pin::pin!(items(|page| client.list_industries(Some(page), Some(100))));
//! while let Some(industry) = one_by_one.next().await {
//!     println!("{:?}", industry?.title);
//! }
//! # Ok(()) }
//! ```

use std::future::Future;

pub use futures_util::{Stream, StreamExt};

use crate::{Error, ResponseValue};

/// Where a page stands in the whole list, as the API reports it.
///
/// `#[non_exhaustive]`: outside this crate, start from
/// `PageInfo::default()` and set the fields you know.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PageInfo {
    /// The number of this page (from 1).
    pub current_page: Option<i64>,
    /// Items per page.
    pub per_page: Option<i64>,
    /// How many pages there are.
    pub total_page: Option<i64>,
    /// How many items there are.
    pub total: Option<i64>,
}

/// A list response that comes in pages.
pub trait Page {
    /// One item of the list.
    type Item;
    /// The page's items and its position in the list.
    fn into_parts(self) -> (Vec<Self::Item>, Option<PageInfo>);
}

/// All items of a paged list, fetching page 1, 2, … with `fetch` until the
/// last page (by `total_page`), an empty page, or a page that does not
/// advance. The first error ends the stream after being yielded.
pub fn items<T, F, Fut>(fetch: F) -> impl Stream<Item = Result<T::Item, Error>>
where
    T: Page,
    F: FnMut(i64) -> Fut,
    Fut: Future<Output = Result<ResponseValue<T>, Error>>,
{
    struct State<F> {
        fetch: F,
        next: Option<i64>,
    }
    let pages = futures_util::stream::unfold(
        State {
            fetch,
            next: Some(1),
        },
        |mut state| async move {
            let page = state.next?;
            match (state.fetch)(page).await {
                Err(error) => {
                    state.next = None;
                    Some((Err(error), state))
                }
                Ok(response) => {
                    let (items, info) = response.into_inner().into_parts();
                    let current = info.and_then(|i| i.current_page).unwrap_or(page);
                    let last = info.and_then(|i| i.total_page).unwrap_or(current);
                    // A server that does not advance, or says there is no more,
                    // ends the walk: no endless loop on a bad page count.
                    state.next = (!items.is_empty() && current >= page && current < last)
                        .then_some(current + 1);
                    Some((Ok(items), state))
                }
            }
        },
    );
    futures_util::StreamExt::flat_map(pages, |page: Result<Vec<T::Item>, Error>| {
        let items: Vec<Result<T::Item, Error>> = match page {
            Ok(items) => items.into_iter().map(Ok).collect(),
            Err(error) => vec![Err(error)],
        };
        futures_util::stream::iter(items)
    })
}

/// Every item of `stream` (e.g. [`items`]'s) in a `Vec`, or its first
/// error: `TryStreamExt::try_collect` without a `futures` dependency.
pub async fn try_collect<T>(stream: impl Stream<Item = Result<T, Error>>) -> Result<Vec<T>, Error> {
    let mut stream = std::pin::pin!(stream);
    let mut all = Vec::new();
    while let Some(item) = stream.next().await {
        all.push(item?);
    }
    Ok(all)
}
