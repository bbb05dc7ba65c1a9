//! A tracing log captured in memory, for tests that check what the crate's
//! events say.

use std::io::Write;
use std::sync::{Arc, Mutex};

/// Where a `tracing_subscriber::fmt` subscriber writes (clone it into
/// `with_writer`); [`Log::text`] reads it back.
#[derive(Clone, Default)]
pub struct Log(Arc<Mutex<Vec<u8>>>);

impl Write for Log {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Log {
    /// Everything written so far.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}
