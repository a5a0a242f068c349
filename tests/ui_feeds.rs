//! The reader on subscriptions, driven by keys without a terminal: sources
//! with unread counts and errors, entries newest first, opening an entry
//! (read, in the store), u and *, and a background refresh from a local
//! server reported on the status line.

mod feeds_support;
mod ui_support;

use byline::feeds::FetchOutcome;
use byline::store::{EntryView, Store};
use byline::ui::feeds::FeedLibrary;
use byline::ui::{Action, App, Screen};
use feeds_support::{FeedServer, fixture, store_feed};
use ratatui::style::{Color, Modifier};
use std::path::Path;

use ui_support::{locate, press, render, screen_rows, wait_for_background};

/// A store with the Harbour Gazette fetched, and a feed that failed.
fn seeded_store(path: &Path) {
    let mut store = Store::open(path).unwrap();
    store_feed(&mut store, "http://harbour.test/rss", &fixture("rss2.xml"));
    let (broken, _) = store
        .add_feed("http://broken.test/rss", "Broken Wire")
        .unwrap();
    let failed = FetchOutcome::Failed {
        error: "HTTP 500 Internal Server Error".into(),
        retry_after: None,
    };
    store.save_fetch(broken, &failed).unwrap();
}

fn app_on(path: &Path) -> App {
    let mut app = App::with_feeds(FeedLibrary::open(path).unwrap());
    app.update(Action::Resize {
        width: 100,
        height: 20,
    });
    app
}

fn screen(app: &App) -> String {
    screen_rows(render(app).backend().buffer()).join("\n")
}

#[test]
fn sources_show_unread_counts_and_a_feed_in_error_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("b.db");
    seeded_store(&db);
    let mut app = app_on(&db);
    assert_eq!(app.screen(), Screen::Feeds);
    let text = screen(&app);
    assert!(
        text.contains("Byline · 2 subscriptions · 2 unread"),
        "{text}"
    );
    let rows = screen_rows(render(&app).backend().buffer());
    let row = |name: &str| {
        rows.iter()
            .find(|r| r.contains(name))
            .cloned()
            .unwrap_or_default()
    };
    assert!(row("All unread").contains(" 2 "), "{}", row("All unread"));
    assert!(
        row("Harbour Gazette").contains(" 2 "),
        "{}",
        row("Harbour Gazette")
    );
    assert!(
        row("Broken Wire").contains("! HTTP 500"),
        "{}",
        row("Broken Wire")
    );
    // The error is marked as a warning (red and bold); selected, it is
    // spelled out on the status line.
    let terminal = render(&app);
    let at = locate(terminal.backend().buffer(), "! HTTP 500").unwrap();
    let cell = &terminal.backend().buffer()[(at.x, at.y)];
    assert_eq!(cell.fg, Color::LightRed);
    assert!(cell.modifier.contains(Modifier::BOLD));
    press(&mut app, &["j", "j"]);
    let last = screen_rows(render(&app).backend().buffer()).pop().unwrap();
    assert!(
        last.starts_with("Broken Wire: HTTP 500 Internal Server Error"),
        "{last}"
    );
}

#[test]
fn opening_an_entry_shows_the_story_and_marks_it_read_in_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("b.db");
    seeded_store(&db);
    let mut app = app_on(&db);
    press(&mut app, &["Enter"]); // All unread
    let text = screen(&app);
    assert!(text.contains("All unread · 2 entries"), "{text}");
    let newest = text.find("Ferry timetable").unwrap();
    let older = text.find("Lighthouse & museum").unwrap();
    assert!(newest < older, "newest first:\n{text}");
    assert!(text.contains("● 2026-03-02 Harbour Gazette"), "{text}");

    press(&mut app, &["Enter"]);
    assert_eq!(app.screen(), Screen::Story);
    let story = screen(&app);
    assert!(
        story.contains("Ferry timetable changes from March"),
        "{story}"
    );
    assert!(
        story.contains("Ines Calder"),
        "the quotes pane names the speaker:\n{story}"
    );
    let store = Store::open(&db).unwrap();
    let rows = store.entries(EntryView::All).unwrap();
    assert!(
        rows.iter()
            .find(|r| r.title.starts_with("Ferry"))
            .unwrap()
            .read
    );

    press(&mut app, &["q"]);
    assert_eq!(app.screen(), Screen::Feeds);
    let text = screen(&app);
    assert!(
        text.contains("  2026-03-02 Harbour Gazette"),
        "read: no mark\n{text}"
    );
    press(&mut app, &["q", "q"]);
    assert!(app.should_quit());
}

