//! A panic inside the interface, in a real terminal, leaves that terminal
//! as it found it and its message on the normal screen.
//!
//! One executable plays both parts (`harness = false` in Cargo.toml). Run
//! plainly, it is the test: it starts a tmux pane whose shell runs this same
//! executable with [`CHILD`], waits for the reader's screen, checks that the
//! set-up really took hold, presses a key and, once the child has died,
//! reads the pane's modes and screen. Run with [`CHILD`], it is the program
//! under test: it enters the terminal through the library's own
//! `with_terminal`, draws the reader, and panics inside the next draw.
//! Skipped (with a note) where tmux is not installed.

mod ui_support;

use byline::ui::draw;
use byline::ui::terminal::with_terminal;
use ratatui::crossterm::event::{self, Event};
use std::fs::File;
use std::process::{Command, ExitCode};
use ui_support::story_app;
use ui_support::tmux::Tmux;

const TEST_NAME: &str = "a_panic_in_the_interface_restores_the_terminal_and_prints_its_message";

/// The argument that makes this executable the child.
const CHILD: &str = "--panic-restore-child";

/// What the child panics with: words no other output could contain.
const PANIC_MESSAGE: &str = "the ferry timetable burst mid-frame";

/// The title of the story the child draws.
const STORY_TITLE: &str = "Harbor council approves new ferry route";

/// What the pane's shell prints last, after the tty report.
const END_OF_REPORT: &str = "END-OF-REPORT";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|arg| arg == CHILD) {
        child();
    }
    if args.iter().any(|arg| arg == "--list") {
        println!("{TEST_NAME}: test");
        return ExitCode::SUCCESS;
    }
    if !selected(&args) {
        return ExitCode::SUCCESS;
    }
    println!("\nrunning 1 test (tmux, a real terminal)");
    let Some(failures) = run_test() else {
        println!("test {TEST_NAME} ... ignored (tmux not found)\n");
        return ExitCode::SUCCESS;
    };
    if failures.is_empty() {
        println!("test {TEST_NAME} ... ok\n");
        ExitCode::SUCCESS
    } else {
        println!("test {TEST_NAME} ... FAILED");
        for failure in &failures {
            println!("  - {failure}");
        }
        println!();
        ExitCode::FAILURE
    }
}

/// Whether `cargo test`'s arguments ask for this test: every test runs
/// without a name filter; `--ignored` asks only for ignored ones.
fn selected(args: &[String]) -> bool {
    if args.iter().any(|arg| arg == "--ignored") {
        return false;
    }
    let mut filters = args.iter().filter(|arg| !arg.starts_with('-')).peekable();
    filters.peek().is_none() || filters.any(|filter| TEST_NAME.contains(filter.as_str()))
}

/// The program under test: the reader's terminal, a frame, then a panic
/// from inside drawing once the parent has pressed a key.
fn child() -> ! {
    let app = story_app(120, 40);
    let outcome = with_terminal(|terminal| {
        terminal.draw(|frame| draw(&app, frame))?;
        // The parent looks at the set-up terminal before letting us go on.
        while !matches!(event::read()?, Event::Key(_)) {}
        terminal.draw(|frame| {
            draw(&app, frame);
            panic!("{PANIC_MESSAGE}");
        })?;
        Ok(())
    });
    eprintln!("the child was to panic, yet with_terminal returned {outcome:?}");
    std::process::exit(2)
}

