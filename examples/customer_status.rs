//! What each customer must still do, as a checklist or as JSON lines.
//!
//! ```text
//! cargo run --example customer_status                          # embedded mock, spec examples
//! cargo run --example customer_status -- [--json] CUSTOMER_ID...  # real API, from FIN_* variables
//! ```
//!
//! With ids, the client is configured from `FIN_BASE_URL`, `FIN_ENVIRONMENT`,
//! and `FIN_ACCESS_TOKEN` or `FIN_CLIENT_ID` + `FIN_CLIENT_SECRET`. With no ids
//! and no `FIN_*` variable set, it starts the crate's mock server
//! (`fin_api::mock`) and fetches the spec's two example customers from it.
//!
//! Exit codes: 0 all fetched; 1 some id failed (each failure is reported on
//! stderr as `error: <id>: <status> <message>`, the other ids still run);
//! 2 usage or configuration error, before any request.

use std::io::Write;
use std::process::ExitCode;

use fin_api::mock::MockServer;
use uuid::Uuid;

const USAGE: &str = "usage: customer_status [--json] [CUSTOMER_ID...]

  With no CUSTOMER_ID and no FIN_* variable set, fetches the spec's example
  customers from an embedded mock server.
  Otherwise reads FIN_BASE_URL, FIN_ENVIRONMENT (sandbox | production), and
  FIN_ACCESS_TOKEN or FIN_CLIENT_ID + FIN_CLIENT_SECRET, and fetches each id.

  --json   one JSON object per customer per line, instead of a checklist";

const FIN_VARIABLES: [&str; 5] = [
    "FIN_BASE_URL",
    "FIN_ENVIRONMENT",
    "FIN_ACCESS_TOKEN",
    "FIN_CLIENT_ID",
    "FIN_CLIENT_SECRET",
];

struct Args {
    json: bool,
    ids: Vec<Uuid>,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut json = false;
    let mut ids = Vec::new();
    let mut only_ids = false;
    for arg in args {
        match arg.as_str() {
            "--json" if !only_ids => json = true,
            "-h" | "--help" if !only_ids => return Ok(None),
            "--" if !only_ids => only_ids = true,
            flag if flag.starts_with('-') && !only_ids => {
                return Err(format!("unknown option `{flag}`"))
            }
            id => match Uuid::parse_str(id) {
                Ok(uuid) => ids.push(uuid),
                Err(e) => return Err(format!("`{id}` is not a customer id (a UUID): {e}")),
            },
        }
    }
    Ok(Some(Args { json, ids }))
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("error: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            let _ = writeln!(std::io::stdout(), "{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => return usage_error(&message),
    };
    let configured: Vec<&str> = FIN_VARIABLES
        .into_iter()
        .filter(|name| std::env::var_os(name).is_some_and(|v| !v.is_empty()))
        .collect();

    // Kept alive until the end: dropping it stops the server.
    let mut _mock = None;
    let (client, ids) = if args.ids.is_empty() {
        if !configured.is_empty() {
            return usage_error(&format!(
                "no CUSTOMER_ID given ({} set, so the mock is not used)",
                configured.join(", ")
            ));
        }
        let server = match MockServer::start().await {
            Ok(server) => server,
            Err(e) => {
                eprintln!("error: cannot start the mock server: {e}");
                return ExitCode::FAILURE;
            }
        };
        eprintln!(
            "note: no CUSTOMER_ID and no FIN_* variable: using the embedded mock server at {} \
             (serving the spec's example customers)",
            server.url()
        );
        let client = match server.client() {
            Ok(client) => client,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        };
        let ids = server.example_customer_ids();
        _mock = Some(server);
        (client, ids)
    } else {
        match fin_api::Client::from_env() {
            Ok(client) => (client, args.ids),
            Err(e) => return usage_error(&format!("configuration: {e}")),
        }
    };

    let mut failed = false;
    let mut stdout = std::io::stdout().lock();
    for id in ids {
        match fetch(&client, id).await {
            Ok(summary) => {
                let written = if args.json {
                    match serde_json::to_string(&summary) {
                        Ok(line) => writeln!(stdout, "{line}"),
                        Err(e) => {
                            eprintln!("error: {id}: cannot encode the summary: {e}");
                            failed = true;
                            continue;
                        }
                    }
                } else {
                    writeln!(stdout, "{summary}")
                };
                if written.and_then(|()| stdout.flush()).is_err() {
                    // stdout is closed (e.g. piped into `head`): stop quietly.
                    return if failed {
                        ExitCode::FAILURE
                    } else {
                        ExitCode::SUCCESS
                    };
                }
            }
            Err(message) => {
                eprintln!("error: {id}: {message}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The customer's summary, or `<status> <API message or reason>`.
async fn fetch(
    client: &fin_api::Client,
    id: Uuid,
) -> Result<fin_api::ext::CustomerSummary, String> {
    let response = client
        .get_customer_details_v2(&id)
        .await
        .map_err(|e| describe(&e))?;
    let status = response.status().as_u16();
    match response.into_inner().data {
        Some(customer) => Ok(customer.summary()),
        None => Err(format!("{status} the response has no `data`")),
    }
}

fn describe(error: &fin_api::Error) -> String {
    let message = error
        .api_error()
        .and_then(|body| body.message.clone())
        .unwrap_or_else(|| error.to_string());
    match error.status() {
        Some(status) => format!("{} {message}", status.as_u16()),
        None => message,
    }
}
