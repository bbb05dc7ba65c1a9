//! Hostile API servers: redirects, huge, endless, stalled and cut bodies,
//! secrets echoed back, huge bad values, `Retry-After: 0`. Each test runs
//! against a real server on 127.0.0.1; the README's "Guarantees" section
//! names them.

mod support;

use std::time::{Duration, Instant};

use fin_api::{Client, Error};
use support::fin::*;

const FIXED_TOKEN: &str = "fixed-SECRETMARK-token";

/// A client with a fixed token and short timings.
fn fixed(server: &Server) -> fin_api::ClientBuilder {
    Client::builder()
        .base_url(server.url())
        .access_token(FIXED_TOKEN)
        .timeout(Duration::from_secs(5))
        .deadline(Duration::from_secs(20))
}

/// A server on 127.0.0.1 that records whatever reaches it, and the URL
/// that reaches it under the host name `localhost`.
async fn elsewhere() -> (Server, String) {
    let server = Server::start(|_, _| customer()).await;
    let url = server.url().replace("127.0.0.1", "localhost");
    (server, url)
}

/// Checks that `error` is an invalid response with `status`, naming the
/// host `localhost`.
fn assert_refused_origin(error: &Error, status: u16) {
    match error {
        Error::InvalidResponse {
            status: Some(s),
            reason,
            ..
        } if s.as_u16() == status => assert!(reason.contains("`localhost`"), "{reason}"),
        other => panic!("expected an invalid response ({status}), got {other:?}"),
    }
    clean_error(error);
}

#[tokio::test]
async fn redirects_are_not_followed() {
    let (other, other_url) = elsewhere().await;
    let to = format!("{other_url}/steal");
    let server = Server::start(move |request, _| {
        let status = match request.path.as_str() {
            TOKEN_PATH => 307,
            REFRESH_PATH => 308,
            _ => 302,
        };
        Reply::json(status, serde_json::json!({})).header("location", &to)
    })
    .await;

    // The token request: the credentials are not re-posted elsewhere.
    let error = get_customer(builder(&server)).await.unwrap_err();
    assert_refused_origin(&error, 307);

    // An API call: the token is not sent elsewhere, the other answer not
    // returned.
    let error = get_customer(fixed(&server)).await.unwrap_err();
    assert_refused_origin(&error, 302);
    assert!(other.requests().is_empty(), "{:?}", other.requests());
}

#[tokio::test]
async fn own_http_client_redirected_elsewhere_is_an_error() {
    let (_other, other_url) = elsewhere().await;
    let to = format!("{other_url}{CUSTOMER_PATH}");
    let server =
        Server::start(move |_, _| Reply::json(302, serde_json::json!({})).header("location", &to))
            .await;
    // reqwest's default client follows redirects.
    let error = get_customer(fixed(&server).http_client(reqwest::Client::new()))
        .await
        .unwrap_err();
    assert_refused_origin(&error, 200);
}

#[tokio::test]
async fn bodies_past_the_limit_fail_and_error_bodies_are_cut() {
    // Endless, and declared longer than the limit.
    for reply in [
        Reply::endless(200),
        Reply::stream(200, Some(1 << 30), b"{", 1),
    ] {
        let server = Server::start(move |_, _| reply.clone()).await;
        let error = get_customer(fixed(&server).max_response_bytes(1 << 20))
            .await
            .unwrap_err();
        assert!(
            matches!(error, Error::ResponseTooLarge { limit, .. } if limit == 1 << 20),
            "{error:?}"
        );
        assert!(error.to_string().contains("1048576"), "{error}");
    }
    // An endless error page: its status, with an excerpt.
    let server = Server::start(|_, _| Reply::endless(500)).await;
    let error = get_customer(fixed(&server).max_retries(0))
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(500), "{error:?}");
    assert!(
        error.to_string().len() < 1024,
        "{}",
        error.to_string().len()
    );
}

#[tokio::test]
async fn body_reading_ends_by_the_deadline() {
    let deadline = Duration::from_secs(1);
    for reply in [
        // Stalls after the first bytes.
        Reply::stream(200, Some(1000), b"{\"data\":", 1).then_stall(),
        // Drips a byte every 50 ms.
        Reply::stream(200, Some(1000), b" ", 1000).pause(Duration::from_millis(50)),
        // Never ends (stopped by the deadline or the size limit).
        Reply::endless(200),
        // 100 MB of valid JSON: read and decoded in full, it would take
        // longer than the deadline (decoding cannot be interrupted).
        Reply::Respond {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into())],
            body: format!(
                "{{\"data\":{{\"customer_id\":\"{CUSTOMER_ID}\",\"type\":\"INDIVIDUAL\",\"email\":\"{}\"}}}}",
                "x".repeat(100 << 20)
            )
            .into(),
            delay: Duration::ZERO,
        },
    ] {
        let server = Server::start(move |_, _| reply.clone()).await;
        let (result, spent) = timed_get_customer(
            fixed(&server)
                .timeout(Duration::from_secs(30))
                .deadline(deadline),
        )
        .await;
        let error = result.unwrap_err();
        assert!(
            matches!(
                error,
                Error::Timeout { .. } | Error::ResponseTooLarge { .. }
            ),
            "{error:?}"
        );
        // The deadline, plus scheduling slack; not the body's length.
        assert!(spent < deadline + Duration::from_millis(500), "{spent:?}");
    }
}

