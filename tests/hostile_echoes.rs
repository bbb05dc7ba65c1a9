//! Secrets a hostile server echoes back encoded: JSON-escaped (one
//! character or all), upper-cased, or split in two pieces across fields,
//! in the token endpoint's 401 and in the API's 401 and 404 (message and
//! `extra`). None may show in the error's `Display` or `Debug`, nor in the
//! DEBUG "call failed" event. Against a real server on 127.0.0.1; the
//! README's "Guarantees" section names these tests.

mod support;

use fin_api::Error;
use support::fin::*;
use support::log::Log;

/// `secret` with its second character JSON-escaped: `c\u0073-…`.
fn one_escaped(secret: &str) -> String {
    format!(
        "{}\\u{:04x}{}",
        &secret[..1],
        secret.as_bytes()[1],
        &secret[2..]
    )
}

/// Every character of `secret` JSON-escaped.
fn all_escaped(secret: &str) -> String {
    secret
        .chars()
        .map(|c| format!("\\u{:04X}", c as u32))
        .collect()
}

/// JSON bodies echoing `secret` in every form: the message, `extra` keys
/// and values, and a secret split between two fields.
fn echoes(secret: &str) -> Vec<String> {
    let (head, tail) = secret.split_at(secret.len() / 2);
    vec![
        format!(r#"{{"message":"bad {}"}}"#, one_escaped(secret)),
        format!(r#"{{"message":"bad {}"}}"#, all_escaped(secret)),
        format!(r#"{{"message":"bad {}"}}"#, secret.to_uppercase()),
        format!(
            r#"{{"message":"bad {head}","hint":"{}"}}"#,
            all_escaped(&tail.to_uppercase())
        ),
        format!(
            r#"{{"message":"not found","detail":{{"echo":["{}"]}},"{}":1}}"#,
            one_escaped(secret),
            secret.to_uppercase()
        ),
        format!(
            r#"{{"message":"x","errors":[{{"token":"\\\\u{:04x}{}"}}]}}"#,
            secret.as_bytes()[0],
            &secret[1..]
        ),
    ]
}

/// The first piece (8 characters) of `secret` that `text` shows, read as a
/// person would: in any case, JSON escapes (and escaped escapes) decoded.
fn shown_piece(text: &str, secret: &str) -> Option<String> {
    let mut decoded = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('\\') {
        decoded.push_str(&rest[..at]);
        let after = rest[at..].trim_start_matches('\\');
        let code = after
            .strip_prefix(['u', 'U'])
            .and_then(|hex| hex.get(..4))
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .and_then(char::from_u32);
        match code {
            Some(c) => {
                decoded.push(c);
                rest = &after[5..];
            }
            None => {
                decoded.push('\\');
                rest = after;
            }
        }
    }
    decoded.push_str(rest);
    let decoded = decoded.to_lowercase();
    let secret: Vec<char> = secret.to_lowercase().chars().collect();
    secret
        .windows(8)
        .map(|piece| piece.iter().collect::<String>())
        .find(|piece| decoded.contains(piece.as_str()))
}

/// Makes one call through a fresh client of `server` with DEBUG events
/// captured; checks that no piece of any of `secrets` shows in the error
/// or the log, and returns the error.
async fn call_and_check(server: &Server, secrets: &[&str], echo: &str) -> Error {
    let log = Log::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let error = builder(server)
        .build()
        .unwrap()
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    let log = log.text();
    assert!(log.contains("call failed"), "{log}");
    for (what, text) in [
        ("Display", error.to_string()),
        ("Debug", format!("{error:?}")),
        ("the log", log),
    ] {
        for secret in secrets {
            if let Some(piece) = shown_piece(&text, secret) {
                panic!("{what} shows `{piece}` of a secret, for the echo {echo}:\n{text}");
            }
        }
    }
    error
}

// Current-thread runtimes: the subscriber set for the thread sees every
// event of the call.
#[tokio::test]
async fn the_client_secret_echoed_by_the_token_endpoint_is_scrubbed() {
    for echo in echoes(CLIENT_SECRET) {
        let body = echo.clone();
        let server = Server::start(move |request, _| match request.path.as_str() {
            TOKEN_PATH => Reply::new(401, "application/json", body.clone()),
            _ => customer(),
        })
        .await;
        let error = call_and_check(&server, &[CLIENT_SECRET], &echo).await;
        assert!(matches!(error, Error::Authentication { .. }), "{error:?}");
        if echo.contains("bad") {
            assert!(error.to_string().contains("bad [redacted]"), "{error}");
        }
    }
}

#[tokio::test]
async fn the_bearer_token_echoed_by_the_api_is_scrubbed() {
    for status in [401, 404] {
        for n in 0..echoes(CLIENT_SECRET).len() {
            // The API echoes the token each request carried, in form `n`.
            let server = fin_server(move |request, _| {
                let token = request.header("authorization").unwrap_or_default();
                let token = token.trim_start_matches("Bearer ");
                Reply::new(status, "application/json", echoes(token)[n].clone())
            })
            .await;
            let echo = echoes(&granted(1))[n].clone();
            let error =
                call_and_check(&server, &[&granted(1), &granted(2), CLIENT_SECRET], &echo).await;
            let body = error.api_error().unwrap_or_else(|| panic!("{error:?}"));
            // What the server sent is kept, with the secrets taken out.
            if echo.contains("detail") {
                let detail = body.extra.get("detail").expect("detail kept").as_str();
                assert!(detail.contains("[redacted]"), "{detail}");
                assert!(
                    body.extra.iter().any(|(key, _)| key == "[redacted]"),
                    "{body:?}"
                );
            }
            if echo.contains("hint") {
                assert!(body.extra.get("hint").is_some(), "{body:?}");
            }
        }
    }
}
