//! Helpers shared by the reader's tests: an invented story with a
//! hand-made analysis, key presses by name, and screen rendering;
//! [`tmux`] runs a program in a real terminal.

#![allow(dead_code)]

pub mod tmux;

use byline::analysis::{Analysis, Entity, EntityKind, Quote, QuoteKind, QuoteSource};
use byline::article::{Article, Span};
use byline::ui::keymap::action_for_key;
use byline::ui::{Action, App};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Position;

/// An invented local-news story: two people quoted twice and once, a third
/// once, organisations, places and dates.
pub fn harbor_article() -> Article {
    let mut article = Article::from_paragraphs(
        "Harbor council approves new ferry route",
        &[
            "Mayor Elena Marsh said on Tuesday that the Harbor Council had approved a ferry route between Port Alder and Greywater Island.",
            "“This route will change how people live on the island,” Marsh told reporters outside the council chamber in Port Alder.",
            "Council member Tomas Reyes voted against the plan. “We have not seen the costs,” Reyes said, adding that the Harbor Council should wait.",
            "The Greywater Ferry Company expects the first boats to run in June. Its director, Ada Okafor, called the decision “a long time coming.”",
            "Marsh said the council would publish the budget next week. “Nobody will pay more than they do today,” she said.",
            "Residents of Greywater Island have asked for a ferry since the old bridge closed.",
        ],
    );
    article.source = Some("Byline Test Wire".into());
    article.published = Some("2026-03-14".into());
    article
}

/// The span of the `nth` (0-based) occurrence of `needle` in `paragraph`.
pub fn find(article: &Article, paragraph: usize, needle: &str, nth: usize) -> Span {
    let text = &article.paragraphs[paragraph];
    let start = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in paragraph {paragraph}"))
        .0;
    Span::new(paragraph, start, start + needle.len())
}

fn entity(
    article: &Article,
    id: &str,
    kind: EntityKind,
    name: &str,
    titles: &[&str],
    mentions: &[(usize, &str)],
) -> Entity {
    Entity {
        id: id.into(),
        kind,
        name: name.into(),
        aliases: Vec::new(),
        titles: titles.iter().map(|t| t.to_string()).collect(),
        mentions: mentions
            .iter()
            .map(|(p, needle)| find(article, *p, needle, 0))
            .collect(),
    }
}

fn quote(article: &Article, paragraph: usize, text: &str, speaker: Option<(&str, &str)>) -> Quote {
    let source = QuoteSource {
        speaker: speaker.map(|(id, _)| id.to_string()),
        speaker_name: speaker.map(|(_, name)| name.to_string()),
        cue: Some("said".into()),
    };
    Quote::new(
        find(article, paragraph, text, 0),
        Some(std::sync::Arc::new(source)),
        QuoteKind::Quote,
    )
}

/// What an extractor should find in [`harbor_article`], written by hand.
pub fn harbor_analysis(article: &Article) -> Analysis {
    use EntityKind::*;
    let entities = vec![
        entity(
            article,
            "e1",
            Person,
            "Elena Marsh",
            &["Mayor"],
            &[(0, "Elena Marsh"), (1, "Marsh"), (4, "Marsh")],
        ),
        entity(
            article,
            "e2",
            Organization,
            "Harbor Council",
            &[],
            &[(0, "Harbor Council"), (2, "Harbor Council")],
        ),
        entity(
            article,
            "e3",
            Place,
            "Port Alder",
            &[],
            &[(0, "Port Alder"), (1, "Port Alder")],
        ),
        entity(
            article,
            "e4",
            Place,
            "Greywater Island",
            &[],
            &[(0, "Greywater Island"), (5, "Greywater Island")],
        ),
        entity(
            article,
            "e5",
            Person,
            "Tomas Reyes",
            &["Council member"],
            &[(2, "Tomas Reyes"), (2, "Reyes said")],
        ),
        entity(
            article,
            "e6",
            Organization,
            "Greywater Ferry Company",
            &[],
            &[(3, "Greywater Ferry Company")],
        ),
        entity(
            article,
            "e7",
            Person,
            "Ada Okafor",
            &["director"],
            &[(3, "Ada Okafor")],
        ),
        entity(article, "e8", Date, "Tuesday", &[], &[(0, "Tuesday")]),
        entity(article, "e9", Date, "June", &[], &[(3, "June")]),
    ];
    let mut entities = entities;
    // "Reyes said": the mention is the name alone.
    entities[4].mentions[1].end -= " said".len();
    let quotes = vec![
        quote(
            article,
            1,
            "This route will change how people live on the island,",
            Some(("e1", "Elena Marsh")),
        ),
        quote(
            article,
            2,
            "We have not seen the costs,",
            Some(("e5", "Tomas Reyes")),
        ),
        quote(
            article,
            3,
            "a long time coming.",
            Some(("e7", "Ada Okafor")),
        ),
        quote(
            article,
            4,
            "Nobody will pay more than they do today,",
            Some(("e1", "Elena Marsh")),
        ),
    ];
    Analysis {
        entities,
        quotes,
        quotes_not_listed: 0,
    }
}

