//! The whole feed reader in a real terminal (tmux): subscribe to a feed on a
//! local server, open the reader, refresh, read an entry in full text with
//! its quotes, quit, reopen: the entry is still read. Skipped, with a note,
//! where tmux is not installed.

mod feeds_support;
mod ui_support;

use byline::store::{EntryView, Store};
use feeds_support::FeedServer;
use std::process::Command;
use ui_support::tmux::Tmux;

fn reader_command(db: &std::path::Path) -> String {
    format!(
        "BYLINE_DB='{}' {}; echo EXIT=$?; sleep 60",
        db.display(),
        env!("CARGO_BIN_EXE_byline")
    )
}

#[test]
fn subscribe_refresh_read_in_full_quit_and_reopen_still_read() {
    if !Tmux::available() {
        eprintln!("tmux not found: skipping the real-terminal feed test");
        return;
    }
    let server = FeedServer::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("byline.db");
    // Subscribed, not yet fetched: the refresh in the reader fetches.
    let urls = dir.path().join("urls");
    std::fs::write(&urls, format!("{}\n", server.url("/summary.xml"))).unwrap();
    let import = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(["feeds", "import", urls.to_str().unwrap()])
        .env("BYLINE_DB", &db)
        .output()
        .unwrap();
    assert!(import.status.success());

    let Some(tmux) = Tmux::start(110, 30, &reader_command(&db)) else {
        return;
    };
    tmux.wait_for_text("Byline · 1 subscriptions · 0 unread");
    tmux.keys(&["R"]);
    tmux.wait_for_text("refreshed 1 feeds: 2 new entries");
    tmux.wait_for_text("River Daily");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("All unread · 2 entries");
    tmux.keys(&["Enter"]);
    // The full article from the linked page, its quotes and speakers.
    let story = tmux.wait_for_text("▶ Article");
    let story = if story.contains("Petra Holm") {
        story
    } else {
        tmux.wait_for_text("Petra Holm")
    };
    assert!(
        story.contains("This bridge joins the two halves"),
        "{story}"
    );
    assert!(story.contains("Quotes"), "{story}");
    tmux.keys(&["q"]);
    tmux.wait_for_text("All unread · 2 entries");
    tmux.keys(&["q", "q"]);
    tmux.wait_for_text("EXIT=0");
    drop(tmux);

    let Some(tmux) = Tmux::start(110, 30, &reader_command(&db)) else {
        return;
    };
    tmux.wait_for_text("Byline · 1 subscriptions · 1 unread");
    tmux.keys(&["j", "j", "Enter"]);
    let list = tmux.wait_for_text("River Daily · 2 entries");
    let row = list
        .lines()
        .find(|l| l.contains("Council approves the new footbridge"))
        .unwrap_or_default()
        .to_string();
    assert!(!row.contains('●'), "read, so no unread mark: {row}");
    let other = list
        .lines()
        .find(|l| l.contains("Flood barrier test postponed"))
        .unwrap_or_default()
        .to_string();
    assert!(other.contains('●'), "{other}");
    tmux.keys(&["q", "q"]);
    tmux.wait_for_text("EXIT=0");
    let store = Store::open(&db).unwrap();
    let read: Vec<bool> = store
        .entries(EntryView::All)
        .unwrap()
        .iter()
        .map(|e| e.read)
        .collect();
    assert_eq!(read, [true, false]);
}