/// The test proper: `None` without tmux, else what went wrong (if anything).
fn run_test() -> Option<Vec<String>> {
    let exe = std::env::current_exe().expect("this test's own executable");
    // The shell records the tty's settings before the child and compares
    // them after it, then prints them in full: cooked mode or not. No
    // backtrace: its lines could push the message off the screen.
    let command = format!(
        "before=$(stty -g); \
         RUST_BACKTRACE=0 '{exe}' {CHILD}; echo \"EXIT=$?\"; \
         if [ \"$(stty -g)\" = \"$before\" ]; then echo TTY=unchanged; else echo TTY=changed; fi; \
         stty -a; echo {END_OF_REPORT}; sleep 600",
        exe = exe.display(),
    );
    let tmux = Tmux::start(120, 40, &command)?;
    let mut failures = Vec::new();
    let mut expect = |what: &str, holds: bool| {
        println!("  {} {what}", if holds { "ok  " } else { "FAIL" });
        if !holds {
            failures.push(what.to_string());
        }
    };

    tmux.wait_for_text(STORY_TITLE);
    // The set-up took hold: else the checks after the panic could pass
    // with no restore at all.
    println!("while the reader runs:");
    let modes = Modes::read(&tmux);
    expect("the alternate screen is on", modes.alternate_screen);
    // tmux keeps one tracking mode at a time, the last set: crossterm sets
    // 1000, 1002, then 1003 (all motion), so standard and button read 0.
    for (flag, on) in &modes.mouse {
        if !["mouse_standard_flag", "mouse_button_flag"].contains(flag) {
            expect(&format!("mouse reporting is on ({flag})"), *on);
        }
    }
    expect("the cursor is hidden", !modes.cursor_visible);
    let settings = tty_settings(&tmux);
    for setting in ["-icanon", "-echo"] {
        expect(
            &format!("the tty is raw: {setting}"),
            settings.split_whitespace().any(|found| found == setting),
        );
    }

    tmux.keys(&["x"]);
    let screen = tmux.wait_for("the child's exit and the tty report", |screen| {
        screen.contains(END_OF_REPORT)
    });
    println!("after the panic:");
    let modes = Modes::read(&tmux);
    expect(
        "the pane is back on the normal screen",
        !modes.alternate_screen,
    );
    for (flag, on) in &modes.mouse {
        expect(&format!("mouse reporting is off ({flag})"), !on);
    }
    expect("the cursor is visible", modes.cursor_visible);
    expect(
        "the panic message is on the normal screen",
        !modes.alternate_screen && screen.contains(PANIC_MESSAGE),
    );
    expect(
        "the child died of the panic (exit status 101)",
        screen.contains("EXIT=101"),
    );
    expect(
        "the tty settings equal those from before (stty -g)",
        screen.contains("TTY=unchanged"),
    );
    let settings: Vec<&str> = screen.split_whitespace().collect();
    for setting in ["icanon", "echo", "isig", "icrnl", "opost"] {
        expect(
            &format!("the tty is cooked again: {setting} is on"),
            settings.contains(&setting),
        );
    }
    if !failures.is_empty() {
        println!("the pane after the panic:\n{screen}");
    }
    Some(failures)
}

/// `stty -a` for the pane's tty, read from outside while the child runs.
fn tty_settings(tmux: &Tmux) -> String {
    let tty = tmux.pane_format("pane_tty");
    let output = File::open(&tty)
        .and_then(|tty| Command::new("stty").arg("-a").stdin(tty).output())
        .unwrap_or_else(|err| panic!("stty -a < {tty}: {err}"));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The pane's modes, as tmux keeps them.
struct Modes {
    alternate_screen: bool,
    cursor_visible: bool,
    /// Each mouse-reporting mode crossterm turns on, by tmux's name for it.
    mouse: Vec<(&'static str, bool)>,
}

impl Modes {
    fn read(tmux: &Tmux) -> Modes {
        let flag = |variable: &str| match tmux.pane_format(variable).as_str() {
            "1" => true,
            "0" => false,
            other => panic!("tmux gave {other:?} for #{{{variable}}}"),
        };
        Modes {
            alternate_screen: flag("alternate_on"),
            cursor_visible: flag("cursor_flag"),
            mouse: [
                "mouse_any_flag",
                "mouse_standard_flag",
                "mouse_button_flag",
                "mouse_all_flag",
                "mouse_sgr_flag",
            ]
            .into_iter()
            .map(|variable| (variable, flag(variable)))
            .collect(),
        }
    }
}
