//! The one lock helper: every mutex in the crate guards values updated by
//! plain assignments, so a panic while one was held cannot leave them
//! half-changed, and a poisoned lock is recovered instead of panicking.

use std::sync::{Mutex, MutexGuard, PoisonError};

/// Locks `mutex`, recovering it if a panic poisoned it.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
