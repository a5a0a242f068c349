//! The keys users of less, vim and newsboat reach for: paging with Space
//! and b, counts (5j), h / l between panes, zoom, list filters, opening
//! and copying, Esc one step back.

mod ui_support;

use byline::ui::lines::LinePos;
use byline::ui::story::Highlight;
use byline::ui::{Action, App, Pane, Screen};
use ui_support::*;

fn top(app: &App) -> LinePos {
    app.story().unwrap().top
}

#[test]
fn space_and_b_page_the_article_as_pgdn_and_pgup_do() {
    let mut paged = story_app(80, 16);
    let mut by_key = story_app(80, 16);
    press(&mut paged, &["PgDn"]);
    press(&mut by_key, &["Space"]);
    assert!(top(&by_key) > LinePos::default());
    assert_eq!(top(&by_key), top(&paged));
    press(&mut by_key, &["C-f"]);
    press(&mut paged, &["PgDn"]);
    assert_eq!(top(&by_key), top(&paged));
    press(&mut by_key, &["b", "C-b"]);
    assert_eq!(top(&by_key), LinePos::default());
}

#[test]
fn a_count_repeats_the_movement_that_follows() {
    let mut counted = story_app(80, 24);
    let mut one_by_one = story_app(80, 24);
    press(&mut counted, &["5", "j"]);
    press(&mut one_by_one, &["j", "j", "j", "j", "j"]);
    assert!(top(&counted) > LinePos::default());
    assert_eq!(top(&counted), top(&one_by_one));
    assert!(counted.pending_count().is_none(), "used up");

    // In a list it moves the selection; two digits make one count.
    press(&mut counted, &["Tab", "3", "j"]);
    press(&mut one_by_one, &["Tab", "j", "j", "j"]);
    let selected = |app: &App| app.story().unwrap().selected_entity;
    assert_eq!(selected(&counted), selected(&one_by_one));
    press(&mut counted, &["1", "2", "k"]);
    press(&mut one_by_one, &["g"]);
    assert_eq!(selected(&counted), selected(&one_by_one), "12k: the top");

    // 2n: two matches on.
    let mut app = story_app(80, 24);
    press(&mut app, &["/", "f", "e", "r", "r", "y", "Enter"]);
    assert_eq!(app.story().unwrap().search.current, Some(0));
    press(&mut app, &["2", "n"]);
    assert_eq!(app.story().unwrap().search.current, Some(2));
}

#[test]
fn h_and_l_move_focus_left_and_right() {
    let mut app = story_app(80, 24);
    let focus = |app: &App| app.story().unwrap().focus;
    press(&mut app, &["l"]);
    assert_eq!(focus(&app), Pane::Entities);
    press(&mut app, &["Tab"]);
    assert_eq!(focus(&app), Pane::Quotes);
    press(&mut app, &["h"]);
    assert_eq!(focus(&app), Pane::Article);
}

#[test]
fn the_library_filter_matches_author_and_source() {
    let mut app = library_app(80, 24);
    press(&mut app, &["/"]);
    type_text(&mut app, "test wire");
    assert_eq!(app.library().rows, [0], "the harbor story's source");
    let mut app = {
        let mut bakery = bakery_article();
        bakery.author = Some("Ines Sousa".into());
        let harbor = harbor_article();
        let analysis = harbor_analysis(&harbor);
        let mut app = App::with_analyses(
            vec![(harbor, analysis), (bakery, Default::default())],
            false,
        );
        app.update(Action::Resize {
            width: 80,
            height: 24,
        });
        app
    };
    press(&mut app, &["/"]);
    type_text(&mut app, "sousa");
    assert_eq!(app.library().rows, [1], "by its author");
    assert_eq!(app.screen(), Screen::Library);
}

#[test]
fn z_zooms_the_focused_pane_to_the_whole_screen_and_back() {
    let mut app = story_app(80, 24);
    let width_of = |app: &App, pane: Pane| {
        let panes = app.story_geometry().unwrap().panes;
        match pane {
            Pane::Article => panes.article.width,
            Pane::Entities => panes.entities.width,
            Pane::Quotes => panes.quotes.width,
        }
    };
    let side_by_side = width_of(&app, Pane::Article);
    press(&mut app, &["z"]);
    assert_eq!(width_of(&app, Pane::Article), 80);
    let rows = screen_rows(render(&app).backend().buffer());
    assert!(!rows.iter().any(|r| r.contains("Entities")), "{rows:#?}");
    assert!(rows[1].contains("Harbor council approves new ferry route"));
    // The zoom follows the focus: every entity on the whole screen.
    press(&mut app, &["Tab"]);
    assert_eq!(width_of(&app, Pane::Entities), 80);
    assert_eq!(width_of(&app, Pane::Article), 0);
    let rows = screen_rows(render(&app).backend().buffer());
    assert!(rows.iter().any(|r| r.contains("▶ Entities")), "{rows:#?}");
    assert!(
        rows.iter().any(|r| r.contains("June")),
        "all nine fit: {rows:#?}"
    );
    press(&mut app, &["z"]);
    assert_eq!(width_of(&app, Pane::Article), side_by_side);
}