/// A second, shorter story for the library.
pub fn bakery_article() -> Article {
    let mut article = Article::from_paragraphs(
        "Bakery reopens after flood",
        &["The corner bakery on Mill Street opened again on Monday, three weeks after the flood."],
    );
    article.published = Some("2026-03-02".into());
    article
}

/// The library of the two invented stories, analysed by hand.
pub fn library_app(width: u16, height: u16) -> App {
    let harbor = harbor_article();
    let harbor_analysis = harbor_analysis(&harbor);
    let mut app = App::with_analyses(
        vec![
            (harbor, harbor_analysis),
            (bakery_article(), Analysis::default()),
        ],
        false,
    );
    app.update(Action::Resize { width, height });
    app
}

/// The harbor story opened directly, as from a file.
pub fn story_app(width: u16, height: u16) -> App {
    let harbor = harbor_article();
    let analysis = harbor_analysis(&harbor);
    let mut app = App::with_analyses(vec![(harbor, analysis)], true);
    app.update(Action::Resize { width, height });
    app
}

/// The key a name stands for: "j", "Enter", "Esc", "Tab", "S-Tab", "C-d", "PgDn"...
pub fn key(name: &str) -> KeyEvent {
    let plain = |code| KeyEvent::new(code, KeyModifiers::NONE);
    match name {
        "Enter" => plain(KeyCode::Enter),
        "Esc" => plain(KeyCode::Esc),
        "Tab" => plain(KeyCode::Tab),
        "S-Tab" => KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
        "Backspace" => plain(KeyCode::Backspace),
        "Up" => plain(KeyCode::Up),
        "Down" => plain(KeyCode::Down),
        "PgUp" => plain(KeyCode::PageUp),
        "PgDn" => plain(KeyCode::PageDown),
        "Home" => plain(KeyCode::Home),
        "Space" => plain(KeyCode::Char(' ')),
        "Left" => plain(KeyCode::Left),
        "Right" => plain(KeyCode::Right),
        "End" => plain(KeyCode::End),
        _ if name.starts_with("C-") => {
            let ch = name[2..].chars().next().expect("a letter after C-");
            KeyEvent::new(KeyCode::Char(ch), KeyModifiers::CONTROL)
        }
        _ => {
            let mut chars = name.chars();
            let ch = chars.next().expect("a key name");
            assert!(chars.next().is_none(), "unknown key name {name:?}");
            plain(KeyCode::Char(ch))
        }
    }
}

/// Press keys one after another, as the event loop would.
pub fn press(app: &mut App, keys: &[&str]) {
    for name in keys {
        if let Some(action) = action_for_key(&key(name), app.key_context()) {
            app.update(action);
        }
    }
}

/// Take the background work's reports (a refresh, the people index) into
/// the app until none is running; a minute at most.
pub fn wait_for_background(app: &mut App) {
    let start = std::time::Instant::now();
    while app.busy() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(60),
            "the background work never finished"
        );
        for action in app.take_reports() {
            app.update(action);
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// Type text into whatever prompt is open.
pub fn type_text(app: &mut App, text: &str) {
    for ch in text.chars() {
        app.update(Action::Input(ch));
    }
}

/// Draw the whole screen at the app's size.
pub fn render(app: &App) -> Terminal<TestBackend> {
    let area = app.area();
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    terminal.draw(|frame| byline::ui::draw(app, frame)).unwrap();
    terminal
}

/// The screen's rows as text.
pub fn screen_rows(buffer: &Buffer) -> Vec<String> {
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect()
}

/// Where `text` first appears on screen (column, row), counting wide
/// characters as the cells they cover.
pub fn locate(buffer: &Buffer, text: &str) -> Option<Position> {
    locate_all(buffer, text).into_iter().next()
}

/// Every place `text` appears on screen, top to bottom.
pub fn locate_all(buffer: &Buffer, text: &str) -> Vec<Position> {
    let wanted: Vec<String> = text.chars().map(|c| c.to_string()).collect();
    let mut found = Vec::new();
    for y in 0..buffer.area.height {
        let row: Vec<&str> = (0..buffer.area.width)
            .map(|x| buffer[(x, y)].symbol())
            .collect();
        for x in 0..row.len() {
            if row.len() - x >= wanted.len()
                && row[x..x + wanted.len()]
                    .iter()
                    .zip(&wanted)
                    .all(|(a, b)| *a == b)
            {
                found.push(Position::new(x as u16, y));
            }
        }
    }
    found
}
