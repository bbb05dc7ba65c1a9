//! The mock server (feature `mock`) through the real client.

use std::time::Duration;

use fin_api::mock::{MockResponse, MockServer, Reply, MOCK_TOKEN, REFRESH_PATH, TOKEN_PATH};
use fin_api::ApiError;

mod support;
use serde_json::json;
use uuid::{uuid, Uuid};

const BUSINESS: Uuid = uuid!("671536f8-ddc5-4b1e-bd6f-27d0ed07a27c");
const INDIVIDUAL: Uuid = uuid!("1f45e58d-0420-4ad8-a790-413169bfab28");

#[tokio::test]
async fn serves_the_spec_examples_at_their_ids() {
    let server = MockServer::start().await.expect("starts");
    assert!(server.url().starts_with("http://127.0.0.1:"));
    assert_eq!(server.example_customer_ids(), [BUSINESS, INDIVIDUAL]);
    let client = server.client().expect("client");
    let business = client
        .get_customer_details_v2(&BUSINESS)
        .await
        .expect("business")
        .into_inner()
        .data
        .expect("data");
    assert_eq!(business.rfi_items().len(), 10);
    let individual = client
        .get_customer_details_v2(&INDIVIDUAL)
        .await
        .expect("individual")
        .into_inner()
        .data
        .expect("data");
    assert_eq!(individual.display_name().as_deref(), Some("John Doe"));

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].method, "GET");
    assert_eq!(requests[0].path, format!("/v2/customers/{BUSINESS}"));
    assert_eq!(
        requests[0].header("authorization"),
        Some(format!("Bearer {MOCK_TOKEN}").as_str())
    );
}

#[tokio::test]
async fn a_call_with_no_example_or_stub_is_a_501_naming_the_stub_and_verify_lists_it() {
    let server = MockServer::start().await.expect("starts");
    let client = server.client().expect("client");
    server.verify().expect("nothing unanswered yet");
    let started = std::time::Instant::now();
    let error = client
        .get_customer_details_v2(&Uuid::nil())
        .await
        .expect_err("unanswered");
    // Unlike any answer of the API: a 501 naming the operation and the
    // stub to add, returned at once (not retried).
    assert_eq!(error.status().map(|s| s.as_u16()), Some(501));
    let message = error
        .api_error()
        .and_then(|e| e.message.clone())
        .unwrap_or_default();
    assert!(
        message.contains("get_customer_details_v2")
            && message.contains("server.on_get_customer_details_v2(..)"),
        "{message}"
    );
    assert!(started.elapsed() < Duration::from_secs(5), "not retried");
    assert_eq!(server.count(&format!("/v2/customers/{}", Uuid::nil())), 1);
    let unanswered = server.verify().expect_err("an unanswered call");
    assert_eq!(unanswered.unanswered().len(), 1);
    assert!(unanswered.unmet().is_empty());
    assert!(
        unanswered.to_string().contains(&format!(
            "no example or stub for get_customer_details_v2 (GET /v2/customers/{})",
            Uuid::nil()
        )),
        "{unanswered}"
    );
    // A path no operation has says so, and names `respond`.
    let response = reqwest::Client::new()
        .get(format!("{}/v9/nothing", server.url()))
        .bearer_auth(MOCK_TOKEN)
        .send()
        .await
        .expect("response");
    assert_eq!(response.status().as_u16(), 501);
    assert_eq!(
        response
            .headers()
            .get(fin_api::mock::UNANSWERED_HEADER)
            .and_then(|v| v.to_str().ok()),
        Some("unanswered")
    );
    let body: serde_json::Value = response.json().await.expect("json");
    let text = body["message"].as_str().unwrap_or_default();
    assert!(
        text.contains("server.respond(\"GET\", \"/v9/nothing\""),
        "{text}"
    );
    assert_eq!(server.verify().expect_err("two").unanswered().len(), 2);
}

#[tokio::test]
async fn a_stub_answers_by_query_parameters() {
    let server = MockServer::start_empty().await.expect("starts");
    let id = Uuid::new_v4();
    let page = |n: u32| MockResponse::json(200, &json!({ "page": n }));
    let first = server
        .on_get_customer_details_v2(&id)
        .query("current_page", 1)
        .times(1)
        .respond(page(1));
    let second = server
        .on_get_customer_details_v2(&id)
        .query("current_page", "2")
        .query("per_page", "10")
        .times(1)
        .respond(page(2));
    assert_eq!(
        second.route(),
        format!("GET /v2/customers/{id}?current_page=2&per_page=10")
    );
    let http = reqwest::Client::new();
    let get = |query: &'static str| {
        let request = http
            .get(format!("{}/v2/customers/{id}?{query}", server.url()))
            .bearer_auth(MOCK_TOKEN);
        async move {
            let response = request.send().await.expect("response");
            let status = response.status().as_u16();
            (
                status,
                response.json::<serde_json::Value>().await.expect("json"),
            )
        }
    };
    assert_eq!(
        get("per_page=10&current_page=1").await,
        (200, json!({"page": 1}))
    );
    assert_eq!(
        get("per_page=10&current_page=%32").await,
        (200, json!({"page": 2}))
    );
    // Page 2 without per_page=10 matches neither answer.
    assert_eq!(get("current_page=2").await.0, 501);
    assert_eq!((first.count(), second.count()), (1, 1));
    assert_eq!(
        server
            .verify()
            .expect_err("one unanswered")
            .unanswered()
            .len(),
        1
    );
}

