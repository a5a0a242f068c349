//! Whole screens drawn with ratatui's TestBackend: insta snapshots of the
//! text, and Buffer style checks for what snapshots cannot see (colours).

mod ui_support;

use byline::analysis::EntityKind;
use byline::ui::{Action, Pane, theme};
use ratatui::style::{Color, Modifier};
use ui_support::*;

#[test]
fn library_screen_80x24() {
    let app = library_app(80, 24);
    insta::assert_snapshot!(render(&app).backend());
}

#[test]
fn library_screen_120x40() {
    let app = library_app(120, 40);
    insta::assert_snapshot!(render(&app).backend());
}

#[test]
fn story_screen_80x24() {
    let app = story_app(80, 24);
    insta::assert_snapshot!(render(&app).backend());
}

#[test]
fn story_screen_with_a_quote_selected_120x40() {
    let mut app = story_app(120, 40);
    app.update(Action::Focus(Pane::Quotes));
    press(&mut app, &["j"]);
    insta::assert_snapshot!(render(&app).backend());
}

#[test]
fn story_screen_filtered_to_a_speaker_80x24() {
    let mut app = story_app(80, 24);
    press(&mut app, &["Tab", "f"]);
    insta::assert_snapshot!(render(&app).backend());
}

#[test]
fn help_overlay_80x24() {
    let mut app = story_app(80, 24);
    press(&mut app, &["?"]);
    insta::assert_snapshot!(render(&app).backend());
}

#[test]
fn search_prompt_120x40() {
    let mut app = story_app(120, 40);
    press(&mut app, &["/"]);
    type_text(&mut app, "harbor");
    insta::assert_snapshot!(render(&app).backend());
}

#[test]
fn a_tiny_terminal_says_it_is_too_small() {
    let app = story_app(20, 5);
    let rows = screen_rows(render(&app).backend().buffer());
    assert!(
        rows.iter().any(|row| row.contains("too small")),
        "{rows:#?}"
    );
}

#[test]
fn every_size_draws_without_panicking() {
    for (width, height) in (0..=130)
        .step_by(7)
        .flat_map(|w| (0..=45).step_by(4).map(move |h| (w, h)))
    {
        for mut app in [story_app(80, 24), library_app(80, 24)] {
            press(&mut app, &["Tab", "j", "Tab", "j", "/", "a"]);
            app.update(Action::Resize { width, height });
            render(&app);
            press(&mut app, &["Enter", "n", "G", "Tab", "G", "j"]);
            render(&app);
        }
    }
}

#[test]
fn the_selected_quote_is_highlighted_strongly_in_the_article() {
    let mut app = story_app(120, 40);
    app.update(Action::Focus(Pane::Quotes));
    press(&mut app, &["j"]);
    let terminal = render(&app);
    let buffer = terminal.backend().buffer();
    let article = app.story_geometry().unwrap().panes.article;
    // The quote wraps: "“We have not" ends one line, "seen the costs,”" starts the next.
    for part in ["We have not", "seen the costs,"] {
        let at = locate(buffer, part).expect("the quote is on screen");
        assert!(article.contains(at), "{part:?} found in the article pane");
        for dx in 0..part.len() as u16 {
            let cell = &buffer[(at.x + dx, at.y)];
            assert_eq!(cell.bg, Color::Yellow, "cell {dx} of {part:?}");
            assert_eq!(cell.fg, Color::Black);
        }
    }
    let at = locate(buffer, "We have not").unwrap();
    // The quote marks themselves are not part of the span.
    assert_ne!(buffer[(at.x - 1, at.y)].bg, Color::Yellow);
}

#[test]
fn mentions_are_coloured_by_kind_and_quotes_stand_out() {
    let app = story_app(120, 40);
    let terminal = render(&app);
    let buffer = terminal.backend().buffer();
    let person = locate(buffer, "Elena Marsh said").unwrap();
    assert_eq!(buffer[person].fg, theme::kind_color(EntityKind::Person));
    let place = locate(buffer, "Port Alder and").unwrap();
    assert_eq!(buffer[place].fg, theme::kind_color(EntityKind::Place));
    let plain = locate(buffer, "approved a ferry").unwrap();
    assert_eq!(buffer[plain].fg, Color::Reset);
    let quoted = locate(buffer, "This route will").unwrap();
    assert!(buffer[quoted].modifier.contains(Modifier::ITALIC));
    assert_eq!(buffer[quoted].fg, Color::LightYellow);
}

