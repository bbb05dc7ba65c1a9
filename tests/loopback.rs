//! The shared loopback server (`fin_api::loopback`) itself: keep-alive,
//! request parsing, and each kind of fault, seen from a real HTTP client
//! and from raw TCP.

use std::time::{Duration, Instant};

use fin_api::loopback::{Reply, Server, Step};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Everything the server sends on a raw connection after `request`, until
/// it closes or `wait` passes.
async fn raw_exchange(server: &Server, request: &[u8], wait: Duration) -> Vec<u8> {
    let mut stream = tokio::net::TcpStream::connect(server.addr())
        .await
        .expect("connect");
    stream.write_all(request).await.expect("write");
    let mut out = Vec::new();
    let _ = tokio::time::timeout(wait, stream.read_to_end(&mut out)).await;
    out
}

#[tokio::test]
async fn keeps_connections_alive_and_counts_per_path() {
    let server = Server::start(|request, n| {
        Reply::json(200, serde_json::json!({"path": request.path, "n": n}))
    })
    .await;
    let client = reqwest::Client::new();
    for n in 1..=3 {
        let body: serde_json::Value = client
            .get(format!("{}/a?x=1", server.url()))
            .send()
            .await
            .expect("response")
            .json()
            .await
            .expect("json");
        assert_eq!(body["n"], n);
    }
    assert_eq!(server.count("/a"), 3);
    // The server keeps connections alive, so three calls reuse one. The
    // client's pool may still open a second while the first is on its way
    // back (see BENCHMARKS.md, "Connection reuse"): fewer than one per call
    // is what keep-alive promises.
    assert!(
        server.connections() < 3,
        "kept-alive connections reused: {} for 3 calls",
        server.connections()
    );
    let requests = server.requests();
    assert_eq!(requests[0].query, "x=1");
}

#[tokio::test]
async fn reads_chunked_and_pipelined_requests() {
    let server =
        Server::start(|request, _| Reply::text(200, &String::from_utf8_lossy(&request.body))).await;
    let pipelined = b"POST /one HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n\
        3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n\
        POST /two HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\nconnection: close\r\n\r\nfg";
    let out = raw_exchange(&server, pipelined, Duration::from_secs(5)).await;
    let text = String::from_utf8_lossy(&out);
    assert!(
        text.contains("content-length: 5\r\n") && text.contains("abcde"),
        "{text}"
    );
    assert!(text.ends_with("fg"), "{text}");
    assert_eq!(server.requests()[0].body, b"abcde");
}

#[tokio::test]
async fn a_malformed_request_gets_400() {
    let server = Server::start(|_, _| Reply::empty(204)).await;
    let out = raw_exchange(
        &server,
        b"GET / HTTP/1.1\r\nno colon here\r\n\r\n",
        Duration::from_secs(5),
    )
    .await;
    assert!(
        out.starts_with(b"HTTP/1.1 400 "),
        "{}",
        String::from_utf8_lossy(&out)
    );
    assert_eq!(server.count("/"), 0);
}

#[tokio::test]
async fn faults_stall_close_cut_drip_and_endless() {
    let body = "x".repeat(100);
    let full = Reply::text(200, &body);
    let server = Server::start(move |request, _| match request.path.as_str() {
        "/stall" => Reply::Stall,
        "/close" => Reply::Close,
        "/cut" => full.clone().cut_after(50),
        "/drip" => full.clone().drip(10, Duration::from_millis(5)),
        "/endless" => Reply::endless(200),
        "/redirect" => Reply::redirect(302, "/drip"),
        "/script" => Reply::Script(vec![
            Step::Send("HTTP/1.1 200 OK\r\ncontent-length: 4\r\n\r\nab".into()),
            Step::Wait(Duration::from_millis(20)),
            Step::Send("cd".into()),
        ]),
        _ => Reply::empty(404),
    })
    .await;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_millis(500))
        .build()
        .expect("client");
    let get = |path: &str| client.get(format!("{}{path}", server.url())).send();

    let started = Instant::now();
    let error = get("/stall").await.expect_err("stalls");
    assert!(error.is_timeout(), "{error}");
    assert!(started.elapsed() < Duration::from_secs(5));

    assert!(get("/close").await.is_err(), "closed without an answer");

    let cut = match get("/cut").await {
        Ok(response) => response.text().await.is_err(),
        Err(_) => true,
    };
    assert!(cut, "a body cut mid-way is an error");

    let dripped = get("/drip")
        .await
        .expect("drip")
        .text()
        .await
        .expect("body");
    assert_eq!(
        dripped, body,
        "the drip (followed through the redirect too)"
    );
    let redirected = get("/redirect").await.expect("redirect");
    assert_eq!(redirected.url().path(), "/drip");

    let scripted = get("/script")
        .await
        .expect("script")
        .text()
        .await
        .expect("body");
    assert_eq!(scripted, "abcd");

    // An endless body: read 64 KiB of it, then stop.
    let mut response = get("/endless").await.expect("endless");
    let mut read = 0;
    while read < 64 * 1024 {
        let chunk = response.chunk().await.expect("chunk").expect("more");
        assert!(chunk.iter().all(|b| *b == b'x'));
        read += chunk.len();
    }
}

