//! Hostile token endpoints: 256 concurrent calls on a cold cache against a
//! healthy, failing, refusing, slow and past-TTL endpoint; tokens a header
//! cannot carry; numeric lifetimes; timeouts that report the time spent.
//! Against a real server on 127.0.0.1; the README's "Guarantees" section
//! names these tests. Run with `--nocapture` to see the token requests
//! per scenario.

mod support;

use std::sync::Arc;
use std::time::Duration;

use fin_api::Error;
use support::fin::*;

const CALLS: usize = 256;
/// How long a failed token flight's error is handed to new calls: a bit
/// more than the retry policy's first wait (250 ms).
const HOLD: Duration = Duration::from_millis(300);

/// `CALLS` concurrent calls on a fresh client; their outcomes, and the
/// token requests the server saw.
async fn cold_calls(
    token: impl Fn(usize) -> Reply + Send + Sync + 'static,
) -> (Vec<Result<(), Error>>, usize) {
    let server = Server::start(move |request, n| match request.path.as_str() {
        TOKEN_PATH => token(n),
        _ => customer(),
    })
    .await;
    let client = Arc::new(
        builder(&server)
            .timeout(Duration::from_secs(3))
            .deadline(Duration::from_secs(10))
            .build()
            .unwrap(),
    );
    let outcomes = burst(&client).await;
    (outcomes, server.count(TOKEN_PATH))
}

