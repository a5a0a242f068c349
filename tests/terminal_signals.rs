//! The real binary in a real terminal (tmux), ended or stopped from outside:
//! however it ends, the terminal is as it was before (cooked, the normal
//! screen, mouse reporting and bracketed paste off, the cursor shown), and
//! the exit status says why; stopped, it gives the shell a working
//! terminal and comes back redrawn. Skipped (with a note) without tmux.
//!
//! The pane's shell writes the reader's process id to a file before it
//! `exec`s the binary, so the test can signal it; after the reader's end
//! the shell prints the exit status, whether the tty settings equal those
//! from before (`stty -g`), and `stty -a`, then runs `cat -v`, which shows
//! the markers of a bracketed paste if bracketed paste was left on.
#![cfg(unix)]

mod ui_support;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use tempfile::TempDir;
use ui_support::tmux::Tmux;

/// On the library's first screen (the bundled data/).
const LIBRARY_TEXT: &str = "Anchorage Summit";

/// What the shell prints after the tty report.
const END_OF_REPORT: &str = "END-OF-REPORT";

/// The reader in a tmux pane, and the file its process id is written to.
struct Reader {
    tmux: Tmux,
    pid_file: PathBuf,
    _dir: TempDir,
}

impl Reader {
    /// Start the binary on the bundled library; `before_exec` runs in the
    /// reader's own shell just before the binary replaces it (e.g. a trap).
    fn start(before_exec: &str) -> Option<Reader> {
        let dir = tempfile::tempdir().expect("temp dir");
        let pid_file = dir.path().join("pid");
        let command = format!(
            "cd '{root}' && before=$(stty -g); \
             sh -c 'echo $$ > \"{pid}\"; {before_exec} exec \"{exe}\"'; echo \"EXIT=$?\"; \
             if [ \"$(stty -g)\" = \"$before\" ]; then echo TTY=unchanged; else echo TTY=changed; fi; \
             stty -a; echo {END_OF_REPORT}; cat -v",
            root = env!("CARGO_MANIFEST_DIR"),
            pid = pid_file.display(),
            exe = env!("CARGO_BIN_EXE_byline"),
        );
        let tmux = Tmux::start(100, 30, &command)?;
        tmux.wait_for_text(LIBRARY_TEXT);
        Some(Reader {
            tmux,
            pid_file,
            _dir: dir,
        })
    }

    fn pid(&self) -> u32 {
        read_pid(&self.pid_file)
    }

    /// Send `signal` to the reader.
    fn signal(&self, signal: i32) {
        send_signal(self.pid(), signal);
    }
}

fn read_pid(file: &Path) -> u32 {
    let text = std::fs::read_to_string(file).expect("the pid file");
    text.trim().parse().expect("a process id")
}

fn send_signal(pid: u32, signal: i32) {
    let pid = libc::pid_t::try_from(pid).expect("a pid_t");
    // SAFETY: kill(2) with a process id we started and a signal number.
    let sent = unsafe { libc::kill(pid, signal) };
    assert_eq!(sent, 0, "kill -{signal} {pid}");
}

/// Whether process `pid` has ended (gone, or a zombie nobody reaped yet).
fn ended(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Err(_) => true,
        // "pid (name) S ...": the state follows the name's closing bracket.
        Ok(stat) => stat
            .rsplit_once(')')
            .is_some_and(|(_, rest)| rest.trim_start().starts_with(['Z', 'X'])),
    }
}

/// A pane format flag: "1" or "0".
fn flag(tmux: &Tmux, variable: &str) -> bool {
    match tmux.pane_format(variable).as_str() {
        "1" => true,
        "0" => false,
        other => panic!("tmux gave {other:?} for #{{{variable}}}"),
    }
}

/// The pane's modes that the reader sets: alternate screen, mouse
/// reporting (crossterm's last, all-motion mode and SGR), cursor shown.
#[derive(Debug, PartialEq, Eq)]
struct Modes {
    alternate_screen: bool,
    mouse_all: bool,
    mouse_sgr: bool,
    cursor_visible: bool,
}

impl Modes {
    fn read(tmux: &Tmux) -> Modes {
        Modes {
            alternate_screen: flag(tmux, "alternate_on"),
            mouse_all: flag(tmux, "mouse_all_flag"),
            mouse_sgr: flag(tmux, "mouse_sgr_flag"),
            cursor_visible: flag(tmux, "cursor_flag"),
        }
    }

    const READER: Modes = Modes {
        alternate_screen: true,
        mouse_all: true,
        mouse_sgr: true,
        cursor_visible: false,
    };

