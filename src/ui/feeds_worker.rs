//! The background refresh of the subscriptions screen: a worker thread
//! with its own store connection fetches in parallel, saves each feed as it
//! arrives (one transaction each) and reports through a channel as
//! [`Action`]s; it never touches the reader's state.

use super::action::Action;
use crate::feeds::FetchOutcome;
use crate::feeds::http::Client;
use crate::feeds::refresh::{CONNECTIONS, refresh};
use crate::store::{Feed, Store};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Sender};

/// Refresh `feeds` on a worker thread: fetch in parallel, save each feed as
/// it arrives (its own store connection, one transaction per feed), and
/// report each one, then the end, through `reports`.
pub fn spawn_refresh(path: PathBuf, feeds: Vec<Feed>, reports: Sender<Action>) {
    std::thread::spawn(move || {
        let error = run_refresh(&path, &feeds, &reports).err();
        let _ = reports.send(Action::RefreshFinished { error });
    });
}

fn run_refresh(path: &Path, feeds: &[Feed], reports: &Sender<Action>) -> Result<(), String> {
    let mut store = Store::open(path).map_err(|e| e.to_string())?;
    let jobs = feeds
        .iter()
        .map(|f| store.refresh_job(f))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())?;
    let client = Client::default();
    let (sender, outcomes) = mpsc::channel();
    let mut store_error = None;
    std::thread::scope(|scope| {
        scope.spawn(move || {
            refresh(&client, jobs, CONNECTIONS, &|id, outcome| {
                let _ = sender.send((id, outcome));
            });
        });
        for (id, outcome) in outcomes {
            let name = feeds
                .iter()
                .find(|f| f.id == id)
                .map_or_else(String::new, |f| f.name().to_string());
            let mut error = match &outcome {
                FetchOutcome::Failed { error, .. } => Some(error.clone()),
                _ => None,
            };
            let new = match store.save_fetch(id, &outcome) {
                Ok(new) => new,
                Err(err) => {
                    error = Some(err.to_string());
                    store_error.get_or_insert(err.to_string());
                    0
                }
            };
            let _ = reports.send(Action::FeedRefreshed { name, new, error });
        }
    });
    match store_error {
        Some(err) => Err(err),
        None => Ok(()),
    }
}