#[test]
fn a_selected_entity_marks_all_mentions_and_the_current_one_strongly() {
    let mut app = story_app(120, 40);
    press(&mut app, &["Tab", "g", "n"]);
    let terminal = render(&app);
    let buffer = terminal.backend().buffer();
    let article = app.story_geometry().unwrap().panes.article;
    let in_article: Vec<_> = locate_all(buffer, "Marsh")
        .into_iter()
        .filter(|p| article.contains(*p))
        .collect();
    assert_eq!(in_article.len(), 3, "Elena Marsh, Marsh, Marsh");
    let current: Vec<_> = in_article
        .iter()
        .filter(|p| buffer[**p].bg == Color::Yellow)
        .collect();
    assert_eq!(current, [&in_article[1]], "the second mention is current");
    assert_eq!(
        buffer[in_article[0]].bg,
        theme::kind_color(EntityKind::Person)
    );
}

#[test]
fn search_matches_are_highlighted_and_the_current_one_strongly() {
    let mut app = story_app(120, 40);
    press(&mut app, &["/"]);
    type_text(&mut app, "ferry");
    press(&mut app, &["Enter", "n"]);
    let terminal = render(&app);
    let buffer = terminal.backend().buffer();
    let article = app.story_geometry().unwrap().panes.article;
    assert_eq!(app.story().unwrap().search.matches.len(), 3);
    // The title says "ferry" too, but only paragraphs are searched.
    let hits: Vec<_> = locate_all(buffer, "ferry")
        .into_iter()
        .chain(locate_all(buffer, "Ferry"))
        .filter(|p| article.contains(*p))
        .collect();
    assert_eq!(hits.len(), 4, "{hits:?}");
    let strong = hits
        .iter()
        .filter(|p| buffer[**p].bg == Color::Yellow)
        .count();
    let weak = hits
        .iter()
        .filter(|p| buffer[**p].bg == Color::LightBlue)
        .count();
    assert_eq!((strong, weak), (1, 2));
}

#[test]
fn the_focused_pane_is_marked() {
    let mut app = story_app(80, 24);
    press(&mut app, &["Tab"]);
    let rows = screen_rows(render(&app).backend().buffer());
    let entities_title = rows.iter().find(|row| row.contains("Entities")).unwrap();
    assert!(entities_title.contains("▶ Entities"), "{entities_title}");
    assert!(!rows.iter().any(|row| row.contains("▶ Article")));
}

#[test]
fn clicking_a_mention_in_the_article_selects_its_entity() {
    let mut app = story_app(120, 40);
    let buffer = render(&app).backend().buffer().clone();
    let article = app.story_geometry().unwrap().panes.article;
    let reyes = locate_all(&buffer, "Tomas Reyes")
        .into_iter()
        .find(|p| article.contains(*p))
        .unwrap();
    app.update(Action::Click {
        column: reyes.x + 2,
        row: reyes.y,
    });
    let story = app.story().unwrap();
    let selected = story.selected_entity.expect("clicked entity selected");
    assert_eq!(story.analysis.entities[selected].name, "Tomas Reyes");
    assert_eq!(story.focus, Pane::Article);
}

#[test]
fn clicking_a_quote_in_the_article_selects_it_in_quotes() {
    let mut app = story_app(120, 40);
    let buffer = render(&app).backend().buffer().clone();
    let at = locate(&buffer, "Nobody will pay").unwrap();
    app.update(Action::Click {
        column: at.x + 3,
        row: at.y,
    });
    assert_eq!(app.story().unwrap().selected_quote, Some(3));
}

