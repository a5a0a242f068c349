//! Search within a story, driven by keys without a terminal: matches
//! highlighted as you type, case sensitivity, n and N between matches,
//! wrapping past the last one, and what an empty search says.

mod ui_support;

use byline::ui::{Action, Screen};
use ui_support::*;

#[test]
fn search_highlights_as_you_type_and_n_moves_between_matches() {
    let mut app = story_app(80, 24);
    press(&mut app, &["/"]);
    type_text(&mut app, "council");
    let story = app.story().unwrap();
    // "Council" is matched too: the query is all lowercase.
    assert_eq!(story.search.matches.len(), 5);
    assert_eq!(story.search.current, Some(0));
    press(&mut app, &["Enter", "n", "n"]);
    let story = app.story().unwrap();
    assert!(!story.search.prompt_open);
    assert_eq!(story.search.current, Some(2));
    let rows = screen_rows(render(&app).backend().buffer());
    assert!(rows.last().unwrap().contains("3/5"), "{:?}", rows.last());
    press(&mut app, &["N", "N", "N"]);
    assert_eq!(
        app.story().unwrap().search.current,
        Some(4),
        "N wraps around"
    );
    press(&mut app, &["Esc"]);
    assert!(app.story().unwrap().search.matches.is_empty());
    assert_eq!(app.screen(), Screen::Story, "Esc cleared the search first");
}

#[test]
fn search_is_case_sensitive_when_the_query_has_a_capital() {
    let mut app = story_app(80, 24);
    press(&mut app, &["/"]);
    type_text(&mut app, "Council");
    assert_eq!(app.story().unwrap().search.matches.len(), 3);
}

#[test]
fn a_search_with_no_matches_says_so() {
    let mut app = story_app(80, 24);
    press(&mut app, &["/"]);
    type_text(&mut app, "zebra");
    let rows = screen_rows(render(&app).backend().buffer());
    assert!(
        rows.last().unwrap().contains("no matches"),
        "{:?}",
        rows.last()
    );
    press(&mut app, &["Esc"]);
    let story = app.story().unwrap();
    assert!(story.search.query.is_empty() && !story.search.prompt_open);
}

#[test]
fn backspace_in_the_search_prompt_brings_back_the_shorter_query_matches() {
    let mut app = story_app(80, 24);
    press(&mut app, &["/"]);
    type_text(&mut app, "co");
    let for_co = app.story().unwrap().search.matches.clone();
    type_text(&mut app, "st");
    assert_eq!(app.story().unwrap().search.matches.len(), 1, "costs");
    press(&mut app, &["Backspace", "Backspace"]);
    let story = app.story().unwrap();
    assert_eq!(story.search.query, "co");
    assert_eq!(story.search.matches, for_co);
    press(&mut app, &["Backspace", "Backspace", "Backspace"]);
    assert!(app.story().unwrap().search.matches.is_empty());
    type_text(&mut app, "Marsh");
    assert_eq!(app.story().unwrap().search.matches.len(), 3);
}

#[test]
fn n_past_the_last_match_says_the_search_wrapped() {
    let mut app = story_app(80, 24);
    press(&mut app, &["/", "f", "e", "r", "r", "y", "Enter"]);
    assert_eq!(app.story().unwrap().search.current, Some(0));
    press(&mut app, &["N"]);
    let story = app.story().unwrap();
    assert_eq!(story.search.current, Some(2));
    assert_eq!(
        story.message.as_deref(),
        Some("before the first match: on to the last")
    );
    let rows = screen_rows(render(&app).backend().buffer());
    assert!(
        rows[23].contains("/ferry 3/3  before the first match"),
        "{}",
        rows[23]
    );
    press(&mut app, &["n"]);
    assert_eq!(
        app.story().unwrap().message.as_deref(),
        Some("past the last match: back to the first")
    );
    press(&mut app, &["n"]);
    assert_eq!(app.story().unwrap().message, None, "no wrap, no note");
}

#[test]
fn files_that_failed_to_load_are_counted_in_the_library_and_listed_on_e() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(
        folder.path().join("good.txt"),
        "A story\n\nSomeone said something.\n",
    )
    .unwrap();
    std::fs::write(folder.path().join("broken.json"), "{\"title\": ").unwrap();
    std::fs::write(folder.path().join("empty.md"), "").unwrap();
    let loaded = byline::article::load_path(folder.path());
    assert_eq!((loaded.articles.len(), loaded.errors.len()), (1, 2));
    let mut app = byline::ui::App::new(loaded.articles, false);
    app.set_load_errors(loaded.errors);
    app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    let rows = screen_rows(render(&app).backend().buffer());
    assert!(
        rows[23].starts_with("2 files not read (e lists)"),
        "{}",
        rows[23]
    );

    press(&mut app, &["e"]);
    assert_eq!(app.overlay(), Some(byline::ui::app::Overlay::LoadErrors));
    let text = screen_rows(render(&app).backend().buffer()).join("\n");
    assert!(text.contains("2 files not read"), "{text}");
    assert!(text.contains("broken.json"), "{text}");
    assert!(text.contains("empty.md"), "{text}");
    assert!(text.contains("empty file"), "the reason too: {text}");
    // Keys go to the list, not the library, until Esc closes it.
    press(&mut app, &["q"]);
    assert!(!app.should_quit());
    assert_eq!(app.overlay(), None);
    press(&mut app, &["e", "Esc"]);
    assert_eq!(app.overlay(), None);
    assert_eq!(app.screen(), Screen::Library);
}
