//! Pasting into a prompt: a paste is one edit, its line breaks are not
//! Enter, and it costs time in proportion to its length, not its square.
//!
//! - The real binary in tmux (skipped, with a note, without tmux): tmux's
//!   `paste-buffer -p` brackets the paste only if the reader asked for
//!   bracketed paste; otherwise its line break is an Enter and the rest runs
//!   as keys.
//! - The event path (keymap, then the event loop's `apply_events`) on a big
//!   story and a big library: 100 KB pastes, and 100 KB typed in one burst
//!   (a terminal without bracketed paste), each against a hang guard. Sizes
//!   as tests/hostile.rs: the sizes with `--release`, a tenth in
//!   debug builds. How the cost grows is measured by `cargo bench --bench
//!   paste`, not asserted here.

mod ui_support;

use byline::analysis::Analysis;
use byline::article::Article;
use byline::ui::keymap::{KeyContext, prompt_text};
use byline::ui::search::find_all;
use byline::ui::terminal::apply_events;
use byline::ui::{Action, App, Screen};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use std::sync::mpsc;
use std::time::Duration;
use ui_support::tmux::Tmux;
use ui_support::{harbor_article, render, screen_rows};

const KB: usize = 1024;

/// The size with `--release`, a tenth of it in debug builds.
fn scaled(full: usize) -> usize {
    if cfg!(debug_assertions) {
        full / 10
    } else {
        full
    }
}

/// A hang guard, not a speed check: the work takes milliseconds when it is
/// linear; the quadratic version took 27 s (story) and 7 minutes (library)
/// at full size in release builds.
fn deadline() -> Duration {
    if cfg!(debug_assertions) {
        Duration::from_secs(120)
    } else {
        Duration::from_secs(20)
    }
}

/// Run `check` on its own thread; fail if it fails (its message is printed
/// above) or outlives the deadline.
fn within(what: &str, check: impl FnOnce() + Send + 'static) {
    let (done, result) = mpsc::channel();
    std::thread::spawn(move || {
        check();
        let _ = done.send(());
    });
    match result.recv_timeout(deadline()) {
        Ok(()) => {}
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("{what}: still running after {:?}", deadline())
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("{what}: failed"),
    }
}

/// At least `bytes` of the harbor story's text, one paragraph a line, as a
/// reader copies it out of a web page.
fn copied_text(bytes: usize) -> String {
    let paragraphs = harbor_article().paragraphs;
    let mut text = String::new();
    for paragraph in paragraphs.iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(paragraph);
        text.push('\n');
    }
    text
}

/// A story of about `bytes` bytes: the harbor story's paragraphs repeated.
fn big_story(bytes: usize) -> App {
    let harbor = harbor_article();
    let mut paragraphs = Vec::new();
    let mut size = 0;
    for paragraph in harbor.paragraphs.iter().cycle() {
        if size >= bytes {
            break;
        }
        size += paragraph.len();
        paragraphs.push(paragraph.as_str());
    }
    let story = Article::from_paragraphs(&harbor.title, &paragraphs);
    let mut app = App::with_analyses(vec![(story, Analysis::default())], true);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    app
}

/// A library of `count` articles with distinct titles, analysed as nothing.
fn big_library(count: usize) -> App {
    let articles = (0..count)
        .map(|i| Article::from_paragraphs(&format!("Ferry report number {i}"), &["Text."]))
        .collect();
    let mut app = App::with_analyzer(articles, false, |_| Analysis::default());
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    app
}

fn key(ch: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(ch), KeyModifiers::NONE))
}

#[test]
fn a_100_kb_paste_into_story_search_is_one_search_and_keeps_the_prompt_open() {
    within("a 100 KB paste into story search", || {
        let pasted = copied_text(scaled(100 * KB));
        let mut app = big_story(scaled(1024 * KB));
        apply_events(&mut app, [key('/'), Event::Paste(pasted.clone())]);
        let story = app.story().expect("the story is still open");
        let query = &story.search.query;
        assert_eq!(app.key_context(), KeyContext::Prompt, "the prompt is open");
        assert!(!query.contains('\n') && query.len() >= scaled(100 * KB));
        assert_eq!(query, &prompt_text(&pasted));
        // One search, as if the query had been typed: its matches are those
        // a fresh search finds.
        assert_eq!(story.search.matches, find_all(&story.article, query));
        assert!(!app.should_quit());
    });
}