#[tokio::test]
async fn a_typed_answer_keeps_every_digit() {
    let server = MockServer::start().await.expect("starts");
    let client = server.client().expect("client");
    let id = Uuid::new_v4();
    let body = format!(
        r#"{{"data": {{"type": "INDIVIDUAL", "customer_id": "{id}", "fee": 1234567890.123456789, "tiny": 2.220446049250313e-16, "huge": 1e400}}}}"#
    );
    let typed: fin_api::types::customers::GetCustomerDetailsV2Response =
        serde_json::from_str(&body).expect("decodes");
    server.on_get_customer_details_v2(&id).ok(&typed);
    let back = client
        .get_customer_details_v2(&id)
        .await
        .expect("ok")
        .into_inner();
    let text = serde_json::to_string(&back).expect("encodes");
    for number in ["1234567890.123456789", "2.220446049250313e-16", "1e400"] {
        assert!(text.contains(number), "{number} in {text}");
    }
}

#[tokio::test]
async fn expectations_override_the_examples() {
    let server = MockServer::start().await.expect("starts");
    let client = server.client().expect("client");
    let approved: fin_api::types::customers::GetCustomerDetailsV2Response = serde_json::from_value(
        json!({"data": {"type": "BUSINESS", "customer_id": BUSINESS, "customer_status": "APPROVED"}}),
    )
    .expect("a response");
    server.on_get_customer_details_v2(&BUSINESS).ok(&approved);
    let customer = client
        .get_customer_details_v2(&BUSINESS)
        .await
        .expect("ok")
        .into_inner()
        .data
        .expect("data");
    assert!(customer.is_approved());

    let id = Uuid::new_v4();
    let field_error: fin_api::json::JsonMap = [(
        "customer_id".to_owned(),
        fin_api::json::RawJson::from_text(r#""bad""#).expect("JSON"),
    )]
    .into_iter()
    .collect();
    let invalid = ApiError::new()
        .with_message("Invalid")
        .with_errors(vec![field_error]);
    server.on_get_customer_details_v2(&id).error(422, &invalid);
    let error = client.get_customer_details_v2(&id).await.expect_err("422");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(422));
    assert_eq!(
        error.api_error().and_then(|e| e.message.as_deref()),
        Some("Invalid")
    );

    server
        .on_get_customer_details_v2(&id)
        .respond(MockResponse::raw(200, "application/json", "{not json"));
    let error = client
        .get_customer_details_v2(&id)
        .await
        .expect_err("undecodable");
    assert!(error.to_string().contains("decode"), "{error}");
}

#[tokio::test]
async fn requests_without_a_token_get_401() {
    let server = MockServer::start().await.expect("starts");
    let response = reqwest::get(format!("{}/v2/customers/{BUSINESS}", server.url()))
        .await
        .expect("response");
    assert_eq!(response.status().as_u16(), 401);
    let body: serde_json::Value = response.json().await.expect("json");
    assert_eq!(body["message"], "Authentication failed");
}

#[tokio::test]
async fn an_empty_server_serves_nothing_but_what_is_added() {
    let server = MockServer::start_empty().await.expect("starts");
    assert!(server.example_customer_ids().is_empty());
    let client = server.client().expect("client");
    let error = client
        .get_customer_details_v2(&BUSINESS)
        .await
        .expect_err("unanswered");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(501));
}

#[tokio::test]
async fn the_token_endpoints_serve_a_client_with_credentials() {
    let server = MockServer::start().await.expect("starts");
    let client = server.client_with_credentials().expect("client");
    for _ in 0..2 {
        let customer = client
            .get_customer_details_v2(&BUSINESS)
            .await
            .expect("business")
            .into_inner();
        assert!(customer.data.is_some());
    }
    // One grant, then the cached token.
    assert_eq!(server.count(TOKEN_PATH), 1);
    let requests = server.requests();
    assert_eq!(requests[0].path, TOKEN_PATH);
    assert_eq!(
        requests[0].json()["client_id"],
        fin_api::mock::MOCK_CLIENT_ID
    );
    assert_eq!(
        requests[1].header("authorization"),
        Some("Bearer mock-access-token-1")
    );
}

