//! A real terminal for tests: a private tmux server runs a shell command in
//! a detached pane; keys go in with send-keys, the screen comes back with
//! capture-pane and the pane's modes (alternate screen, mouse, cursor) with
//! display-message formats. Tests skip, with a note, where tmux is missing.

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The one session (and so the one pane) each server runs.
const SESSION: &str = "reader";

/// How long to wait for a screen: generous, since CI runs heavy tests
/// beside these ones.
const PATIENCE: Duration = Duration::from_secs(90);

/// A private tmux server, killed (with whatever its pane still runs) and
/// its socket removed on drop.
pub struct Tmux {
    socket: String,
}

impl Tmux {
    /// Whether a tmux binary can be run here.
    pub fn available() -> bool {
        Command::new("tmux")
            .arg("-V")
            .output()
            .is_ok_and(|o| o.status.success())
    }

    /// Run `command` (through the shell) in a detached pane of
    /// `width` x `height` cells, or `None`, after a note, without tmux.
    pub fn start(width: u16, height: u16, command: &str) -> Option<Tmux> {
        if !Tmux::available() {
            eprintln!("tmux not found: skipping the real-terminal test");
            return None;
        }
        // One server per test: tests run in parallel, in one process or many.
        static SERVERS: AtomicUsize = AtomicUsize::new(0);
        let tmux = Tmux {
            socket: format!(
                "byline-ui-test-{}-{}",
                std::process::id(),
                SERVERS.fetch_add(1, Ordering::Relaxed)
            ),
        };
        let (w, h) = (width.to_string(), height.to_string());
        tmux.run(&[
            "new-session",
            "-d",
            "-s",
            SESSION,
            "-x",
            &w,
            "-y",
            &h,
            command,
        ]);
        Some(tmux)
    }

    /// A tmux command against this server; its standard output.
    pub fn run(&self, args: &[&str]) -> String {
        let output = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .expect("tmux runs");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// Send keys by tmux's names ("Enter", "Tab", "j"...), one at a time.
    pub fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.run(&["send-keys", "-t", SESSION, key]);
        }
    }

    /// The visible screen as text, trailing blanks trimmed.
    pub fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", SESSION])
    }

    /// The visible screen with its attributes and colours as SGR escape
    /// sequences (capture-pane -e).
    pub fn screen_with_attributes(&self) -> String {
        self.run(&["capture-pane", "-p", "-e", "-t", SESSION])
    }

    /// A pane format variable (see FORMATS in `man tmux`), e.g.
    /// `alternate_on` or `mouse_any_flag`: "1", "0", or "" where unknown.
    pub fn pane_format(&self, variable: &str) -> String {
        let format = format!("#{{{variable}}}");
        self.run(&["display-message", "-p", "-t", SESSION, &format])
            .trim()
            .to_string()
    }

    /// Resize the window (and so the pane).
    pub fn resize(&self, width: u16, height: u16) {
        let (w, h) = (width.to_string(), height.to_string());
        self.run(&["resize-window", "-t", SESSION, "-x", &w, "-y", &h]);
    }

    /// Wait (up to 90 s) until the screen passes `test`; panics on time-out
    /// with `what` and the last screen.
    pub fn wait_for(&self, what: &str, test: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if test(&screen) {
                return screen;
            }
            if start.elapsed() > PATIENCE {
                panic!("timed out waiting for {what}; the screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Wait until `text` is on screen.
    pub fn wait_for_text(&self, text: &str) -> String {
        self.wait_for(text, |screen| screen.contains(text))
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        // kill-server leaves the socket file behind in tmux's directory.
        let socket = self.pane_format("socket_path");
        self.run(&["kill-server"]);
        if !socket.is_empty() {
            let _ = std::fs::remove_file(socket);
        }
    }
}
