//! The mock server (feature `mock`) through the real client.

use fin_api::mock::{MockResponse, MockServer, MOCK_TOKEN};
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
async fn unknown_ids_get_a_404_api_error() {
    let server = MockServer::start().await.expect("starts");
    let client = server.client().expect("client");
    let error = client
        .get_customer_details_v2(&Uuid::nil())
        .await
        .expect_err("404");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(
        error.api_error().and_then(|e| e.message.as_deref()),
        Some("Resource not found")
    );
}

#[tokio::test]
async fn expectations_override_the_examples() {
    let server = MockServer::start().await.expect("starts");
    let client = server.client().expect("client");
    let approved: fin_api::types::GetCustomerDetailsV2Response = serde_json::from_value(
        json!({"data": {"type": "BUSINESS", "customer_id": BUSINESS, "customer_status": "APPROVED"}}),
    )
    .expect("a response");
    server.on_get_customer_details_v2(BUSINESS).ok(&approved);
    let customer = client
        .get_customer_details_v2(&BUSINESS)
        .await
        .expect("ok")
        .into_inner()
        .data
        .expect("data");
    assert!(customer.is_approved());

    let id = Uuid::new_v4();
    let invalid: fin_api::types::ApiError =
        serde_json::from_value(json!({"message": "Invalid", "errors": [{"customer_id": "bad"}]}))
            .expect("an error");
    server.on_get_customer_details_v2(id).error(422, &invalid);
    let error = client.get_customer_details_v2(&id).await.expect_err("422");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(422));
    assert_eq!(
        error.api_error().and_then(|e| e.message.as_deref()),
        Some("Invalid")
    );

    server
        .on_get_customer_details_v2(id)
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
        .expect_err("404");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
}