#[tokio::test]
async fn short_lived_tokens_are_renewed_through_the_refresh_endpoint() {
    let server = MockServer::start().await.expect("starts");
    // Under the client's 60 s margin: every call renews first.
    server.token_lifetime(Duration::from_secs(30));
    let client = server.client_with_credentials().expect("client");
    for _ in 0..3 {
        client
            .get_customer_details_v2(&INDIVIDUAL)
            .await
            .expect("individual");
    }
    assert_eq!(server.count(TOKEN_PATH), 1);
    assert_eq!(server.count(REFRESH_PATH), 2);
    let last = server.requests().pop().expect("requests");
    assert_eq!(
        last.header("authorization"),
        Some("Bearer mock-access-token-3")
    );
}

#[tokio::test]
async fn refused_credentials_are_an_authentication_error() {
    let server = MockServer::start().await.expect("starts");
    server.refuse_credentials();
    let client = server.client_with_credentials().expect("client");
    let error = client
        .get_customer_details_v2(&BUSINESS)
        .await
        .expect_err("refused");
    assert!(
        matches!(error, fin_api::Error::Authentication { .. }),
        "{error:?}"
    );
    assert!(!error.to_string().contains("mock-client-secret"), "{error}");
    // Nothing reached the API.
    assert_eq!(server.count(&format!("/v2/customers/{BUSINESS}")), 0);
}

#[tokio::test]
async fn expectations_count_their_calls_and_verify_names_the_unmet() {
    let server = MockServer::start().await.expect("starts");
    let client = server.client().expect("client");
    let gone = Uuid::new_v4();
    let once = server
        .on_get_customer_details_v2(&gone)
        .times(1)
        .error(404, &ApiError::new().with_message("gone"));
    let never = server
        .on_get_customer_details_v2(&INDIVIDUAL)
        .times(0)
        .error(500, &ApiError::new().with_message("down"));
    assert!(
        server.verify().is_err(),
        "the call expected once is missing"
    );
    client
        .get_customer_details_v2(&gone)
        .await
        .expect_err("404");
    assert_eq!(once.count(), 1);
    assert_eq!(never.count(), 0);
    server.verify().expect("met");

    client
        .get_customer_details_v2(&gone)
        .await
        .expect_err("404");
    let error = server.verify().expect_err("called twice");
    assert_eq!(
        error.to_string(),
        format!("1 mock expectation(s) not met: GET /v2/customers/{gone}: expected 1 call, got 2")
    );
    // Requests refused for a missing token do not count.
    reqwest::get(format!("{}/v2/customers/{gone}", server.url()))
        .await
        .expect("response");
    assert_eq!(once.count(), 2);
}

#[tokio::test]
async fn a_reply_can_misbehave() {
    let server = MockServer::start().await.expect("starts");
    let client = fin_api::Client::builder()
        .base_url(server.url())
        .access_token(MOCK_TOKEN)
        .timeout(Duration::from_millis(200))
        .max_retries(0)
        .build()
        .expect("client");
    let hits = server
        .on_get_customer_details_v2(&BUSINESS)
        .respond(Reply::Stall);
    let error = client
        .get_customer_details_v2(&BUSINESS)
        .await
        .expect_err("stalled");
    assert!(matches!(error, fin_api::Error::Timeout { .. }), "{error:?}");
    assert_eq!(hits.count(), 1);
}

#[tokio::test]
#[cfg_attr(
    not(fin_api_full_spec),
    ignore = "needs the crate built with FIN_API_SPEC=../shared/upstream/fin-openapi.yaml (.ci/run does)"
)]
async fn the_examples_follow_the_spec_the_crate_was_built_from() {
    // Read here from the file the build used; the mock serves a table made
    // at build time. Each GET without path parameters serves its first
    // 2xx example.
    let spec = support::spec();
    let mut expected: Vec<(String, serde_json::Value)> = Vec::new();
    for example in support::response_examples(&spec) {
        let (_, method, path) = fin_api::spec_table::OPERATIONS
            .iter()
            .find(|(id, _, _)| *id == example.operation)
            .expect("an operation");
        let first = !expected.iter().any(|(p, _)| p == path);
        if *method == "GET" && !path.contains('{') && example.status.starts_with('2') && first {
            expected.push((path.to_string(), example.value));
        }
    }
    assert!(!expected.is_empty(), "the full spec has list examples");
    let server = MockServer::start().await.expect("starts");
    let http = reqwest::Client::new();
    for (path, value) in &expected {
        let response = http
            .get(format!("{}{path}", server.url()))
            .bearer_auth(MOCK_TOKEN)
            .send()
            .await
            .expect("response");
        assert!(
            response.status().is_success(),
            "{path}: {}",
            response.status()
        );
        let body: serde_json::Value = response.json().await.expect("json");
        assert_eq!(&body, value, "{path}");
    }
}

