//! The keys users of less, vim and newsboat reach for: paging with Space
//! and b, counts (5j), h / l between panes, zoom, list filters, opening
//! and copying, Esc one step back.

mod ui_support;

use byline::ui::lines::LinePos;
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
