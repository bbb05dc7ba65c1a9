//! Rust client for the Fin.com payments API.