#[test]
fn a_pasted_phrase_finds_its_matches_and_backspace_still_works() {
    let mut app = big_story(4 * KB);
    apply_events(&mut app, [key('/'), Event::Paste("ferry\r\nroute".into())]);
    let story = app.story().expect("open");
    assert_eq!(story.search.query, "ferry route");
    let matches = story.search.matches.clone();
    assert!(!matches.is_empty(), "the story says 'ferry route'");
    assert_eq!(matches, find_all(&story.article, "ferry route"));
    // Backspace after a paste: the matches of the shorter query.
    apply_events(&mut app, [Event::Key(KeyEvent::from(KeyCode::Backspace))]);
    let story = app.story().expect("open");
    assert_eq!(story.search.query, "ferry rout");
    assert_eq!(story.search.matches, find_all(&story.article, "ferry rout"));
    // The prompt on screen shows the query, not a line break.
    let rows = screen_rows(render(&app).backend().buffer());
    assert!(
        rows.last().is_some_and(|row| row.contains("/ferry rout")),
        "{rows:#?}"
    );
}

#[test]
fn a_100_kb_paste_into_the_filter_of_100000_articles_is_one_filter() {
    within("a 100 KB paste into a library filter", || {
        let pasted = copied_text(scaled(100 * KB));
        let mut app = big_library(scaled(100_000));
        apply_events(&mut app, [key('/'), Event::Paste(pasted.clone())]);
        assert_eq!(app.screen(), Screen::Library);
        assert_eq!(app.key_context(), KeyContext::Prompt);
        assert_eq!(app.library().filter, prompt_text(&pasted));
        assert!(app.library().rows.is_empty(), "no title holds the paste");
        assert!(!app.should_quit());
    });
}

#[test]
fn a_pasted_title_filters_the_library_with_its_line_break_as_a_space() {
    let mut app = big_library(1_000);
    apply_events(
        &mut app,
        [key('/'), Event::Paste("report\nnumber 99".into())],
    );
    assert_eq!(app.library().filter, "report number 99");
    // "number 99", "number 990" ... "number 999".
    assert_eq!(
        app.library().rows,
        [99, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999]
    );
    assert_eq!(app.key_context(), KeyContext::Prompt);
}

/// A terminal without bracketed paste sends a paste as keys, all at once:
/// the event loop applies the burst as one edit.
#[test]
fn a_100_kb_burst_of_typed_keys_into_the_library_filter_is_one_filter() {
    within("100 KB of keys into a library filter", || {
        let typed = prompt_text(&copied_text(scaled(100 * KB)));
        let mut app = big_library(scaled(100_000));
        apply_events(&mut app, std::iter::once('/').chain(typed.chars()).map(key));
        assert_eq!(app.library().filter, typed);
        assert!(app.library().rows.is_empty());
        assert_eq!(app.key_context(), KeyContext::Prompt);
    });
}

#[test]
fn a_100_kb_burst_of_typed_keys_into_story_search_is_one_search() {
    within("100 KB of keys into story search", || {
        let typed = prompt_text(&copied_text(scaled(100 * KB)));
        let mut app = big_story(scaled(1024 * KB));
        apply_events(&mut app, std::iter::once('/').chain(typed.chars()).map(key));
        let story = app.story().expect("open");
        assert_eq!(story.search.query, typed);
        assert_eq!(story.search.matches, find_all(&story.article, &typed));
    });
}

#[test]
fn a_paste_with_a_line_break_does_not_submit_the_filter_in_a_real_terminal() {
    let command = format!(
        "cd {} && {}; echo EXIT=$?; sleep 60",
        env!("CARGO_MANIFEST_DIR"),
        env!("CARGO_BIN_EXE_byline"),
    );
    let Some(tmux) = Tmux::start(100, 30, &command) else {
        return;
    };
    tmux.wait_for_text("Anchorage Summit");
    tmux.keys(&["/"]);
    tmux.wait_for("the filter prompt", |screen| {
        screen
            .lines()
            .last()
            .is_some_and(|row| row.starts_with('/'))
    });
    // tmux turns the line break into a carriage return, as a terminal does
    // for a typed Enter; -p brackets the paste if the reader asked for it.
    tmux.run(&["set-buffer", "-b", "clip", "Anchorage\nq"]);
    tmux.run(&["paste-buffer", "-p", "-b", "clip", "-t", "reader"]);
    let screen = tmux.wait_for("the pasted filter, or the reader's exit", |screen| {
        screen.contains("EXIT=") || screen.contains("/Anchorage q")
    });
    assert!(
        !screen.contains("EXIT="),
        "the paste's line break submitted the filter and its `q` quit:\n{screen}"
    );
    // Still the library, filtering: Esc drops the filter, q quits.
    tmux.keys(&["Escape"]);
    tmux.wait_for("the prompt closed", |screen| {
        !screen.contains("/Anchorage q")
    });
    tmux.keys(&["q"]);
    tmux.wait_for_text("EXIT=0");
}
