//! Background threads whose panics are caught and reported instead of
//! ending the reader: the work runs on a named thread with its own rayon
//! pool (its threads named alike), so that the panic hook, which restores
//! the terminal before a panic ends the program, can tell a panic that
//! will be caught here and leave the screen alone.

use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// The name every caught thread's name starts with.
const CAUGHT_PREFIX: &str = "byline-caught-";

/// Whether a panic on the current thread is one [`spawn_caught`] catches.
pub fn panics_are_caught() -> bool {
    std::thread::current()
        .name()
        .is_some_and(|name| name.starts_with(CAUGHT_PREFIX))
}

/// Run `work` on a thread named for `name`, its parallel parts on a rayon
/// pool of its own; `done` gets what it returned, or the panic's message.
/// `Err` when no thread could be started (then nothing ran).
pub fn spawn_caught<T: Send + 'static>(
    name: &'static str,
    work: impl FnOnce() -> T + Send + 'static,
    done: impl FnOnce(Result<T, String>) + Send + 'static,
) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name(format!("{CAUGHT_PREFIX}{name}"))
        .spawn(move || {
            let pool = rayon::ThreadPoolBuilder::new()
                .thread_name(move |i| format!("{CAUGHT_PREFIX}{name}-{i}"))
                .build();
            let result = catch_unwind(AssertUnwindSafe(|| match &pool {
                Ok(pool) => pool.install(work),
                // No threads to spare: the work runs on this one alone.
                Err(_) => work(),
            }));
            done(result.map_err(panic_message));
        })
        .map(drop)
}

/// What a panic said, when it said it in words.
fn panic_message(payload: Box<dyn Any + Send>) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "an unexpected failure".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rayon::prelude::*;
    use std::sync::mpsc::channel;
    use std::time::Duration;

    #[test]
    fn a_panic_in_the_work_or_its_parallel_parts_is_reported_as_an_error() {
        let (sender, results) = channel::<Result<bool, String>>();
        let report = sender.clone();
        spawn_caught(
            "test-parallel",
            || {
                (0..64).into_par_iter().for_each(|i| {
                    assert!(panics_are_caught(), "a pool thread is a caught one");
                    if i == 63 {
                        panic!("story {i} could not be analysed");
                    }
                })
            },
            move |result| report.send(result.map(|()| false)).unwrap(),
        )
        .unwrap();
        let result = results.recv_timeout(Duration::from_secs(30)).unwrap();
        assert_eq!(result, Err("story 63 could not be analysed".to_string()));
        spawn_caught("test-fine", panics_are_caught, move |result| {
            sender.send(result).unwrap()
        })
        .unwrap();
        let result = results.recv_timeout(Duration::from_secs(30)).unwrap();
        assert_eq!(result, Ok(true), "the worker's own thread is a caught one");
        assert!(!panics_are_caught(), "the test's own thread is not caught");
    }
}
