//! A full disk, for real: the store lives on a small tmpfs, mounted in a
//! user and mount namespace of its own (`unshare`, no root needed), and a
//! fetch fills it. `byline fetch` and the reader's refresh must say so,
//! naming the store, and keep what was committed before; the store passes
//! SQLite's integrity check after. Skipped, with a note, where the system
//! allows no such namespace.

mod feeds_support;
mod ui_support;

use byline::feeds::http::Client;
use byline::feeds::parse::parse_feed;
use byline::feeds::refresh::fetch_one;
use byline::store::{EntryView, Store};
use byline::ui::feeds::FeedLibrary;
use byline::ui::{Action, App};
use feeds_support::{FeedServer, fixture};
use std::path::Path;
use std::process::Command;
use ui_support::{press, render, screen_rows, wait_for_background};

/// The size of the disk: room for the store and a small feed, not for
/// the big one.
const DISK: &str = "size=384k";

/// Whether `unshare` can give us a mount namespace with a tmpfs.
fn namespaces_work() -> bool {
    let probe = Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "sh", "-c"])
        .arg("mount -t tmpfs -o size=64k tmpfs /mnt")
        .output();
    match probe {
        Ok(out) if out.status.success() => true,
        Ok(out) => {
            eprintln!(
                "note: skipped, no user namespace with a tmpfs here: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            );
            false
        }
        Err(err) => {
            eprintln!("note: skipped, no unshare here: {err}");
            false
        }
    }
}

/// Run `script` in a namespace where `$DISK` is a fresh small tmpfs; the
/// variables in `vars` are set for it.
fn on_a_small_disk(disk: &Path, script: &str, vars: &[(&str, &str)]) -> std::process::Output {
    let mount = format!("mount -t tmpfs -o {DISK} tmpfs \"$DISK\" && {script}");
    Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "sh", "-c", &mount])
        .env("DISK", disk)
        .envs(vars.iter().copied())
        .output()
        .expect("unshare runs")
}

/// SQLite's own check of the file, and how many entries it holds.
fn check_store(db: &Path) -> (String, usize) {
    let raw = rusqlite::Connection::open(db).unwrap();
    let integrity: String = raw
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    drop(raw);
    let store = Store::open(db).unwrap();
    (integrity, store.entries(EntryView::All).unwrap().len())
}