    const SHELL: Modes = Modes {
        alternate_screen: false,
        mouse_all: false,
        mouse_sgr: false,
        cursor_visible: true,
    };
}

/// `stty -a` for the pane's tty, read from outside.
fn tty_settings(tmux: &Tmux) -> Vec<String> {
    let tty = tmux.pane_format("pane_tty");
    let output = File::open(&tty)
        .and_then(|tty| Command::new("stty").arg("-a").stdin(tty).output())
        .unwrap_or_else(|err| panic!("stty -a < {tty}: {err}"));
    String::from_utf8_lossy(&output.stdout)
        .split([' ', ';', '\n'])
        .map(str::to_string)
        .collect()
}

fn is_raw(settings: &[String]) -> bool {
    ["-icanon", "-echo", "-isig"]
        .iter()
        .all(|s| settings.iter().any(|found| found == s))
}

/// The reader is running with the terminal set up: so that the checks
/// after its end cannot pass without a restore.
fn assert_set_up(tmux: &Tmux) {
    assert_eq!(Modes::read(tmux), Modes::READER, "while the reader runs");
    assert!(is_raw(&tty_settings(tmux)), "the tty is raw while it runs");
}

/// After the reader's end: the shell's report shows `exit`, the tty as it
/// was, and the pane's modes are the shell's, bracketed paste included.
fn assert_restored(tmux: &Tmux, exit: u8) {
    let screen = tmux.wait_for("the exit status and the tty report", |screen| {
        screen.contains(END_OF_REPORT)
    });
    assert!(screen.contains(&format!("EXIT={exit}")), "{screen}");
    assert!(screen.contains("TTY=unchanged"), "{screen}");
    let words: Vec<&str> = screen.split_whitespace().collect();
    for setting in ["icanon", "echo", "isig"] {
        assert!(words.contains(&setting), "{setting} is off:\n{screen}");
    }
    assert_eq!(Modes::read(tmux), Modes::SHELL, "after the end:\n{screen}");
    // Bracketed paste: tmux marks the paste only if it is still on, and
    // `cat -v` (and the tty's echo) show the marks.
    tmux.run(&["set-buffer", "-b", "probe", "pasted-probe"]);
    tmux.run(&["paste-buffer", "-p", "-b", "probe", "-t", "reader"]);
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for_text("pasted-probe");
    assert!(
        !screen.contains("[200~"),
        "bracketed paste was left on:\n{screen}"
    );
}

#[test]
fn quitting_with_q_restores_the_terminal() {
    let Some(reader) = Reader::start("") else {
        return;
    };
    assert_set_up(&reader.tmux);
    reader.tmux.keys(&["q"]);
    assert_restored(&reader.tmux, 0);
}

#[test]
fn sigterm_restores_the_terminal_and_exits_with_143() {
    let Some(reader) = Reader::start("") else {
        return;
    };
    assert_set_up(&reader.tmux);
    reader.signal(libc::SIGTERM);
    assert_restored(&reader.tmux, 128 + 15);
}

#[test]
fn sighup_restores_the_terminal_and_exits_with_129() {
    let Some(reader) = Reader::start("") else {
        return;
    };
    assert_set_up(&reader.tmux);
    reader.signal(libc::SIGHUP);
    assert_restored(&reader.tmux, 128 + 1);
}

#[test]
fn sigint_from_outside_restores_the_terminal_and_exits_with_130() {
    let Some(reader) = Reader::start("") else {
        return;
    };
    assert_set_up(&reader.tmux);
    reader.signal(libc::SIGINT);
    assert_restored(&reader.tmux, 128 + 2);
}

/// A closed window hangs the terminal up. With SIGHUP ignored (`nohup`)
/// nothing but the reader itself can notice; every read then returns at
/// once with nothing.
#[test]
fn a_closed_terminal_ends_the_reader_even_with_sighup_ignored() {
    let Some(reader) = Reader::start("trap \"\" HUP TERM INT QUIT;") else {
        return;
    };
    let pid = reader.pid();
    assert_set_up(&reader.tmux);
    // Closing the server closes the pane's terminal.
    reader.tmux.run(&["kill-server"]);
    let start = Instant::now();
    while !ended(pid) && start.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let ended_in_time = ended(pid);
    if !ended_in_time {
        // Ours to end: it would spin for ever.
        send_signal(pid, libc::SIGKILL);
    }
    assert!(
        ended_in_time,
        "the reader outlived its terminal by {:?}",
        start.elapsed()
    );
}