#[tokio::test]
async fn dropping_the_server_closes_its_connections() {
    let server = Server::start(|_, _| Reply::Stall).await;
    let addr = server.addr();
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    stream
        .write_all(b"GET / HTTP/1.1\r\nhost: x\r\n\r\n")
        .await
        .expect("write");
    // Wait until the request was read, so the connection is stalling.
    for _ in 0..100 {
        if server.count("/") == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(server.count("/"), 1);
    drop(server);
    let mut out = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut out)).await;
    assert!(matches!(read, Ok(Ok(0))), "closed: {read:?}");
    assert!(
        tokio::net::TcpStream::connect(addr).await.is_err(),
        "no longer listening"
    );
}

/// The status line of what the server sent, or `(nothing)`.
fn status_of(out: &[u8]) -> String {
    let text = String::from_utf8_lossy(out);
    text.lines().next().unwrap_or("(nothing)").to_owned()
}

#[tokio::test]
async fn hostile_framing_is_refused_and_never_read_as_a_second_request() {
    let server = Server::start(|_, _| Reply::text(200, "ok")).await;
    let smuggled = "GET /smuggled HTTP/1.1\r\nhost: x\r\n\r\n";
    let cases: [(&str, String, &str); 8] = [
        (
            "a chunk size past u64",
            format!("POST /a HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\nffffffffffffffff\r\nabc\r\n0\r\n\r\n{smuggled}"),
            "413",
        ),
        (
            "two content-lengths",
            format!("POST /a HTTP/1.1\r\nhost: x\r\ncontent-length: 0\r\ncontent-length: {}\r\n\r\n{smuggled}", smuggled.len()),
            "400",
        ),
        (
            "transfer-encoding with content-length",
            format!("POST /a HTTP/1.1\r\nhost: x\r\ncontent-length: {}\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n{smuggled}", 5 + smuggled.len()),
            "400",
        ),
        (
            "xchunked",
            format!("POST /a HTTP/1.1\r\nhost: x\r\ntransfer-encoding: xchunked\r\n\r\n0\r\n\r\n{smuggled}"),
            "400",
        ),
        (
            "a bare LF head",
            format!("GET /a HTTP/1.1\nhost: x\n\n{smuggled}"),
            "400",
        ),
        (
            "whitespace before a colon",
            format!("POST /a HTTP/1.1\r\nhost: x\r\ncontent-length : 5\r\n\r\n{smuggled}"),
            "400",
        ),
        (
            "a signed content-length",
            format!("POST /a HTTP/1.1\r\nhost: x\r\ncontent-length: +0\r\n\r\n{smuggled}"),
            "400",
        ),
        (
            "a chunk without its CRLF",
            format!("POST /a HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n{smuggled}"),
            "400",
        ),
    ];
    for (case, request, status) in cases {
        let out = raw_exchange(&server, request.as_bytes(), Duration::from_secs(5)).await;
        let line = status_of(&out);
        assert!(
            line.starts_with(&format!("HTTP/1.1 {status}")),
            "{case}: {line}"
        );
        // One response, then the connection closed.
        assert_eq!(
            String::from_utf8_lossy(&out).matches("HTTP/1.1").count(),
            1,
            "{case}"
        );
    }
    assert_eq!(server.count("/smuggled"), 0);
    assert_eq!(server.count("/a"), 0);
    // The server still serves.
    let out = raw_exchange(
        &server,
        b"GET /b HTTP/1.1\r\nconnection: close\r\n\r\n",
        Duration::from_secs(5),
    )
    .await;
    assert!(
        status_of(&out).starts_with("HTTP/1.1 200"),
        "{}",
        status_of(&out)
    );
}