#[test]
fn byline_fetch_on_a_full_disk_says_so_fails_and_keeps_what_it_had() {
    if !namespaces_work() {
        return;
    }
    let server = FeedServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (disk, kept) = (dir.path().join("disk"), dir.path().join("kept"));
    std::fs::create_dir_all(&disk).unwrap();
    std::fs::create_dir_all(&kept).unwrap();
    let script = r#"
        db="$DISK/byline.db"
        echo "$SMALL" >"$KEPT/small"
        echo "$BIG" >"$KEPT/big"
        "$BYLINE" --db "$db" feeds import "$KEPT/small" >/dev/null || exit 10
        "$BYLINE" --db "$db" fetch >/dev/null || exit 11
        "$BYLINE" --db "$db" feeds import "$KEPT/big" >/dev/null || exit 12
        "$BYLINE" --db "$db" fetch >"$KEPT/stdout" 2>"$KEPT/stderr"
        echo $? >"$KEPT/status"
        cp "$DISK"/byline.db* "$KEPT"/
    "#;
    let out = on_a_small_disk(
        &disk,
        script,
        &[
            ("BYLINE", env!("CARGO_BIN_EXE_byline")),
            ("SMALL", &server.url("/rss2.xml")),
            ("BIG", &server.url("/big.xml")),
            ("KEPT", kept.to_str().unwrap()),
        ],
    );
    assert!(
        out.status.success(),
        "the set-up failed ({:?}): {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    let read = |name: &str| std::fs::read_to_string(kept.join(name)).unwrap();
    let (stdout, stderr) = (read("stdout"), read("stderr"));
    assert_ne!(
        read("status").trim(),
        "0",
        "a fetch that saved nothing failed"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    let store_path = disk.join("byline.db");
    let not_saved = stderr
        .lines()
        .find(|line| line.contains("not saved"))
        .unwrap_or_else(|| panic!("no feed named as not saved:\n{stderr}"));
    assert!(
        not_saved.starts_with(&format!("byline: {}: ", server.url("/big.xml")))
            && not_saved.contains(&store_path.display().to_string())
            && not_saved.contains("the disk is full"),
        "the feed, the store and the reason: {not_saved}"
    );
    assert!(
        stdout.contains("1 failed"),
        "the summary counts it: {stdout}"
    );
    let (integrity, entries) = check_store(&kept.join("byline.db"));
    assert_eq!(integrity, "ok");
    let small = parse_feed(&fixture("rss2.xml"), None).unwrap();
    assert_eq!(
        entries,
        small.entries.len(),
        "the small feed's entries stay"
    );
}

/// Set in the run of this test binary inside the namespace: the folder
/// the small disk is mounted on.
const INSIDE: &str = "BYLINE_TEST_SMALL_DISK";
const READER_TEST: &str = "the_readers_refresh_on_a_full_disk_says_so_and_keeps_what_it_had";
/// What the run inside prints when every check there passed.
const CHECKED: &str = "checked on the full disk";

#[test]
fn the_readers_refresh_on_a_full_disk_says_so_and_keeps_what_it_had() {
    if let Some(disk) = std::env::var_os(INSIDE) {
        refresh_on_a_small_disk(Path::new(&disk));
        println!("{CHECKED}");
        return;
    }
    if !namespaces_work() {
        return;
    }
    // This very test again, in the namespace, where its body runs.
    let dir = tempfile::tempdir().unwrap();
    let disk = dir.path().join("disk");
    std::fs::create_dir_all(&disk).unwrap();
    let me = std::env::current_exe().unwrap();
    let script = format!(r#"exec "$ME" --exact {READER_TEST} --nocapture"#);
    let out = on_a_small_disk(
        &disk,
        &script,
        &[
            ("ME", me.to_str().unwrap()),
            (INSIDE, disk.to_str().unwrap()),
        ],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains(CHECKED),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The reader on a store on the small disk at `disk`: a small feed saved,
/// then `R` brings the big one, which does not fit.
fn refresh_on_a_small_disk(disk: &Path) {
    let server = FeedServer::start();
    let db = disk.join("byline.db");
    let mut store = Store::open(&db).unwrap();
    let (small, _) = store.add_feed(&server.url("/rss2.xml"), "").unwrap();
    let feed = store.feed(small).unwrap().unwrap();
    let outcome = fetch_one(&Client::default(), &store.refresh_job(&feed).unwrap());
    store.save_fetch(small, &outcome).unwrap();
    let before = store.entries(EntryView::All).unwrap().len();
    assert!(before > 0);
    store
        .add_feed(&server.url("/big.xml"), "Big Ledger")
        .unwrap();
    drop(store);

    let mut app = App::with_feeds(FeedLibrary::open(&db).unwrap());
    app.update(Action::Resize {
        width: 100,
        height: 20,
    });
    press(&mut app, &["R"]);
    wait_for_background(&mut app);
    let message = app.feeds().unwrap().message.clone().unwrap_or_default();
    assert!(
        message.starts_with("refresh failed: ")
            && message.contains(&db.display().to_string())
            && message.contains("the disk is full"),
        "{message}"
    );
    let status = screen_rows(render(&app).backend().buffer()).pop().unwrap();
    assert!(status.starts_with("refresh failed: store "), "{status}");
    // The reader goes on, with what it had.
    press(&mut app, &["Enter"]);
    assert!(screen(&app).contains("All unread"));
    let (integrity, entries) = check_store(&db);
    assert_eq!(integrity, "ok");
    assert_eq!(entries, before);
}

fn screen(app: &App) -> String {
    screen_rows(render(app).backend().buffer()).join("\n")
}
