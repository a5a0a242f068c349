//! A paragraph full of escape sequences, loaded from a file as a user would
//! open it, shows every one of its words in the reader. (Wrapping once
//! counted `ESC[...m` as zero columns while the screen showed its other
//! characters, so lines overflowed and words fell off the screen.)

mod ui_support;

use byline::article::load_path;
use byline::ui::{Action, App};
use ui_support::*;

const WORDS: [&str; 8] = [
    "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel",
];

#[test]
fn every_word_of_a_hostile_paragraph_is_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.txt");
    let paragraph = WORDS
        .iter()
        .map(|w| format!("\u{1b}[1;31m{w}\u{1b}[0m\u{1b}[38;5;196m"))
        .collect::<Vec<_>>()
        .join(" ");
    std::fs::write(&path, format!("Escapes\n\n{paragraph}\n")).unwrap();
    let loaded = load_path(&path);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    for (width, height) in [(80, 24), (60, 30), (120, 20)] {
        let mut app = App::new(loaded.articles.clone(), true);
        app.update(Action::Resize { width, height });
        let terminal = render(&app);
        let buffer = terminal.backend().buffer();
        let missing: Vec<&str> = WORDS
            .iter()
            .copied()
            .filter(|w| locate(buffer, w).is_none())
            .collect();
        assert!(
            missing.is_empty(),
            "{width}x{height}: {missing:?} not on screen:\n{}",
            screen_rows(buffer).join("\n")
        );
    }
}
