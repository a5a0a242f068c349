//! The real binary in a real terminal: tmux runs `byline` in a pseudo
//! terminal, keys go in with send-keys, the screen comes back with
//! capture-pane. Skipped (with a note) where tmux is not installed.

use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(width: u16, height: u16, command: &str) -> Option<Tmux> {
        let available = Command::new("tmux")
            .arg("-V")
            .output()
            .is_ok_and(|o| o.status.success());
        if !available {
            eprintln!("tmux not found: skipping the real-terminal test");
            return None;
        }
        let tmux = Tmux {
            socket: format!("byline-ui-test-{}", std::process::id()),
        };
        let (w, h) = (width.to_string(), height.to_string());
        tmux.run(&[
            "new-session",
            "-d",
            "-s",
            "reader",
            "-x",
            &w,
            "-y",
            &h,
            command,
        ]);
        Some(tmux)
    }

    fn run(&self, args: &[&str]) -> String {
        let output = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .expect("tmux runs");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.run(&["send-keys", "-t", "reader", key]);
        }
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "reader"])
    }

    /// Wait (up to 90 s: CI runs heavy tests beside this one) until the screen passes `test`.
    fn wait_for(&self, what: &str, test: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if test(&screen) {
                return screen;
            }
            if start.elapsed() > Duration::from_secs(90) {
                panic!("timed out waiting for {what}; the screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_for_text(&self, text: &str) -> String {
        self.wait_for(text, |screen| screen.contains(text))
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.run(&["kill-server"]);
    }
}

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

    tmux.run(&["resize-window", "-t", "reader", "-x", "20", "-y", "5"]);
    tmux.wait_for_text("terminal too small");
    tmux.run(&["resize-window", "-t", "reader", "-x", "100", "-y", "30"]);
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
