//! Load on the test kit's server (`fin_api::loopback`), for the figures in
//! BENCHMARKS.md (run under `/usr/bin/time -v`):
//!
//! - `head`: one request whose 60 KiB head arrives a byte at a time (a
//!   thread writes it, pausing 20 µs between bytes so that the server reads
//!   them one by one);
//! - `bodies`: 8 requests with 60 MiB bodies, one after another, recorded.
//!
//! `cargo run --example loopback_load -- head|bodies`

use std::time::Duration;

use fin_api::loopback::{Reply, Server};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const HEAD: usize = 60 * 1024;
const BODY: usize = 60 * 1024 * 1024;
const BODIES: usize = 8;

/// Reads one response head off `stream` and returns its status line.
async fn status_line(stream: &mut TcpStream) -> String {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).await.unwrap_or(0) == 1 {
        head.push(byte[0]);
    }
    let text = String::from_utf8_lossy(&head).into_owned();
    text.lines().next().unwrap_or("(no response)").to_owned()
}

async fn head(server: &Server) {
    let addr = server.addr();
    let writer = std::thread::spawn(move || {
        use std::io::{Read, Write};
        let mut stream = std::net::TcpStream::connect(addr).expect("connect");
        stream.set_nodelay(true).expect("nodelay");
        let mut request = b"GET /head HTTP/1.1\r\nhost: x\r\nx-filler: ".to_vec();
        request.resize(HEAD - 4, b'a');
        request.extend_from_slice(b"\r\n\r\n");
        for byte in &request {
            stream.write_all(std::slice::from_ref(byte)).expect("write");
            std::thread::sleep(Duration::from_micros(20));
        }
        let mut answer = [0u8; 64];
        let n = stream.read(&mut answer).unwrap_or(0);
        let answer = String::from_utf8_lossy(&answer[..n]).into_owned();
        (
            request.len(),
            answer.lines().next().unwrap_or("(no response)").to_owned(),
        )
    });
    let (length, status) = tokio::task::spawn_blocking(move || writer.join().expect("writer"))
        .await
        .expect("join");
    println!("head of {length} bytes, a byte a write: {status}");
}

async fn bodies(server: &Server) {
    let body = vec![b'x'; BODY];
    let mut stream = TcpStream::connect(server.addr()).await.expect("connect");
    for n in 0..BODIES {
        let head = format!("POST /upload HTTP/1.1\r\nhost: x\r\ncontent-length: {BODY}\r\n\r\n");
        stream.write_all(head.as_bytes()).await.expect("write");
        stream.write_all(&body).await.expect("write");
        let status = status_line(&mut stream).await;
        // The reply has no body: the next request follows on the same connection.
        println!("body {}: {status}", n + 1);
    }
    let recorded: usize = server.requests().iter().map(|r| r.body.len()).sum();
    println!(
        "{} requests recorded, {recorded} body bytes kept",
        server.requests().len()
    );
}

#[tokio::main]
async fn main() {
    // The head takes seconds to arrive a byte at a time: more than the
    // default head timeout allows on a slow machine.
    let server = Server::builder()
        .head_timeout(Duration::from_secs(120))
        .start(|_, _| Reply::empty(200))
        .await
        .expect("listen on 127.0.0.1");
    let started = std::time::Instant::now();
    match std::env::args().nth(1).as_deref() {
        Some("head") => head(&server).await,
        Some("bodies") => bodies(&server).await,
        _ => {
            eprintln!("usage: loopback_load head|bodies");
            std::process::exit(2);
        }
    }
    tokio::time::sleep(Duration::from_millis(10)).await;
    println!("wall {:?}", started.elapsed());
}
