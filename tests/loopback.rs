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
    assert_eq!(server.connections(), 1, "one kept-alive connection");
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