#[tokio::test]
async fn get_with_a_cut_or_stalled_body_is_retried() {
    let server = Server::start(|_, n| match n {
        // Cut mid-way: the connection closes after 8 of 1000 bytes.
        1 => Reply::stream(200, Some(1000), b"{\"data\":", 1),
        // Stalls mid-way: the attempt times out.
        2 => Reply::stream(200, Some(1000), b"{\"data\":", 1).then_stall(),
        _ => customer(),
    })
    .await;
    let response = get_customer(fixed(&server).timeout(Duration::from_millis(500)))
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(server.count(CUSTOMER_PATH), 3);
}

#[tokio::test]
async fn secrets_echoed_by_the_server_are_scrubbed() {
    // The fixed token echoed in a 401's message, and reflected by an HTML
    // error page across the 512-character cut of the excerpt (its first
    // ten characters before the cut).
    let page = format!("{}Bearer {FIXED_TOKEN}", "x".repeat(495));
    let server = Server::start(move |_, n| match n {
        1 => Reply::json(
            401,
            serde_json::json!({"message": format!("token {FIXED_TOKEN} is not valid")}),
        ),
        _ => Reply::text(500, &page),
    })
    .await;
    let client = fixed(&server).max_retries(0).build().unwrap();
    for _ in 0..2 {
        let error = client
            .get_customer_details_v2(&customer_id())
            .await
            .unwrap_err();
        let shown = clean_error(&error);
        assert!(!shown.contains("fixed-SECR"), "{shown}");
        assert!(shown.contains("[redacted]"), "{shown}");
    }

    // A token issued by the endpoint, echoed in a 500's JSON message.
    let server = fin_server(|request, _| {
        let token = request
            .header("authorization")
            .unwrap_or_default()
            .to_owned();
        Reply::json(
            500,
            serde_json::json!({"message": format!("rejected {token}")}),
        )
    })
    .await;
    let error = get_customer(builder(&server).max_retries(0))
        .await
        .unwrap_err();
    let shown = clean_error(&error);
    assert!(shown.contains("[redacted]"), "{shown}");
}

#[tokio::test]
async fn base_url_with_credentials_query_or_fragment_is_refused() {
    let server = Server::start(|_, _| customer()).await;
    let url = server.url();
    let with_password = url.replace("http://", "http://user:pw-SECRETMARK@");
    for bad in [
        with_password,
        format!("{url}/?key=SECRETMARK"),
        format!("{url}/#SECRETMARK"),
    ] {
        match Client::builder().base_url(&bad).access_token("t").build() {
            Err(error @ Error::Config(_)) => {
                clean_error(&error);
            }
            other => panic!("{bad}: expected a configuration error, got {other:?}"),
        }
    }
    // Surrounding whitespace is ignored.
    let client = fixed(&server)
        .base_url(format!("  {url}/ \n"))
        .build()
        .unwrap();
    assert_eq!(client.base_url(), url);
    client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap();
    // A zero connect timeout is a configuration error.
    assert!(matches!(
        fixed(&server).connect_timeout(Duration::ZERO).build(),
        Err(Error::Config(_))
    ));
}

#[tokio::test]
async fn huge_bad_value_makes_a_short_error() {
    let value = "9".repeat(50 * 1024 * 1024);
    let body = format!(
        "{{\"data\":{{\"customer_id\":\"{CUSTOMER_ID}\",\"type\":\"INDIVIDUAL\",\"created_at\":\"{value}\"}}}}"
    );
    drop(value);
    let server = Server::start(move |_, _| Reply::Respond {
        status: 200,
        headers: vec![("content-type".into(), "application/json".into())],
        body: body.clone().into(),
        delay: Duration::ZERO,
    })
    .await;
    let error = get_customer(fixed(&server).max_response_bytes(64 << 20))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::InvalidResponse { .. }), "{error:?}");
    assert!(
        error.to_string().len() < 2048,
        "{}",
        error.to_string().len()
    );
    assert!(format!("{error:?}").len() < 4096);
}

#[tokio::test]
async fn retry_after_zero_or_past_still_waits_the_backoff() {
    for value in ["0", "Wed, 21 Oct 2015 07:28:00 GMT"] {
        let server = Server::start(move |_, _| {
            Reply::json(503, serde_json::json!({"message": "busy"})).header("retry-after", value)
        })
        .await;
        let started = Instant::now();
        let error = get_customer(fixed(&server).max_retries(3))
            .await
            .unwrap_err();
        assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
        assert_eq!(server.count(CUSTOMER_PATH), 4);
        // At least half of 250 + 500 + 1000 ms (the jittered backoff).
        assert!(
            started.elapsed() >= Duration::from_millis(875),
            "{value}: {:?}",
            started.elapsed()
        );
    }
}

#[tokio::test]
async fn errors_keep_their_source_retry_after_and_request_id() {
    let server = Server::start(|_, _| {
        Reply::json(429, serde_json::json!({"message": "slow down"}))
            .header("retry-after", "7")
            .header("x-request-id", "req-42")
    })
    .await;
    let error = get_customer(fixed(&server).max_retries(0))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Api { .. }), "{error:?}");
    assert_eq!(error.retry_after(), Some(Duration::from_secs(7)));
    assert_eq!(error.request_id(), Some("req-42"));

    // Connection refused: a transport error whose source is reqwest's.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let error = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .access_token(FIXED_TOKEN)
        .max_retries(0)
        .build()
        .unwrap()
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    let mut source = std::error::Error::source(&error);
    let mut found = false;
    while let Some(cause) = source {
        found |= cause.downcast_ref::<reqwest::Error>().is_some();
        source = cause.source();
    }
    assert!(found, "{error:?}");
}
