//! `paging::items` walks every page of a list endpoint, through the real
//! client against a server on 127.0.0.1 (list endpoints exist in the full
//! spec only).
#![cfg_attr(not(fin_api_full_spec), allow(unused))]

mod support;

use futures_util::TryStreamExt;
use serde_json::json;
use support::server::{Reply, Server};

fn page_of(query: &str, total_page: i64) -> Reply {
    let page: i64 = query
        .split('&')
        .find_map(|kv| kv.strip_prefix("current_page="))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let industries: Vec<_> = (1..=2)
        .map(|i| json!({ "id": page * 10 + i, "title": format!("p{page}-{i}") }))
        .collect();
    Reply::json(
        200,
        json!({ "data": {
            "pagination": { "current_page": page, "per_page": 2, "total_page": total_page, "total": total_page * 2 },
            "industries": if page <= total_page { industries } else { vec![] }
        } }),
    )
}

#[tokio::test]
#[cfg_attr(
    not(fin_api_full_spec),
    ignore = "list endpoints exist only in a build with FIN_API_SPEC=../shared/upstream/fin-openapi.yaml (.ci/run does)"
)]
async fn items_walks_every_page_then_stops() {
    #[cfg(fin_api_full_spec)]
    {
        let server = Server::start(|request, _| page_of(&request.query, 3)).await;
        let client = fin_api::Client::builder()
            .base_url(server.url())
            .access_token("t")
            .build()
            .expect("client");
        let items = fin_api::paging::try_collect(fin_api::paging::items(|page| {
            client.list_industries(Some(page), Some(2))
        }))
        .await
        .expect("all pages");
        let ids: Vec<i64> = items.iter().filter_map(|i| i.id).collect();
        assert_eq!(ids, [11, 12, 21, 22, 31, 32]);
        let pages: Vec<String> = server.requests().iter().map(|r| r.query.clone()).collect();
        assert_eq!(
            pages.len(),
            3,
            "one request per page, none past the last: {pages:?}"
        );
        assert!(pages[2].contains("current_page=3"));

        // A server that claims more pages than it has stops at the first empty one.
        let liar = Server::start(|request, _| {
            let mut reply = page_of(&request.query, 2);
            if request.query.contains("current_page=3") {
                reply = Reply::json(200, json!({ "data": { "pagination": { "current_page": 3, "total_page": 99 }, "industries": [] } }));
            }
            reply
        })
        .await;
        let client = fin_api::Client::builder()
            .base_url(liar.url())
            .access_token("t")
            .build()
            .expect("client");
        let count = fin_api::paging::items(|page| client.list_industries(Some(page), Some(2)))
            .try_fold(0, |n, _| async move { Ok(n + 1) })
            .await
            .expect("pages");
        assert_eq!(count, 4);

        // An error ends the stream after being yielded.
        let failing = Server::start(|request, _| {
            if request.query.contains("current_page=2") {
                Reply::json(500, json!({ "message": "boom" }))
            } else {
                page_of(&request.query, 3)
            }
        })
        .await;
        let client = fin_api::Client::builder()
            .base_url(failing.url())
            .access_token("t")
            .max_retries(0)
            .build()
            .expect("client");
        let results: Vec<_> = futures_util::StreamExt::collect(fin_api::paging::items(|page| {
            client.list_industries(Some(page), Some(2))
        }))
        .await;
        assert_eq!(results.len(), 3, "two items, then the error");
        assert!(results[2]
            .as_ref()
            .is_err_and(|e| e.status().map(|s| s.as_u16()) == Some(500)));
    }
}
