//! The reader survives odd stories and analyses: nothing to show, control
//! characters and wide or combining characters, spans that do not fit.

mod ui_support;

use byline::analysis::{Analysis, Entity, EntityKind, Quote, QuoteKind, QuoteSource};
use byline::article::{Article, Span};
use byline::ui::{Action, App, Pane};
use ui_support::*;

fn drive_everything(app: &mut App) {
    for (width, height) in [(80, 24), (41, 9), (200, 60), (40, 8)] {
        app.update(Action::Resize { width, height });
        render(app);
        for pane in [Pane::Article, Pane::Entities, Pane::Quotes] {
            app.update(Action::Focus(pane));
            press(
                app,
                &[
                    "j", "G", "n", "N", "s", "f", "]", "[", "Enter", "g", "k", "C-d", "PgDn",
                ],
            );
            render(app);
        }
        press(app, &["/", "a", "é", "Enter", "n"]);
        app.update(Action::Click { column: 10, row: 3 });
        app.update(Action::Wheel {
            column: 60,
            row: 12,
            lines: 3,
        });
        render(app);
    }
}

#[test]
fn an_empty_story_draws_and_moves() {
    let article = Article::from_paragraphs("", &[]);
    let mut app = App::with_analyses(vec![(article, Analysis::default())], true);
    drive_everything(&mut app);
    assert!(!app.should_quit());
}

#[test]
fn control_wide_and_combining_characters_draw() {
    let article = Article::from_paragraphs(
        "Tabs\tand\u{7}bells",
        &[
            "A\ttab, a bell\u{7}, e\u{301}t\u{e9}, 東京 and 🚢🚢🚢, עברית and العربية.",
            "",
            &"長".repeat(500),
        ],
    );
    let mut app = App::with_analyses(vec![(article, Analysis::default())], true);
    drive_everything(&mut app);
}

#[test]
fn spans_outside_the_text_are_ignored() {
    let article = Article::from_paragraphs("Odd analysis", &["Short text é.", "Second."]);
    let bad = |paragraph, start, end| Span::new(paragraph, start, end);
    let analysis = Analysis {
        entities: vec![Entity {
            id: "e1".into(),
            kind: EntityKind::Person,
            name: "Nobody".into(),
            aliases: Vec::new(),
            titles: Vec::new(),
            // Past the end, inside "é", and in a paragraph that does not exist.
            mentions: vec![bad(0, 5, 500), bad(0, 12, 13), bad(9, 0, 3)],
        }],
        quotes: vec![Quote::new(
            bad(7, 2, 1),
            Some(std::sync::Arc::new(QuoteSource {
                speaker: Some("e404".into()),
                ..QuoteSource::default()
            })),
            QuoteKind::Quote,
        )],
        // Past what any story could have.
        quotes_not_listed: usize::MAX,
    };
    let mut app = App::with_analyses(vec![(article, analysis)], true);
    drive_everything(&mut app);
}

#[test]
fn the_quotes_pane_says_how_many_quotations_it_does_not_list() {
    // A story lists at most `MOST_QUOTES`; this one found 12345 more.
    let article = harbor_article();
    let mut analysis = harbor_analysis(&article);
    analysis.quotes_not_listed = 12345;
    let listed = analysis.quotes.len();
    let mut app = App::with_analyses(vec![(article, analysis)], true);
    app.update(Action::Resize {
        width: 120,
        height: 30,
    });
    let terminal = render(&app);
    let rows = screen_rows(terminal.backend().buffer());
    let title = format!("Quotes {listed} (+12345 not listed)");
    assert!(
        rows.iter().any(|row| row.contains(&title)),
        "no {title:?} in:\n{}",
        rows.join("\n")
    );
}