#[test]
fn u_and_star_toggle_read_and_starred_from_the_list_and_the_story() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("b.db");
    seeded_store(&db);
    let mut app = app_on(&db);
    press(&mut app, &["j", "j", "j", "Enter", "j", "u", "*"]);
    let store = Store::open(&db).unwrap();
    let lighthouse = || {
        store
            .entries(EntryView::All)
            .unwrap()
            .into_iter()
            .find(|r| r.title.starts_with("Lighthouse"))
            .unwrap()
    };
    assert!(lighthouse().read && lighthouse().starred);
    assert!(screen(&app).contains("★ 2026-03-01"));
    press(&mut app, &["Enter", "u"]);
    assert_eq!(app.screen(), Screen::Story);
    assert!(!lighthouse().read, "u in the story marks it unread again");
    press(&mut app, &["*", "q", "q"]);
    assert!(!lighthouse().starred);
    let rows = screen_rows(render(&app).backend().buffer());
    let starred = rows.iter().find(|r| r.contains("Starred")).unwrap();
    assert!(starred.contains(" 0 "), "{starred}");
}

#[test]
fn capital_r_refreshes_every_feed_in_the_background_and_reports_on_the_status_line() {
    let server = FeedServer::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("b.db");
    {
        let mut store = Store::open(&db).unwrap();
        store.add_feed(&server.url("/atom.xml"), "").unwrap();
        store
            .add_feed(&server.url("/gone.xml"), "Gone Daily")
            .unwrap();
    }
    let mut app = app_on(&db);
    press(&mut app, &["R"]);
    assert!(app.busy());
    let last = screen_rows(render(&app).backend().buffer()).pop().unwrap();
    assert!(last.starts_with("refreshing 0/2 feeds"), "{last}");
    // Keys still work while it runs.
    press(&mut app, &["j"]);
    wait_for_background(&mut app);
    let text = screen(&app);
    assert!(
        text.contains("refreshed 2 feeds: 1 new entries, 1 failed: Gone Daily: HTTP 410"),
        "{text}"
    );
    assert!(text.contains("Mountain Post"), "{text}");
    assert_eq!(server.hits("/atom.xml"), 1);
}

#[test]
fn small_r_refreshes_only_the_selected_feed() {
    let server = FeedServer::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("b.db");
    {
        let mut store = Store::open(&db).unwrap();
        store.add_feed(&server.url("/atom.xml"), "A").unwrap();
        store.add_feed(&server.url("/rss1.rdf"), "B").unwrap();
    }
    let mut app = app_on(&db);
    press(&mut app, &["r"]);
    assert!(!app.busy(), "All unread is not a feed");
    press(&mut app, &["j", "j", "j", "r"]);
    wait_for_background(&mut app);
    assert_eq!((server.hits("/atom.xml"), server.hits("/rss1.rdf")), (0, 1));
}

#[test]
fn the_sample_feed_opens_as_a_library_of_its_entries() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/harbour-gazette.xml");
    assert!(byline::feeds::file::is_feed_file(&path));
    let loaded =
        byline::feeds::file::load_sources_with_feeds(&[path], byline::article::Format::Text);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    assert_eq!(loaded.articles.len(), 3);
    assert!(
        loaded
            .articles
            .iter()
            .all(|a| a.source.as_deref() == Some("Harbour Gazette"))
    );
    assert_eq!(loaded.articles[0].published.as_deref(), Some("2026-03-02"));
}

#[test]
fn p_on_the_subscriptions_lists_the_people_of_their_entries_and_opens_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("b.db");
    seeded_store(&db);
    let mut app = app_on(&db);
    app.start_store_indexing(db.clone());
    wait_for_background(&mut app);
    press(&mut app, &["P"]);
    assert_eq!(app.screen(), Screen::People);
    let text = screen(&app);
    assert!(text.contains("Ines Calder"), "{text}");
    press(&mut app, &["/"]);
    ui_support::type_text(&mut app, "calder");
    press(&mut app, &["Enter", "Enter"]);
    assert!(screen(&app).contains("Ferry timetable changes from March"));
    // The page's first row is the story: it opens in the three panes.
    press(&mut app, &["Enter"]);
    assert_eq!(app.screen(), Screen::Story);
    assert_eq!(
        app.story().unwrap().article.title,
        "Ferry timetable changes from March"
    );
    press(&mut app, &["q", "q", "q"]);
    assert_eq!(app.screen(), Screen::Feeds, "{}", screen(&app));

    // The analyses stayed in the store: indexing again analyses nothing.
    let mut store = Store::open(&db).unwrap();
    let articles = byline::index::store_articles(&store).unwrap();
    let added = byline::index::Index::new().add(&articles, &mut store);
    assert_eq!((added.analysed, added.cached), (0, articles.len()));
}

#[test]
fn entries_a_refresh_brings_join_the_people_screen() {
    let server = FeedServer::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("b.db");
    Store::open(&db)
        .unwrap()
        .add_feed(&server.url("/rss2.xml"), "")
        .unwrap();
    let mut app = app_on(&db);
    app.start_store_indexing(db.clone());
    wait_for_background(&mut app);
    press(&mut app, &["P"]);
    assert!(screen(&app).contains("nobody named"), "{}", screen(&app));
    press(&mut app, &["q", "R"]);
    wait_for_background(&mut app);
    press(&mut app, &["P"]);
    assert!(screen(&app).contains("Ines Calder"), "{}", screen(&app));
}