#[tokio::test]
async fn slow_heads_are_cut_off() {
    let server = Server::builder()
        .head_timeout(Duration::from_millis(300))
        .start(|_, _| Reply::text(200, "ok"))
        .await
        .unwrap();
    // A slowloris: a header byte every 50 ms, never the end of the head.
    let mut stream = tokio::net::TcpStream::connect(server.addr()).await.unwrap();
    stream.write_all(b"GET /slow HTTP/1.1\r\n").await.unwrap();
    let started = Instant::now();
    let mut written = 0;
    for byte in b"x-long-header: ".iter().cycle().take(100) {
        if stream.write_all(std::slice::from_ref(byte)).await.is_err() {
            break;
        }
        written += 1;
        tokio::time::sleep(Duration::from_millis(50)).await;
        if started.elapsed() > Duration::from_secs(2) {
            break;
        }
    }
    let mut out = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut out)).await;
    assert!(
        status_of(&out).starts_with("HTTP/1.1 408"),
        "{}",
        status_of(&out)
    );
    assert!(written < 100, "the server kept reading {written} bytes");
    // A second request on a kept-alive connection: its head's time counts
    // from its own first byte, not from the connection's start.
    let mut stream = tokio::net::TcpStream::connect(server.addr()).await.unwrap();
    stream
        .write_all(b"GET /fast HTTP/1.1\r\n\r\n")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    stream.write_all(b"GET /late HTTP/1.1\r\n").await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let _ = stream.write_all(b"x: y\r\n\r\n").await;
    let mut out = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut out)).await;
    let text = String::from_utf8_lossy(&out);
    assert!(
        text.starts_with("HTTP/1.1 200") && text.contains("HTTP/1.1 408"),
        "{text}"
    );
    assert_eq!(server.count("/fast"), 1);
    assert_eq!(server.count("/slow") + server.count("/late"), 0);
}

#[tokio::test]
async fn a_long_head_sent_a_byte_at_a_time_is_read() {
    let server = Server::start(|request, _| {
        Reply::text(
            200,
            &request.header("x-filler").map_or(0, str::len).to_string(),
        )
    })
    .await;
    let prefix = b"GET /long HTTP/1.1\r\nconnection: close\r\nx-filler: ";
    let filler = 60 * 1024 - 4 - prefix.len();
    let mut request = prefix.to_vec();
    request.resize(prefix.len() + filler, b'a');
    request.extend_from_slice(b"\r\n\r\n");
    let mut stream = tokio::net::TcpStream::connect(server.addr()).await.unwrap();
    stream.set_nodelay(true).unwrap();
    for byte in &request {
        stream.write_all(std::slice::from_ref(byte)).await.unwrap();
    }
    let mut out = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(30), stream.read_to_end(&mut out)).await;
    let text = String::from_utf8_lossy(&out);
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    assert!(text.ends_with(&format!("\r\n\r\n{filler}")), "{text}");
}

#[tokio::test]
async fn recorded_bodies_are_capped() {
    const SENT: usize = 3 * 1024 * 1024;
    let server =
        Server::start(|request, _| Reply::text(200, &request.body.len().to_string())).await;
    let body = vec![b'x'; SENT];
    let seen = reqwest::Client::new()
        .post(format!("{}/upload", server.url()))
        .body(body)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // The handler sees the whole body; the record keeps the documented cap.
    assert_eq!(seen, SENT.to_string());
    assert_eq!(
        server.requests()[0].body.len(),
        fin_api::loopback::RECORDED_BODY_LIMIT
    );
}

#[tokio::test]
async fn the_mock_takes_any_token_lifetime() {
    let server = fin_api::mock::MockServer::start().await.unwrap();
    server.token_lifetime(Duration::MAX);
    let client = server.client_with_credentials().unwrap();
    let id = server.example_customer_ids()[0];
    for _ in 0..2 {
        client.get_customer_details_v2(&id).await.unwrap();
    }
    // The lifetime was read as far away, not as already over.
    assert_eq!(server.count(fin_api::mock::TOKEN_PATH), 1);
}
