//! What reaches the reader from outside its keyboard: signals, and the end
//! of its terminal. Each is answered on a thread of its own, so a busy event
//! loop never delays it; the screen lock ([`lock_screen`]) keeps
//! the answer from landing inside a frame.
//!
//! - SIGTERM, SIGHUP, SIGINT, SIGQUIT: restore the terminal, then exit with
//!   128 + the signal's number (143 for SIGTERM, 129 for SIGHUP), the status
//!   a shell reports for a death by that signal. A signal that was ignored
//!   when Byline started (`nohup`, a background job) stays ignored.
//! - SIGTSTP (`kill -TSTP`, or Ctrl-Z, which raw mode delivers as a key and
//!   the event loop turns into this signal): restore the terminal and stop;
//!   once continued, set the terminal up again and ask for a full redraw.
//! - SIGCONT on its own (after a SIGSTOP, which cannot be caught): set the
//!   terminal up again and redraw, since whoever stopped us may have changed
//!   it.
//! - The terminal hanging up (its window closed) while SIGHUP is ignored:
//!   every read then returns at once with nothing, and crossterm's reader
//!   would retry for ever at full speed. A thread that waits for the
//!   hang-up ends the reader as SIGHUP would.

#[cfg(doc)]
use super::terminal::lock_screen;

/// What the watch threads need from the rest of the reader: a way to ask
/// the event loop for a full redraw after the terminal was set up again.
pub type Resumed = Box<dyn Fn() + Send + 'static>;

#[cfg(unix)]
pub use unix::{Watch, suspend, watch};

#[cfg(not(unix))]
pub use elsewhere::{Watch, suspend, watch};

#[cfg(unix)]
mod unix {
    use super::Resumed;
    use crate::ui::terminal;
    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    use signal_hook::iterator::{Handle, Signals};
    use signal_hook::low_level::{emulate_default_handler, raise};
    use std::fs::File;
    use std::io::{self, IsTerminal};
    use std::os::fd::AsRawFd;

    /// Signals that end the reader.
    const ENDING: [i32; 4] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT];

    /// The signal thread, until dropped (the hang-up thread lives as long as
    /// the process: it only waits).
    pub struct Watch {
        handle: Handle,
    }

    impl Drop for Watch {
        fn drop(&mut self) {
            self.handle.close();
        }
    }

    /// Start answering signals and the terminal's hang-up; `resumed` is
    /// called after each return from a stop.
    pub fn watch(resumed: Resumed) -> io::Result<Watch> {
        let mut wanted: Vec<i32> = ENDING.into_iter().filter(|&s| !ignored(s)).collect();
        wanted.extend([SIGTSTP, SIGCONT]);
        let mut signals = Signals::new(&wanted)?;
        let handle = signals.handle();
        std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                for signal in signals.forever() {
                    match signal {
                        SIGTSTP => {
                            stop();
                            resumed();
                        }
                        SIGCONT => {
                            set_up_again();
                            resumed();
                        }
                        ending => end(ending),
                    }
                }
            })?;
        watch_hang_up()?;
        Ok(Watch { handle })
    }

    /// Ctrl-Z: stop as a cooked terminal's Ctrl-Z would, by the signal, so
    /// that `kill -TSTP` and the key take one path.
    pub fn suspend() {
        let _ = raise(SIGTSTP);
    }

    /// Whether `signal` is ignored (inherited from whoever started us).
    fn ignored(signal: i32) -> bool {
        // SAFETY: sigaction with a null new action only reads the current
        // one into `current`, a plain C struct for which zeroes are valid.
        unsafe {
            let mut current: libc::sigaction = std::mem::zeroed();
            libc::sigaction(signal, std::ptr::null(), &mut current) == 0
                && current.sa_sigaction == libc::SIG_IGN
        }
    }

    /// Restore the terminal and exit as a death by `signal` is reported.
    fn end(signal: i32) -> ! {
        let _screen = terminal::lock_screen();
        terminal::leave();
        std::process::exit(128 + signal)
    }

    /// Give the terminal back, stop, and on continuing take it again. The
    /// screen stays locked throughout: no frame is drawn on the shell's
    /// screen.
    fn stop() {
        let _screen = terminal::lock_screen();
        terminal::leave();
        // SIGTSTP's default action, without giving up our handler: the
        // process stops here (signal-hook raises SIGSTOP) until continued.
        let _ = emulate_default_handler(SIGTSTP);
        terminal::enter_again();
    }

    fn set_up_again() {
        let _screen = terminal::lock_screen();
        terminal::enter_again();
    }

    /// Wait, on a thread, for the terminal the reader reads from to hang up.
    fn watch_hang_up() -> io::Result<()> {
        // The terminal crossterm reads: standard input if it is one, else
        // the controlling terminal.
        let tty = if io::stdin().is_terminal() {
            None
        } else {
            Some(File::open("/dev/tty")?)
        };
        let fd = tty
            .as_ref()
            .map_or(libc::STDIN_FILENO, |tty| tty.as_raw_fd());
        std::thread::Builder::new()
            .name("terminal hang-up".into())
            .spawn(move || {
                let _tty = tty;
                if wait_for_hang_up(fd) {
                    end(SIGHUP);
                }
            })?;
        Ok(())
    }

    /// Block until `fd` hangs up (true) or cannot be watched (false). Asking
    /// for no events at all still reports hang-ups and errors, and nothing
    /// else: no wake-up per key.
    fn wait_for_hang_up(fd: i32) -> bool {
        loop {
            let mut watched = libc::pollfd {
                fd,
                events: 0,
                revents: 0,
            };
            // SAFETY: one valid pollfd, its count 1, no time-out.
            let ready = unsafe { libc::poll(&mut watched, 1, -1) };
            if ready < 0 {
                if io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
                    continue;
                }
                return false;
            }
            if watched.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
                return true;
            }
        }
    }
}

#[cfg(not(unix))]
mod elsewhere {
    use super::Resumed;

    /// No signals to watch here.
    pub struct Watch;

    pub fn watch(_resumed: Resumed) -> std::io::Result<Watch> {
        Ok(Watch)
    }

    /// No job control here: Ctrl-Z does nothing.
    pub fn suspend() {}
}
