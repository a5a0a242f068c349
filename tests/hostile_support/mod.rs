//! Helpers shared by the hostile-input tests: one test at a time, work on
//! its own thread against a deadline, and sizes scaled for debug builds.

#![allow(dead_code)]

use std::sync::{Mutex, MutexGuard, mpsc};
use std::time::{Duration, Instant};

pub const KB: usize = 1024;
pub const MB: usize = 1024 * KB;

/// The tests of this file run one at a time: they are heavy, and the timing
/// test must not share the CPU with the others.
pub fn serial() -> MutexGuard<'static, ()> {
    static SERIAL: Mutex<()> = Mutex::new(());
    SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Run `work` on a fresh thread; fail the test if it panics or outlives
/// `deadline` (the stray thread is abandoned; the test process ends it).
pub fn within<T: Send + 'static>(
    what: &str,
    deadline: Duration,
    work: impl FnOnce() -> T + Send + 'static,
) -> T {
    let (done, result) = mpsc::channel();
    let started = Instant::now();
    std::thread::Builder::new()
        .name(what.to_string())
        .spawn(move || {
            let _ = done.send(work());
        })
        .expect("spawn");
    match result.recv_timeout(deadline) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("{what}: still running after {deadline:?} (hang or super-linear time)")
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            panic!(
                "{what}: panicked after {:?} (see the message above)",
                started.elapsed()
            )
        }
    }
}

/// The size in release builds, a tenth of it in debug builds.
pub fn scaled(full: usize) -> usize {
    if cfg!(debug_assertions) {
        full / 10
    } else {
        full
    }
}

/// A hang guard, not a speed check (speed is measured by the benches, never
/// asserted in tests on a shared machine): far beyond what a debug build on
/// a busy machine needs, so only a hang or runaway quadratic work trips it.
pub fn deadline_for(bytes: usize) -> Duration {
    Duration::from_secs(90) + Duration::from_secs_f64(bytes as f64 / (50.0 * KB as f64))
}