#[test]
fn clicking_a_row_in_quotes_selects_that_quote() {
    let mut app = story_app(120, 40);
    let buffer = render(&app).backend().buffer().clone();
    let quotes = app.story_geometry().unwrap().panes.quotes;
    let okafor = locate_all(&buffer, "Ada Okafor")
        .into_iter()
        .find(|p| quotes.contains(*p))
        .unwrap();
    app.update(Action::Click {
        column: okafor.x,
        row: okafor.y,
    });
    let story = app.story().unwrap();
    assert_eq!(story.focus, Pane::Quotes);
    assert_eq!(story.selected_quote, Some(2));
}

#[test]
fn the_wheel_scrolls_the_article_under_the_pointer() {
    let mut app = story_app(80, 24);
    let article = app.story_geometry().unwrap().panes.article;
    app.update(Action::Wheel {
        column: article.x + 3,
        row: article.y + 3,
        lines: 3,
    });
    assert!(app.story().unwrap().top > Default::default());
}

#[test]
fn the_entities_pane_scrolls_to_keep_the_selection_in_view() {
    let mut app = story_app(80, 24);
    let entities = app.story_geometry().unwrap().panes.entities;
    let on_screen = |app: &byline::ui::App, name: &str| {
        let terminal = render(app);
        locate_all(terminal.backend().buffer(), name)
            .into_iter()
            .find(|p| entities.contains(*p))
            .map(|p| terminal.backend().buffer()[p].bg)
    };
    assert_eq!(on_screen(&app, "June"), None, "below the fold at first");
    press(&mut app, &["Tab", "G"]);
    assert_eq!(
        on_screen(&app, "June"),
        Some(Color::Yellow),
        "selected and shown"
    );
    press(&mut app, &["g"]);
    assert_eq!(
        on_screen(&app, "People"),
        Some(Color::Reset),
        "back at the top, heading too"
    );
}

#[test]
fn on_a_short_terminal_the_help_scrolls() {
    let mut app = story_app(80, 12);
    press(&mut app, &["?"]);
    let shows = |app: &byline::ui::App, text: &str| {
        screen_rows(render(app).backend().buffer())
            .iter()
            .any(|row| row.contains(text))
    };
    assert!(shows(&app, "j/k scroll"));
    assert!(shows(&app, "j / k, Down / Up"));
    assert!(!shows(&app, "Colours:"));
    press(&mut app, &["G"]);
    assert!(shows(&app, "Colours:"));
    assert!(!shows(&app, "j / k, Down / Up"));
    press(&mut app, &["k", "g"]);
    assert!(shows(&app, "j / k, Down / Up"));
    press(&mut app, &["Esc"]);
    assert!(!app.help_open());
    assert_eq!(
        app.story().unwrap().top,
        Default::default(),
        "the story did not move"
    );
}

#[test]
fn the_library_fits_its_columns_and_marks_cut_titles() {
    for width in [80, 120] {
        let mut app = library_app(width, 24);
        // A long title, as real headlines are.
        press(&mut app, &["j"]);
        let rows = screen_rows(render(&app).backend().buffer());
        let harbor = rows.iter().find(|r| r.contains("Harbor")).unwrap();
        assert!(harbor.contains("2026-03-14"), "the date whole: {harbor}");
        assert!(harbor.contains("Byline Test Wire"), "{harbor}");
        let header = &rows[1];
        // People sits one space after the date column, not after a gap.
        assert!(header.contains("Date       People Quotes"), "{header}");
    }
    let rows = screen_rows(render(&library_app(60, 24)).backend().buffer());
    let harbor = rows.iter().find(|r| r.contains("Harbor")).unwrap();
    assert!(
        harbor.contains("Harbor council appr… Byline Test… 2026-03-14"),
        "{harbor}"
    );
    assert!(harbor.contains("2026-03-14"), "{harbor}");
}

#[test]
fn one_article_is_one_article() {
    let harbor = harbor_article();
    let analysis = harbor_analysis(&harbor);
    let mut app = byline::ui::App::with_analyses(vec![(harbor, analysis)], false);
    app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    let rows = screen_rows(render(&app).backend().buffer());
    assert!(rows[0].contains("Byline · 1 article "), "{}", rows[0]);
}
