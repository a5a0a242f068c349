//! The real binary in a real terminal: tmux runs `byline` in a pseudo
//! terminal, keys go in with send-keys, the screen comes back with
//! capture-pane. Skipped (with a note) where tmux is not installed.

mod ui_support;

use ui_support::tmux::Tmux;

#[test]
fn the_binary_opens_the_library_reads_the_seed_and_restores_the_terminal() {
    let command = format!(
        "cd {} && {}; echo EXIT=$?; stty -a; sleep 60",
        env!("CARGO_MANIFEST_DIR"),
        env!("CARGO_BIN_EXE_byline"),
    );
    let Some(tmux) = Tmux::start(100, 30, &command) else {
        return;
    };
    tmux.wait_for_text("Anchorage Summit");
    tmux.keys(&["/", "Anchorage", "Enter", "Enter"]);
    tmux.wait_for_text("▶ Article");

    // The sixth quote: paragraph 4 comes to the top of the article.
    tmux.keys(&["Tab", "Tab", "j", "j", "j", "j", "j", "j"]);
    let screen = tmux.wait_for("paragraph 4 at the top", |screen| {
        screen
            .lines()
            .nth(1)
            .is_some_and(|row| row.starts_with("│4 "))
    });
    assert!(screen.contains("very severe consequences"), "{screen}");

    tmux.keys(&["Enter", "/", "Alaska", "Enter", "n"]);
    tmux.wait_for("the second of two matches", |screen| {
        screen
            .lines()
            .last()
            .is_some_and(|row| row.contains("/Alaska 2/2"))
    });

    tmux.keys(&["?"]);
    tmux.wait_for_text("Esc or ? closes");
    tmux.keys(&["Escape"]);

    tmux.resize(20, 5);
    tmux.wait_for_text("terminal too small");
    tmux.resize(100, 30);
    tmux.wait_for_text("▶ Article");

    tmux.keys(&["q"]);
    tmux.wait_for_text("Byline · ");
    tmux.keys(&["q"]);
    let screen = tmux.wait_for("the exit status and stty's report", |screen| {
        screen.contains("EXIT=0") && screen.contains("icanon")
    });
    // Raw mode is off again: the line discipline echoes and edits lines.
    assert!(
        screen.contains(" icanon") && screen.contains(" echo "),
        "{screen}"
    );
}
