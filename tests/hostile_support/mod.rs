//! Helpers shared by the hostile-input tests: one test at a time, work on
//! its own thread against a deadline, and sizes scaled for debug builds.

#![allow(dead_code)]

pub mod checks;

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

#[cfg(target_os = "linux")]
/// Peak resident memory of `byline analyze --json path`, in bytes.
// The child is waited for by `wait4`, which also reports its peak memory.
#[allow(clippy::zombie_processes)]
pub fn peak_rss_of_analyze(path: &std::path::Path) -> u64 {
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(["analyze", "--json"])
        .arg(path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("run byline");
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, which nothing else waits for.
    let waited = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    assert_eq!(waited, child.id() as i32, "wait4 failed");
    assert!(libc::WIFEXITED(status), "byline was killed: {status}");
    usage.ru_maxrss as u64 * 1024
}

/// `peak_rss_of_analyze` against a deadline for a file of its size.
#[cfg(target_os = "linux")]
pub fn peak_within(path: &std::path::Path) -> u64 {
    let size = std::fs::metadata(path).unwrap().len() as usize;
    let owned = path.to_path_buf();
    within("analyze a big file", deadline_for(size * 4), move || {
        peak_rss_of_analyze(&owned)
    })
}