/// Two invented entries quoting the same person.
const TWO_QUOTES: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Quay Herald</title>
    <link>http://quay.test/</link>
    <description>Invented.</description>
    <item>
      <title>Night ferry added</title>
      <link>http://quay.test/night-ferry</link>
      <pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate>
      <content:encoded><![CDATA[<p>"We will run a night boat," said Ines Calder, the operator's director.</p>]]></content:encoded>
    </item>
    <item>
      <title>Harbour dredging begins</title>
      <link>http://quay.test/dredging</link>
      <pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>
      <content:encoded><![CDATA[<p>"The channel will be deeper by May," said Ines Calder, the operator's director.</p>]]></content:encoded>
    </item>
  </channel>
</rss>"#;

#[test]
fn star_acts_on_the_story_a_persons_page_opened_then_on_the_one_w_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("b.db");
    {
        let mut store = Store::open(&db).unwrap();
        store_feed(&mut store, "http://quay.test/rss", TWO_QUOTES.as_bytes());
    }
    let mut app = app_on(&db);
    app.start_store_indexing(db.clone());
    wait_for_background(&mut app);
    // All unread, the night ferry (newest), its quote, the speaker's page,
    // the dredging story (the page's second row).
    press(&mut app, &["Enter", "Enter", "Tab", "Tab", "w"]);
    assert_eq!(app.screen(), Screen::People, "{}", screen(&app));
    press(&mut app, &["j", "Enter"]);
    assert_eq!(
        app.story().unwrap().article.title,
        "Harbour dredging begins"
    );
    let store = Store::open(&db).unwrap();
    let titles = |view| -> Vec<String> {
        let rows = store.entries(view).unwrap();
        rows.into_iter().map(|r| r.title).collect()
    };
    assert!(titles(EntryView::Unread).is_empty(), "opened: read");
    press(&mut app, &["*"]);
    assert_eq!(titles(EntryView::Starred), ["Harbour dredging begins"]);
    // Back to the page, back to the story w left: * is for that one now.
    press(&mut app, &["q", "q"]);
    assert_eq!(app.story().unwrap().article.title, "Night ferry added");
    press(&mut app, &["*"]);
    assert_eq!(
        titles(EntryView::Starred),
        ["Night ferry added", "Harbour dredging begins"]
    );
}

#[test]
fn a_click_selects_a_row_and_a_second_click_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("b.db");
    seeded_store(&db);
    let mut app = app_on(&db);
    let terminal = render(&app);
    let at = locate(terminal.backend().buffer(), "Harbour Gazette").unwrap();
    let click = Action::Click {
        column: at.x,
        row: at.y,
    };
    app.update(click.clone());
    assert_eq!(app.feeds().unwrap().sources.selected, 3);
    app.update(click);
    assert!(screen(&app).contains("Harbour Gazette · 2 entries"));
}

/// The source rows on screen, by name (the fixed views and the feeds).
fn source_rows(app: &App) -> Vec<String> {
    let text = screen(app);
    ["All unread", "Starred", "Harbour Gazette", "Broken Wire"]
        .into_iter()
        .filter(|name| text.contains(&format!("┃{name} ")))
        .map(String::from)
        .collect()
}

#[test]
fn slash_filters_the_subscriptions_as_you_type_in_smart_case_and_esc_clears() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("b.db");
    seeded_store(&db);
    let mut app = app_on(&db);
    assert_eq!(source_rows(&app).len(), 4, "{}", screen(&app));
    // Typed through the keymap: r is a letter here, not a refresh.
    press(&mut app, &["/", "w", "i", "r"]);
    assert_eq!(source_rows(&app), ["Broken Wire"]);
    let last = screen_rows(render(&app).backend().buffer()).pop().unwrap();
    assert!(last.starts_with("/wir█  1 shown"), "{last}");
    assert!(app.feeds().unwrap().progress.is_none(), "no refresh began");
    press(&mut app, &["Backspace", "Backspace", "Backspace"]);
    assert_eq!(source_rows(&app).len(), 4);
    // Smart case: a capital makes it exact.
    press(&mut app, &["W", "I", "R", "E"]);
    assert!(source_rows(&app).is_empty());
    assert!(screen(&app).contains("no source matches 'WIRE'"));
    press(&mut app, &["Esc"]);
    assert_eq!(source_rows(&app).len(), 4, "Esc in the prompt clears it");
    // A feed's URL matches too; Enter keeps the filter and Enter opens.
    let typed: Vec<String> = "/harbour.test".chars().map(String::from).collect();
    press(
        &mut app,
        &typed.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    press(&mut app, &["Enter"]);
    assert_eq!(source_rows(&app), ["Harbour Gazette"]);
    assert!(screen(&app).contains("filter: harbour.test"));
    press(&mut app, &["Enter"]);
    assert!(screen(&app).contains("Harbour Gazette · 2 entries"));
    press(&mut app, &["q"]);
    assert_eq!(source_rows(&app), ["Harbour Gazette"], "kept on return");
    press(&mut app, &["Esc"]);
    assert_eq!(source_rows(&app).len(), 4, "Esc clears the filter");
    assert_eq!(app.screen(), Screen::Feeds);
}