/// `CALLS` concurrent calls through `client`, and their outcomes.
async fn burst(client: &Arc<fin_api::Client>) -> Vec<Result<(), Error>> {
    let calls = (0..CALLS).map(|_| {
        let client = client.clone();
        tokio::spawn(async move {
            client
                .get_customer_details_v2(&customer_id())
                .await
                .map(|_| ())
        })
    });
    futures_util::future::join_all(calls)
        .await
        .into_iter()
        .map(|joined| joined.unwrap())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_token_flight_whatever_the_endpoint_does() {
    let delay = Duration::from_millis(300);
    // Healthy, slow, and issuing a token already expired by its own clock.
    for (scenario, access_ttl, delay) in [
        ("healthy", 3600, delay),
        ("slow", 3600, Duration::from_secs(2)),
        ("past-TTL", -10, delay),
    ] {
        let (outcomes, requests) = cold_calls(move |n| {
            token_reply(&granted(n), access_ttl, "refresh-SECRETMARK", 7200).after(delay)
        })
        .await;
        eprintln!("{scenario}: {requests} token request(s) for {CALLS} calls");
        assert_eq!(requests, 1, "{scenario}");
        for outcome in outcomes {
            outcome.unwrap_or_else(|e| panic!("{scenario}: {e:?}"));
        }
    }

    // Failing: retried inside the one flight (2 retries), and every call
    // gets the 500, not a timeout.
    let (outcomes, requests) =
        cold_calls(move |_| Reply::json(500, serde_json::json!({"message": "down"})).after(delay))
            .await;
    eprintln!("failing (500): {requests} token request(s) for {CALLS} calls");
    assert!(requests <= 3, "{requests}");
    for outcome in outcomes {
        let error = outcome.unwrap_err();
        assert_eq!(error.status().map(|s| s.as_u16()), Some(500), "{error:?}");
        clean_error(&error);
    }

    // Refusing: one request, its error to every call.
    let (outcomes, requests) = cold_calls(move |_| {
        Reply::json(401, serde_json::json!({"message": "Authentication failed"})).after(delay)
    })
    .await;
    eprintln!("refusing (401): {requests} token request(s) for {CALLS} calls");
    assert_eq!(requests, 1);
    for outcome in outcomes {
        let error = outcome.unwrap_err();
        assert!(matches!(error, Error::Authentication { .. }), "{error:?}");
    }
}

#[tokio::test]
async fn token_a_header_cannot_carry_is_refused_and_not_cached() {
    let server = Server::start(|request, n| match request.path.as_str() {
        TOKEN_PATH => token_reply(&format!("bad\ntoken-{n}-{MARK}"), 3600, "r", 7200),
        _ => customer(),
    })
    .await;
    let client = builder(&server).build().unwrap();
    for _ in 0..2 {
        let error = client
            .get_customer_details_v2(&customer_id())
            .await
            .unwrap_err();
        assert!(matches!(error, Error::Authentication { .. }), "{error:?}");
        clean_error(&error);
        // Past the time a failed flight's error is handed to new calls
        // (the retry policy's first wait, 250 ms).
        tokio::time::sleep(HOLD).await;
    }
    assert_eq!(server.count(TOKEN_PATH), 2);
    assert_eq!(server.count(CUSTOMER_PATH), 0);
}

#[tokio::test]
async fn numeric_token_lifetime_is_seconds() {
    let server = Server::start(|request, n| match request.path.as_str() {
        TOKEN_PATH => Reply::json(
            200,
            serde_json::json!({
                "access_token": granted(n),
                "access_token_ttl": 3600,
                "refresh_token": "refresh-SECRETMARK",
                "refresh_token_ttl": 7200,
            }),
        ),
        _ => customer(),
    })
    .await;
    let client = builder(&server).build().unwrap();
    for _ in 0..3 {
        client
            .get_customer_details_v2(&customer_id())
            .await
            .unwrap();
    }
    assert_eq!(server.count(TOKEN_PATH), 1);
}

#[tokio::test]
async fn timeout_reports_the_time_spent() {
    let server = Server::start(|_, _| Reply::Stall).await;
    let (result, spent) = timed_get_customer(
        builder(&server)
            .timeout(Duration::from_millis(300))
            .deadline(Duration::from_secs(10)),
    )
    .await;
    match result.unwrap_err() {
        Error::Timeout { elapsed, .. } => {
            // Three attempts of 300 ms and two waits: all of it, not the
            // last attempt's timeout.
            assert!(elapsed >= Duration::from_millis(900), "{elapsed:?}");
            assert!(elapsed <= spent, "{elapsed:?} > {spent:?}");
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert_eq!(server.count(TOKEN_PATH), 3);
}

#[tokio::test]
async fn a_flight_outlives_the_call_that_started_it() {
    let server = Server::start(|request, n| match request.path.as_str() {
        TOKEN_PATH => token_reply(&granted(n), 3600, "refresh-SECRETMARK", 7200)
            .after(Duration::from_millis(500)),
        _ => customer(),
    })
    .await;
    let client = builder(&server).build().unwrap();
    // This call gives up while the token request is in flight...
    let error = client
        .with_options(fin_api::CallOptions::new().deadline(Duration::from_millis(100)))
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
    // ...and the next one gets the same request's token.
    client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap();
    assert_eq!(server.count(TOKEN_PATH), 1);
}

/// Answers at once (no delay to gather the calls in): every call of a
/// burst still gets the one flight's outcome, including the calls that
/// arrive after it ended; a later burst makes a new request.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_token_request_per_burst_even_when_it_fails() {
    // A scenario, its token endpoint, and its token requests per burst.
    type Case = (&'static str, fn(usize) -> Reply, usize);
    let cases: [Case; 4] = [
        (
            "healthy",
            |n| token_reply(&granted(n), 3600, "refresh-SECRETMARK", 7200),
            1,
        ),
        // 1 + max_retries (2).
        (
            "500",
            |_| Reply::json(500, serde_json::json!({"message": "down"})),
            3,
        ),
        (
            "401",
            |_| Reply::json(401, serde_json::json!({"message": "Authentication failed"})),
            1,
        ),
        (
            "bad-byte token",
            |n| token_reply(&format!("bad\ntoken-{n}-{MARK}"), 3600, "r", 7200),
            1,
        ),
    ];
    for (scenario, reply, expected) in cases {
        let server = Server::start(move |request, n| match request.path.as_str() {
            TOKEN_PATH => reply(n),
            _ => customer(),
        })
        .await;
        let client = Arc::new(builder(&server).build().unwrap());
        for round in 1..=2 {
            let outcomes = burst(&client).await;
            let requests = server.count(TOKEN_PATH);
            eprintln!("{scenario}, burst {round}: {requests} token request(s) so far for {CALLS} calls each");
            let first_error = outcomes
                .iter()
                .find_map(|o| o.as_ref().err())
                .map(|e| e.to_string());
            for outcome in &outcomes {
                match (scenario, outcome) {
                    ("healthy", Ok(())) => {}
                    ("healthy", Err(e)) => panic!("{scenario}: {e:?}"),
                    (_, Ok(())) => panic!("{scenario}: a call succeeded"),
                    // Every call gets the same outcome.
                    (_, Err(e)) => {
                        assert_eq!(Some(e.to_string()), first_error, "{scenario}");
                        clean_error(e);
                    }
                }
            }
            match scenario {
                // The token is cached: the second burst needs none.
                "healthy" => assert_eq!(requests, expected, "{scenario}"),
                _ => assert_eq!(requests, expected * round, "{scenario}, burst {round}"),
            }
            tokio::time::sleep(HOLD).await;
        }
    }
}
