//! `byline -` reads the story piped into it and opens it in the reader, in
//! a real terminal (tmux; skipped with a note where tmux is missing).

mod ui_support;

use ui_support::tmux::Tmux;

#[test]
fn a_story_piped_into_byline_dash_opens_in_the_reader() {
    let command = format!(
        "printf 'Harbour Closes\\n\\nThe harbour closed on Monday, said Ana Ruiz.\\n' | {} -",
        env!("CARGO_BIN_EXE_byline")
    );
    let Some(tmux) = Tmux::start(80, 24, &command) else {
        return;
    };
    let screen = tmux.wait_for_text("The harbour closed on Monday");
    assert!(screen.contains("Harbour Closes"), "{screen}");
    tmux.keys(&["q"]);
}