#[tokio::test]
#[cfg_attr(
    not(fin_api_full_spec),
    ignore = "list endpoints exist only in a build with FIN_API_SPEC=../shared/upstream/fin-openapi.yaml (.ci/run does)"
)]
async fn two_pages_of_a_list_from_query_stubs() {
    #[cfg(fin_api_full_spec)]
    {
        let server = MockServer::start().await.expect("starts");
        let client = server.client().expect("client");
        for page in 1..=2 {
            let industries: Vec<_> = (1..=2)
                .map(|i| json!({ "id": page * 10 + i, "title": format!("p{page}-{i}") }))
                .collect();
            let body = json!({ "data": {
                "pagination": { "current_page": page, "per_page": 2, "total_page": 2, "total": 4 },
                "industries": industries,
            } });
            server
                .on_list_industries()
                .query("current_page", page)
                .times(1)
                .respond(MockResponse::json(200, &body));
        }
        // The request's own stream: no closure, the other parameters
        // (`per_page`) on every page.
        let items = fin_api::paging::try_collect(client.list_industries().per_page(2).stream())
            .await
            .expect("both pages");
        let ids: Vec<i64> = items.iter().filter_map(|i| i.id).collect();
        assert_eq!(ids, [11, 12, 21, 22]);
        server.verify().expect("each page once, nothing unanswered");
        assert!(server
            .requests()
            .iter()
            .filter(|r| r.path == "/v1/industries")
            .all(|r| r.query.contains("per_page=2")));
    }
}

/// A list paged by `page`/`limit` streams the same way, and stops at an
/// empty page even when the server claims more.
#[tokio::test]
#[cfg_attr(
    not(fin_api_full_spec),
    ignore = "list endpoints exist only in a build with FIN_API_SPEC=../shared/upstream/fin-openapi.yaml (.ci/run does)"
)]
async fn a_page_limit_list_streams_its_pages() {
    #[cfg(fin_api_full_spec)]
    {
        let server = MockServer::start().await.expect("starts");
        let client = server.client().expect("client");
        let beneficiary = uuid::Uuid::from_u128(7);
        for page in 1..=3 {
            let transactions: Vec<_> = if page <= 2 {
                (1..=2)
                    .map(|i| json!({ "id": uuid::Uuid::from_u128(page * 10 + i), "transaction_type": "OFFRAMP" }))
                    .collect()
            } else {
                Vec::new()
            };
            let body = json!({ "data": {
                "pagination": { "current_page": page, "per_page": 2, "total_page": 9, "total": 18 },
                "transactions": transactions,
            } });
            server
                .on_list_beneficiary_transactions(&beneficiary)
                .query("page", page)
                .times(1)
                .respond(MockResponse::json(200, &body));
        }
        let items = fin_api::paging::try_collect(
            client
                .list_beneficiary_transactions(&beneficiary)
                .limit(2)
                .stream(),
        )
        .await
        .expect("the pages");
        let ids: Vec<u128> = items
            .iter()
            .filter_map(|t| t.id)
            .map(|id| id.as_u128())
            .collect();
        assert_eq!(
            ids,
            [11, 12, 21, 22],
            "two full pages, then the empty third ends it"
        );
        server.verify().expect("each page once, nothing unanswered");
    }
}

#[tokio::test]
#[cfg_attr(
    not(fin_api_full_spec),
    ignore = "the transaction examples are in the full spec only (FIN_API_SPEC=../shared/upstream/fin-openapi.yaml, .ci/run)"
)]
async fn transaction_examples_are_served_at_their_own_ids() {
    #[cfg(fin_api_full_spec)]
    {
        let server = MockServer::start().await.expect("starts");
        let client = server.client().expect("client");
        let ids = [
            uuid!("8fe1ca7c-4e6e-44c6-8706-87ac74c22554"),
            uuid!("4835aa27-3c8d-4a68-b4c8-331ade5bb496"),
            uuid!("11e9dea6-7891-43dd-a582-281394edd288"),
            uuid!("8c92e9dd-6456-4aee-a441-1861144f1d8b"),
        ];
        for id in ids {
            let response = client
                .get_transaction_by_id_v2(&id)
                .await
                .unwrap_or_else(|e| panic!("{id}: {e}"));
            let text = serde_json::to_string(&response.into_inner()).expect("encodes");
            assert!(text.contains(&id.to_string()), "{id}: {text}");
        }
        server.verify().expect("every call answered by an example");
    }
}