#[test]
fn slash_in_entities_and_quotes_filters_the_list_as_you_type() {
    let mut app = story_app(80, 24);
    press(&mut app, &["Tab", "/", "g", "r", "e"]);
    let story = app.story().unwrap();
    let names: Vec<&str> = story
        .entity_rows
        .iter()
        .filter_map(|row| match row {
            byline::ui::story::EntityRow::Entity(e) => {
                Some(story.analysis.entities[*e].name.as_str())
            }
            _ => None,
        })
        .collect();
    assert_eq!(names, ["Greywater Ferry Company", "Greywater Island"]);
    assert!(story.search.query.is_empty(), "not an article search");
    let rows = screen_rows(render(&app).backend().buffer());
    assert!(rows[0].contains("Entities 2 of 9 /gre"), "{}", rows[0]);
    assert!(rows[23].starts_with("/gre█  2 of 9"), "{}", rows[23]);
    // Titles match too: "Mayor" is Elena Marsh's.
    press(&mut app, &["Backspace", "Backspace", "Backspace"]);
    type_text(&mut app, "mayor");
    press(&mut app, &["Enter"]);
    let story = app.story().unwrap();
    let selected = story.selected_entity.unwrap();
    assert_eq!(story.analysis.entities[selected].name, "Elena Marsh");
    // Esc drops the filter: one step, the selection stays.
    press(&mut app, &["Esc"]);
    let story = app.story().unwrap();
    assert_eq!(story.entity_filter, "");
    assert_eq!(story.list_counts(Pane::Entities), (9, 9));
    assert_eq!(story.selected_entity, Some(selected));

    press(&mut app, &["Tab", "/"]);
    type_text(&mut app, "costs");
    let story = app.story().unwrap();
    assert_eq!(story.visible_quotes(), [1], "by its words");
    press(&mut app, &["Esc"]);
    press(&mut app, &["/"]);
    type_text(&mut app, "okafor");
    assert_eq!(app.story().unwrap().visible_quotes(), [2], "by its speaker");
}

fn harbor_with_url() -> App {
    let mut harbor = harbor_article();
    harbor.url = Some("https://news.example/harbor-ferry".into());
    let analysis = harbor_analysis(&harbor);
    let mut app = App::with_analyses(vec![(harbor, analysis)], true);
    app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    app
}

#[test]
fn o_opens_the_url_with_browser_and_says_so() {
    let folder = tempfile::tempdir().unwrap();
    let script = folder.path().join("browser");
    let record = folder.path().join("opened");
    std::fs::write(
        &script,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > {}\n", record.display()),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut app = harbor_with_url();
    app.set_browser(Some(script.clone().into_os_string()));
    press(&mut app, &["o"]);
    let message = app.story().unwrap().message.clone().unwrap();
    assert!(
        message.starts_with("opened https://news.example/harbor-ferry"),
        "{message}"
    );
    let start = std::time::Instant::now();
    while !record.exists() || std::fs::read_to_string(&record).unwrap().is_empty() {
        assert!(start.elapsed().as_secs() < 30, "the browser never ran");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(
        std::fs::read_to_string(&record).unwrap(),
        "https://news.example/harbor-ferry"
    );
}

#[test]
fn o_without_a_url_says_so() {
    let mut app = story_app(80, 24);
    app.set_browser(Some("/nonexistent/never-run".into()));
    press(&mut app, &["o"]);
    assert_eq!(
        app.story().unwrap().message.as_deref(),
        Some("this article has no URL")
    );
}

#[test]
fn y_copies_the_selected_quote_with_its_citation() {
    let copied = std::rc::Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
    let mut app = harbor_with_url();
    let sink = copied.clone();
    app.set_clipboard(Box::new(move |text| {
        sink.borrow_mut().push(text.to_string());
        Ok(())
    }));
    press(&mut app, &["y"]);
    assert_eq!(
        app.story().unwrap().message.as_deref(),
        Some("select a quote first")
    );
    press(&mut app, &["Tab", "Tab", "j", "y"]);
    assert_eq!(
        copied.borrow().as_slice(),
        [
            "“We have not seen the costs” — Tomas Reyes, Harbor council approves new ferry route, \
          Byline Test Wire, 2026-03-14, https://news.example/harbor-ferry"
        ]
    );
    let rows = screen_rows(render(&app).backend().buffer());
    assert!(
        rows[23].contains("copied the quote and its citation"),
        "{}",
        rows[23]
    );
}

#[test]
fn esc_goes_back_one_step_at_a_time_and_a_cleared_highlight_leaves_no_mark() {
    let mut app = library_app(80, 24);
    press(&mut app, &["Enter", "Tab", "g", "Enter", "Tab", "Tab", "h"]);
    press(&mut app, &["/", "f", "e", "r", "r", "y", "Enter", "z"]);
    let story = app.story().unwrap();
    assert!(story.zoomed && !story.search.query.is_empty());
    assert!(matches!(story.highlight, Highlight::Entity { .. }));
    assert!(story.selected_quote.is_some(), "Quotes showed its cursor");

    press(&mut app, &["Esc"]);
    let story = app.story().unwrap();
    assert!(
        story.search.query.is_empty() && story.zoomed,
        "the search only"
    );
    press(&mut app, &["Esc"]);
    let story = app.story().unwrap();
    assert!(!story.zoomed && matches!(story.highlight, Highlight::Entity { .. }));
    press(&mut app, &["Esc"]);
    let story = app.story().unwrap();
    assert_eq!(story.highlight, Highlight::Nothing);
    assert_eq!((story.selected_entity, story.selected_quote), (None, None));
    // No pane still marks anything: no yellow, no reversed row.
    let terminal = render(&app);
    let buffer = terminal.backend().buffer();
    let marked = buffer.content.iter().filter(|c| {
        c.bg == ratatui::style::Color::Yellow
            || c.modifier.contains(ratatui::style::Modifier::REVERSED)
    });
    assert_eq!(marked.count(), 0);
    assert_eq!(app.screen(), Screen::Story);
    press(&mut app, &["Esc"]);
    assert_eq!(app.screen(), Screen::Library);
}