/// Ctrl-Z in an interactive shell: the reader stops, the shell gets a
/// cooked terminal on its normal screen, and `fg` brings the reader back on
/// its own screen, raw again and drawn in full.
#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_comes_back_redrawn() {
    if Command::new("bash").arg("-c").arg("true").status().is_err() {
        eprintln!("bash not found: skipping the job-control test");
        return;
    }
    let shell = "PS1='shell> ' bash --norc --noprofile -i";
    let Some(tmux) = Tmux::start(100, 30, shell) else {
        return;
    };
    tmux.wait_for_text("shell>");
    // Alone on its line: bash goes on with the rest of a line whose job stops.
    let command = format!(
        "cd '{}' && '{}'",
        env!("CARGO_MANIFEST_DIR"),
        env!("CARGO_BIN_EXE_byline"),
    );
    tmux.run(&["send-keys", "-t", "reader", "-l", &command]);
    tmux.keys(&["Enter"]);
    tmux.wait_for_text(LIBRARY_TEXT);
    assert_set_up(&tmux);

    tmux.keys(&["C-z"]);
    let screen = tmux.wait_for("the shell's job report", |screen| {
        screen.contains("Stopped")
    });
    assert!(!screen.contains(LIBRARY_TEXT), "{screen}");
    assert_eq!(Modes::read(&tmux), Modes::SHELL, "while stopped:\n{screen}");
    // A command run from the shell meanwhile gets a cooked terminal.
    tmux.run(&["send-keys", "-t", "reader", "-l", "stty -a; echo STTY-DONE"]);
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("stty's report", |screen| {
        screen.matches("STTY-DONE").count() >= 2
    });
    let words: Vec<&str> = screen.split([' ', ';', '\n']).collect();
    for setting in ["icanon", "echo", "isig"] {
        assert!(words.contains(&setting), "{setting} is off:\n{screen}");
    }

    tmux.run(&["send-keys", "-t", "reader", "-l", "fg"]);
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("the reader, redrawn", |screen| {
        screen.contains(LIBRARY_TEXT) && screen.contains("q quit")
    });
    assert!(!screen.contains("STTY-DONE"), "{screen}");
    assert_set_up(&tmux);
    // It still answers keys.
    tmux.keys(&["/"]);
    tmux.wait_for("the filter prompt", |screen| {
        screen
            .lines()
            .last()
            .is_some_and(|row| row.starts_with('/'))
    });
    // Esc then q apart: a terminal sends Esc and a letter together for Alt.
    tmux.keys(&["Escape"]);
    tmux.wait_for("the prompt closed", |screen| {
        screen
            .lines()
            .last()
            .is_some_and(|row| !row.starts_with('/'))
    });
    tmux.keys(&["q"]);
    tmux.wait_for("the shell's prompt", |screen| {
        screen.lines().rev().find(|row| !row.is_empty()) == Some("shell>")
    });
    tmux.run(&["send-keys", "-t", "reader", "-l", "echo \"EXIT=$?\""]);
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("EXIT=0");
    assert_eq!(Modes::read(&tmux), Modes::SHELL);
}

/// `kill -TSTP` stops the reader as Ctrl-Z does, `kill -CONT` brings it
/// back; after a SIGSTOP, which cannot be caught, and a tty changed
/// meanwhile, SIGCONT still sets the terminal up again.
#[test]
fn sigtstp_and_sigcont_from_outside_stop_and_bring_back_the_reader() {
    let Some(reader) = Reader::start("") else {
        return;
    };
    let tmux = &reader.tmux;
    assert_set_up(tmux);

    reader.signal(libc::SIGTSTP);
    tmux.wait_for("the normal screen", |_| {
        tmux.pane_format("alternate_on") == "0"
    });
    assert_eq!(Modes::read(tmux), Modes::SHELL, "while stopped");
    assert!(
        !is_raw(&tty_settings(tmux)),
        "the tty is cooked while stopped"
    );

    reader.signal(libc::SIGCONT);
    tmux.wait_for("the library, redrawn", |screen| {
        screen.contains(LIBRARY_TEXT) && screen.contains("q quit")
    });
    assert_set_up(tmux);

    // Stopped without a word, the tty reset behind its back, continued.
    reader.signal(libc::SIGSTOP);
    let tty = tmux.pane_format("pane_tty");
    let reset = File::open(&tty)
        .and_then(|tty| Command::new("stty").arg("sane").stdin(tty).status())
        .expect("stty sane");
    assert!(reset.success());
    assert!(!is_raw(&tty_settings(tmux)));
    reader.signal(libc::SIGCONT);
    let start = Instant::now();
    while !is_raw(&tty_settings(tmux)) && start.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_set_up(tmux);

    tmux.keys(&["q"]);
    assert_restored(tmux, 0);
}
