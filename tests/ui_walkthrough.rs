//! The changed flows of the reader walked through in a real terminal
//! (tmux): no colour, a file of several stories, Ctrl keys, zoom, the
//! browser and the clipboard, files that failed to load, a small terminal.
//! Skipped (with a note) where tmux is not installed.

mod ui_support;

use std::path::Path;
use ui_support::tmux::Tmux;

/// `byline ARGS` run from the crate root with `env`, then the exit status
/// and the lines it printed stay on screen.
fn byline(env: &str, args: &str) -> String {
    format!(
        "cd {} && {env} {} {args}; echo EXIT=$?; sleep 60",
        env!("CARGO_MANIFEST_DIR"),
        env!("CARGO_BIN_EXE_byline"),
    )
}

/// SGR parameters that set a colour (foreground or background).
fn colour_codes(screen: &str) -> Vec<String> {
    let mut found = Vec::new();
    for sequence in screen.split("\x1b[").skip(1) {
        let Some(end) = sequence.find('m') else {
            continue;
        };
        let params: Vec<&str> = sequence[..end].split(';').collect();
        for param in &params {
            let code: u32 = param.parse().unwrap_or(0);
            let colour = matches!(code, 30..=37 | 38 | 40..=47 | 48 | 90..=97 | 100..=107);
            if colour {
                found.push(sequence[..end].to_string());
            }
        }
    }
    found
}

/// The row of the screen holding `text`, with its attributes.
fn row_with(tmux: &Tmux, text: &str) -> String {
    let plain = tmux.screen();
    let index = plain
        .lines()
        .position(|line| line.contains(text))
        .unwrap_or_else(|| panic!("{text:?} not on screen:\n{plain}"));
    let screen = tmux.screen_with_attributes();
    screen.lines().nth(index).unwrap_or_default().to_string()
}

#[test]
fn without_colour_the_selection_and_the_matches_show_by_attributes() {
    let command = byline("NO_COLOR=1", "data/anchorage-summit.txt");
    let Some(tmux) = Tmux::start(100, 30, &command) else {
        return;
    };
    tmux.wait_for_text("▶ Article");
    tmux.keys(&["Tab", "j"]);
    tmux.wait_for_text("Putin: mention 1 of");
    let screen = tmux.screen_with_attributes();
    assert_eq!(
        colour_codes(&screen),
        Vec::<String>::new(),
        "no colour at all"
    );
    // The selected row is reversed (SGR 7) from its first cell.
    let row = row_with(&tmux, "Vladimir Putin ×");
    assert!(row.contains("\x1b[7m ") || row.contains(";7m "), "{row:?}");

    tmux.keys(&["h", "/", "Trump", "Enter"]);
    tmux.wait_for_text("/Trump 1/5");
    let screen = tmux.screen_with_attributes();
    assert_eq!(colour_codes(&screen), Vec::<String>::new());
    // The current match reversed (once), others bold and underlined.
    assert_eq!(screen.matches("7mTrump").count(), 1, "{screen}");
    assert!(screen.contains("\x1b[1;4mTrump"), "{screen}");
    tmux.keys(&["q"]);
    tmux.wait_for_text("EXIT=0");
}

#[test]
fn a_jsonl_file_opens_as_a_library_and_its_stories_open_copy_and_zoom() {
    let folder = tempfile::tempdir().unwrap();
    let opened = folder.path().join("opened");
    let browser = folder.path().join("browser");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > {}\n", opened.display()),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    let env = format!("BROWSER={}", browser.display());
    let Some(tmux) = Tmux::start(100, 30, &byline(&env, "data/briefs.jsonl")) else {
        return;
    };
    tmux.run(&["set-option", "-s", "set-clipboard", "on"]);
    tmux.wait_for_text("Byline · 2 articles");
    tmux.keys(&["j", "Enter"]);
    tmux.wait_for_text("▶ Article");

    // Ctrl-q is not q: still in the story. Ctrl-f pages down.
    tmux.keys(&["C-q", "C-f"]);
    let screen = tmux.wait_for("a page down", |s| !s.contains("Ferngate stun"));
    assert!(screen.contains("▶ Article"), "{screen}");

    tmux.keys(&["o"]);
    tmux.wait_for_text("opened https://");
    let start = std::time::Instant::now();
    while std::fs::read_to_string(&opened).map_or(true, |s| s.is_empty()) {
        assert!(start.elapsed().as_secs() < 60, "the browser never ran");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let url = std::fs::read_to_string(&opened).unwrap();
    assert!(url.starts_with("https://northernsports.example/"), "{url}");

    tmux.keys(&["Tab", "Tab", "y"]);
    tmux.wait_for_text("copied the quote and its citation");
    let copied = tmux.run(&["show-buffer"]);
    assert!(
        copied.starts_with('“') && copied.contains("” — "),
        "{copied}"
    );
    assert!(copied.ends_with(&url), "{copied}");

    tmux.keys(&["z"]);
    let screen = tmux.wait_for("the quotes zoomed", |s| !s.contains("Article"));
    assert!(screen.contains("▶ Quotes"), "{screen}");
    tmux.keys(&["z", "q"]);
    tmux.wait_for_text("Byline · 2 articles");
    tmux.keys(&["q"]);
    tmux.wait_for_text("EXIT=0");
}

#[test]
fn files_that_failed_to_load_show_in_the_library_and_after_it() {
    let folder = tempfile::tempdir().unwrap();
    let library = folder.path();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/anchorage-summit.txt"),
        library.join("summit.txt"),
    )
    .unwrap();
    std::fs::write(library.join("broken.json"), "{\"title\": ").unwrap();
    let Some(tmux) = Tmux::start(90, 24, &byline("", &library.display().to_string())) else {
        return;
    };
    tmux.wait_for_text("1 file not read (e lists)");
    tmux.keys(&["e"]);
    let screen = tmux.wait_for_text("1 file not read · Esc closes");
    assert!(screen.contains("broken.json"), "{screen}");
    tmux.keys(&["Escape"]);
    tmux.wait_for("the list closed", |s| !s.contains("Esc closes"));

    // Small terminals: the size needed, then the library again.
    tmux.resize(30, 6);
    tmux.wait_for_text("needs 40×8, is 30×6");
    tmux.resize(90, 24);
    tmux.wait_for_text("1 file not read");

    tmux.keys(&["q"]);
    let screen = tmux.wait_for_text("EXIT=0");
    assert!(
        screen.contains("broken.json:"),
        "printed on exit too:\n{screen}"
    );
}
