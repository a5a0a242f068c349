//! The bundled seed story (data/anchorage-summit.txt) through the real
//! loader and analysis: the flows the reader was specified with.

mod ui_support;

use byline::article::load_path;
use byline::ui::lines::LinePos;
use byline::ui::story::Highlight;
use byline::ui::{Action, App, Pane};
use ratatui::style::Color;
use ui_support::*;

fn seed_app(width: u16, height: u16) -> App {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/anchorage-summit.txt");
    let loaded = load_path(std::path::Path::new(path));
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let mut app = App::new(loaded.articles, true);
    app.update(Action::Resize { width, height });
    app
}

/// The symbols of every cell of the article pane drawn black on yellow, in
/// reading order, without spaces (a span may wrap across lines).
fn strongly_highlighted(app: &App) -> String {
    let terminal = render(app);
    let buffer = terminal.backend().buffer();
    let article = app.story_geometry().unwrap().panes.article;
    let mut text = String::new();
    for y in article.top()..article.bottom() {
        for x in article.left()..article.right() {
            let cell = &buffer[(x, y)];
            if cell.bg == Color::Yellow && cell.fg == Color::Black {
                text.push_str(cell.symbol());
            }
        }
    }
    text.replace(' ', "")
}

#[test]
fn the_sixth_quote_opens_paragraph_4_with_its_words_highlighted() {
    for (width, height) in [(80, 24), (120, 40)] {
        let mut app = seed_app(width, height);
        app.update(Action::Focus(Pane::Quotes));
        press(&mut app, &["j", "j", "j", "j", "j", "j"]);
        let story = app.story().unwrap();
        let Highlight::Quote(quote) = story.highlight else {
            panic!("a quote is highlighted: {:?}", story.highlight);
        };
        assert_eq!(quote, 5);
        assert_eq!(
            story.analysis.quotes[quote].text(&story.article),
            "very severe consequences"
        );
        assert_eq!(
            story.top,
            LinePos::paragraph_start(3),
            "paragraph 4 at the top"
        );
        assert_eq!(strongly_highlighted(&app), "verysevereconsequences");
        let rows = screen_rows(render(&app).backend().buffer());
        assert!(
            rows[1].starts_with("│4 ") || rows[1].starts_with("┃4 "),
            "{:?}",
            rows[1]
        );
    }
}

#[test]
fn searching_alaska_finds_two_and_n_moves_to_the_second() {
    let mut app = seed_app(80, 24);
    press(&mut app, &["/"]);
    type_text(&mut app, "Alaska");
    let story = app.story().unwrap();
    assert_eq!(story.search.matches.len(), 2);
    assert_eq!(story.search.current, Some(0));
    press(&mut app, &["Enter", "n"]);
    let story = app.story().unwrap();
    assert_eq!(story.search.current, Some(1));
    let second = story.search.matches[1];
    assert_eq!(second.text(&story.article), "Alaska");
    assert_eq!(second.paragraph, 2);
    assert_eq!(
        strongly_highlighted(&app),
        "Alaska",
        "the second match is on screen"
    );
    let rows = screen_rows(render(&app).backend().buffer());
    assert!(rows.last().unwrap().contains("2/2"), "{:?}", rows.last());
}

#[test]
fn from_the_sixth_quote_s_selects_trump_and_f_lists_his_quotes() {
    let mut app = seed_app(120, 40);
    app.update(Action::Focus(Pane::Quotes));
    press(&mut app, &["G", "s"]);
    let story = app.story().unwrap();
    let speaker = story.selected_entity.expect("the speaker is selected");
    assert_eq!(story.analysis.entities[speaker].name, "Donald Trump");
    press(&mut app, &["f"]);
    let story = app.story().unwrap();
    let texts: Vec<&str> = story
        .visible_quotes()
        .iter()
        .map(|&q| story.analysis.quotes[q].text(&story.article))
        .collect();
    assert!(texts.contains(&"very severe consequences"), "{texts:?}");
    assert!(!texts.contains(&"useful"), "Putin's words are filtered out");
    press(&mut app, &["["]);
    let story = app.story().unwrap();
    let selected = story.selected_quote.unwrap();
    assert_eq!(
        story.analysis.quotes[selected].speaker_name(),
        Some("Donald Trump")
    );
    assert_ne!(
        story.analysis.quotes[selected].text(&story.article),
        "very severe consequences"
    );
}
