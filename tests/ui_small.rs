//! Small terminals: text wraps or ends in an ellipsis, never cut mid-word,
//! and a terminal too small says what size it needs.

mod ui_support;

use byline::ui::keymap::KEY_HELP;
use ui_support::*;

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_help_wraps_on_a_narrow_terminal_and_keeps_every_word() {
    for width in [40, 50, 64, 80, 120] {
        let mut app = story_app(width, 90);
        press(&mut app, &["?"]);
        let rows = screen_rows(render(&app).backend().buffer());
        // Inside the double border of the overlay.
        let inside: Vec<String> = rows
            .iter()
            .filter_map(|row| {
                let start = row.find('║')?;
                let end = row.rfind('║')?;
                (end > start).then(|| row[start + '║'.len_utf8()..end].to_string())
            })
            .collect();
        assert!(!inside.is_empty(), "{rows:#?}");
        let text = squeeze(&inside.join(" "));
        for (keys, meaning) in KEY_HELP {
            assert!(text.contains(&squeeze(keys)), "{width}: {keys:?} in {text}");
            assert!(
                text.contains(&squeeze(meaning)),
                "{width}: {meaning:?} whole in {text}"
            );
        }
        assert!(text.contains("Colours: People"), "{width}: {text}");
    }
}

#[test]
fn the_status_hint_drops_whole_hints_rather_than_cut_one() {
    for width in [40, 52, 64, 80] {
        for mut app in [story_app(width, 20), library_app(width, 20)] {
            let rows = screen_rows(render(&app).backend().buffer());
            let status = rows.last().unwrap().trim_end().to_string();
            assert!(status.ends_with("? help"), "{width}: {status:?}");
            let known = [
                "Tab pane",
                "/ search",
                "s speaker",
                "f filter",
                "q back",
                "? help",
                "Enter open",
                "/ filter",
                "j/k move",
                "q quit",
            ];
            for hint in status.trim().split(" · ") {
                assert!(known.contains(&hint), "{width}: {hint:?} in {status:?}");
            }
            press(&mut app, &["q"]);
        }
    }
}

#[test]
fn long_entity_names_end_in_an_ellipsis_and_keep_their_count() {
    let app = story_app(40, 30);
    let buffer = render(&app).backend().buffer().clone();
    let entities = app.story_geometry().unwrap().panes.entities;
    let rows = screen_rows(&buffer);
    let inside = |y: u16| -> String {
        rows[usize::from(y)]
            .chars()
            .skip(usize::from(entities.x))
            .take(usize::from(entities.width))
            .collect()
    };
    let company = (entities.y..entities.bottom())
        .map(inside)
        .find(|row| row.contains("Greywater") && row.contains("×1"))
        .unwrap_or_else(|| panic!("{rows:#?}"));
    assert!(company.contains("…"), "{company}");
}

#[test]
fn a_terminal_too_small_says_what_size_it_needs() {
    let app = story_app(24, 5);
    let rows = screen_rows(render(&app).backend().buffer());
    let text = squeeze(&rows.join(" "));
    assert!(text.contains("terminal too small"), "{rows:#?}");
    assert!(text.contains("needs 40×8, is 24×5"), "{rows:#?}");
}

#[test]
fn every_size_draws_zoomed_panes_filters_and_overlays_without_panicking() {
    use byline::ui::Action;
    for (width, height) in (0..=130)
        .step_by(13)
        .flat_map(|w| (0..=45).step_by(7).map(move |h| (w, h)))
    {
        let mut story = story_app(80, 24);
        press(
            &mut story,
            &["z", "Tab", "/", "a", "Enter", "j", "Tab", "/", "x"],
        );
        story.update(Action::Resize { width, height });
        render(&story);
        press(&mut story, &["Enter", "Esc", "z", "G", "?", "G"]);
        render(&story);
        let mut library = library_app(80, 24);
        library.set_load_errors(vec![byline::article::LoadError::new(
            std::path::Path::new("/a/very/long/path/to/a/file/that/did/not/load.json"),
            "malformed JSON at line 1, column 11: EOF while parsing an object",
        )]);
        press(&mut library, &["e"]);
        library.update(Action::Resize { width, height });
        render(&library);
        press(&mut library, &["G", "k"]);
        render(&library);
    }
}

#[test]
fn a_pending_count_shows_in_the_status_line() {
    let mut app = story_app(80, 24);
    press(&mut app, &["1", "2"]);
    let rows = screen_rows(render(&app).backend().buffer());
    assert!(rows[23].trim_end().ends_with(" 12"), "{:?}", rows[23]);
    press(&mut app, &["j"]);
    let rows = screen_rows(render(&app).backend().buffer());
    assert!(!rows[23].trim_end().ends_with("12"), "{:?}", rows[23]);
}

#[test]
fn a_metadata_line_too_long_for_the_pane_ends_in_an_ellipsis() {
    let app = story_app(40, 12);
    let rows = screen_rows(render(&app).backend().buffer());
    let meta = rows.iter().find(|r| r.contains("Byline Test")).unwrap();
    assert!(
        meta.contains("Byline Test Wire …") || meta.contains("Byline Test Wire…"),
        "{meta}"
    );
}
