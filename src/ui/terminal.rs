//! The event loop, and the terminal's set-up and restore.
//!
//! Set-up: raw mode, the alternate screen, mouse capture, bracketed paste, a
//! hidden cursor. Restored on quit, on Ctrl-C (a key in raw mode), on panic,
//! on the signals that end or stop a program and on the terminal's hang-up
//! ([`super::signals`]); set up again after a stop.
//!
//! The loop sleeps until something arrives on one channel: terminal events
//! from a reader thread, and "set up again, redraw" from the signal thread.
//! What has arrived together is applied before one redraw.

use super::action::Action;
use super::app::App;
use super::draw::draw;
use super::keymap::action_for_event;
use super::signals;
use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::layout::Rect;
use ratatui::prelude::CrosstermBackend;
use std::io::{self, stdout};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

/// Held while the screen is written to or its modes change, so that a
/// signal's restore never lands inside a frame, nor a frame after it.
static SCREEN: Mutex<()> = Mutex::new(());

/// Take the screen lock: held while the screen is written to or its modes
/// change.
pub fn lock_screen() -> MutexGuard<'static, ()> {
    SCREEN.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Set the terminal up for the reader.
fn enter() -> io::Result<()> {
    enable_raw_mode()?;
    // Bracketed paste: a paste arrives as one event, its line breaks not
    // taken for Enter.
    execute!(
        stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste,
        Hide
    )
}

/// Set the terminal up again after a stop, whatever the shell or another
/// program did to it meanwhile. Raw mode is left first: crossterm does not
/// enter it again while it believes it is on.
pub fn enter_again() {
    let _ = disable_raw_mode();
    let _ = enter();
}

/// Undo the set-up: every step is tried even when one fails (on a terminal
/// that hung up, all do).
pub fn leave() {
    let mut out = stdout();
    let _ = execute!(out, DisableBracketedPaste);
    let _ = execute!(out, DisableMouseCapture);
    let _ = execute!(out, LeaveAlternateScreen);
    let _ = execute!(out, Show);
    let _ = disable_raw_mode();
}

/// Run `app` in the terminal until it quits.
pub fn run_app(mut app: App) -> io::Result<()> {
    let (sender, inputs) = channel();
    let resumed = sender.clone();
    // Before the set-up: a signal during it restores as well.
    let _watch = signals::watch(Box::new(move || {
        let _ = resumed.send(Input::Resumed);
    }))?;
    with_terminal(|terminal| {
        let size = terminal.size()?;
        app.update(Action::Resize {
            width: size.width,
            height: size.height,
        });
        spawn_reader(sender)?;
        event_loop(terminal, &mut app, &inputs)
    })
}

/// Run `body` in the reader's terminal, set up, and restore it when `body`
/// returns or fails. If `body` panics, the panic hook restores it before
/// the message is printed, so the message lands on the normal screen and
/// stays there (tests/panic_restore.rs).
pub fn with_terminal<T>(
    body: impl FnOnce(&mut ratatui::DefaultTerminal) -> io::Result<T>,
) -> io::Result<T> {
    let entered = {
        let _screen = lock_screen();
        enter()
    };
    if let Err(err) = entered {
        leave();
        return Err(err);
    }
    let earlier_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // A background worker's panic is caught and shown on the status
        // line: the reader goes on, on its screen, without a trace printed
        // over it.
        if super::worker::panics_are_caught() {
            return;
        }
        // No screen lock: the panic may have come from inside a frame, with
        // the lock held by this very thread.
        leave();
        earlier_hook(info);
    }));
    let result =
        ratatui::Terminal::new(CrosstermBackend::new(stdout())).and_then(|mut t| body(&mut t));
    let _screen = lock_screen();
    leave();
    result
}

/// What wakes the event loop.
enum Input {
    Event(Event),
    /// The terminal could not be read.
    Failed(io::Error),
    /// The terminal was set up again after a stop: redraw all of it.
    Resumed,
}

/// Read terminal events on a thread of their own, so that the loop can
/// wait for them and for the signal thread at once.
fn spawn_reader(sender: Sender<Input>) -> io::Result<()> {
    spawn_reader_with(event::read, sender)
}

/// [`spawn_reader`] with `read` for crossterm's. A read that fails or
/// panics ends the thread and, by an [`Input::Failed`], the loop: it must
/// not wait for events that will never come.
fn spawn_reader_with(read: fn() -> io::Result<Event>, sender: Sender<Input>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("terminal input".into())
        .spawn(move || {
            loop {
                let read = std::panic::catch_unwind(read).unwrap_or_else(|_| {
                    Err(io::Error::other("reading the terminal failed (a panic)"))
                });
                let (input, failed) = match read {
                    Ok(event) => (Input::Event(event), false),
                    Err(err) => (Input::Failed(err), true),
                };
                if sender.send(input).is_err() || failed {
                    return;
                }
            }
        })?;
    Ok(())
}

/// How often the loop looks for background reports while work runs.
const REPORT_INTERVAL: Duration = Duration::from_millis(100);

/// Events applied between two redraws at most: a long burst still shows
/// progress.
const MAX_BURST: usize = 64 * 1024;

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    inputs: &Receiver<Input>,
) -> io::Result<()> {
    redraw(terminal, app, false)?;
    loop {
        // Blocks: no redraw and no CPU use while nothing happens; while
        // background work runs, wakes often enough to show its reports.
        let first = if app.busy() {
            match inputs.recv_timeout(REPORT_INTERVAL) {
                Ok(input) => Some(input),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => break,
            }
        } else {
            match inputs.recv() {
                Ok(input) => Some(input),
                Err(_) => break,
            }
        };
        // What else has already arrived (fast typing, a paste from a
        // terminal without bracketed paste, a storm of resizes) is applied
        // before the one redraw.
        let mut burst: Vec<Input> = first.into_iter().collect();
        while !burst.is_empty() && burst.len() < MAX_BURST {
            match inputs.try_recv() {
                Ok(input) => burst.push(input),
                Err(_) => break,
            }
        }
        let reports = app.take_reports();
        if burst.is_empty() && reports.is_empty() {
            continue;
        }
        for action in reports {
            app.update(action);
        }
        let mut events = Vec::with_capacity(burst.len());
        let mut resumed = false;
        for input in burst {
            match input {
                Input::Event(event) => events.push(event),
                Input::Failed(err) => return Err(err),
                Input::Resumed => resumed = true,
            }
        }
        let applied = apply_events(app, events);
        if app.should_quit() {
            break;
        }
        if resumed {
            // The size may have changed while we were stopped.
            let size = terminal.size()?;
            app.update(Action::Resize {
                width: size.width,
                height: size.height,
            });
        }
        redraw(terminal, app, resumed)?;
        if applied.suspend {
            signals::suspend();
        }
    }
    Ok(())
}

/// Draw a frame; `in_full` clears the screen first and redraws every cell
/// (after a stop the screen holds whatever the shell left).
fn redraw(terminal: &mut ratatui::DefaultTerminal, app: &App, in_full: bool) -> io::Result<()> {
    let _screen = lock_screen();
    if in_full {
        // `resize` clears the screen and forgets the last frame. (Not
        // `clear`: it asks the terminal for the cursor's position, an answer
        // the reader thread would take.)
        let size = terminal.size()?;
        terminal.resize(Rect::new(0, 0, size.width, size.height))?;
    }
    terminal.draw(|frame| draw(app, frame))?;
    Ok(())
}

/// What [`apply_events`] leaves to the event loop.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Applied {
    /// Ctrl-Z was pressed: stop once the frame is drawn.
    pub suspend: bool,
}

/// Apply terminal `events` in order. Characters typed into a prompt in one
/// burst become one edit, as a paste does: the search or filter is refined
/// once for the burst, not once per character. Of resizes in a row only the
/// last counts: the sizes before it were never drawn.
pub fn apply_events(app: &mut App, events: impl IntoIterator<Item = Event>) -> Applied {
    let mut applied = Applied::default();
    let mut typed = String::new();
    let mut events = events.into_iter().peekable();
    while let Some(event) = events.next() {
        if app.should_quit() {
            break;
        }
        let resized_again = matches!(events.peek(), Some(Event::Resize(..)));
        if matches!(event, Event::Resize(..)) && resized_again {
            continue;
        }
        // Typing does not change what keys mean (the prompt stays open), so
        // the context is right while `typed` waits.
        match action_for_event(&event, app.key_context()) {
            Some(Action::Input(ch)) => typed.push(ch),
            Some(Action::Suspend) => applied.suspend = true,
            Some(action) => {
                apply_typed(app, &mut typed);
                app.update(action);
            }
            None => {}
        }
    }
    apply_typed(app, &mut typed);
    applied
}

fn apply_typed(app: &mut App, typed: &mut String) {
    let mut chars = typed.chars();
    match (chars.next(), chars.next()) {
        (None, _) => {}
        (Some(ch), None) => app.update(Action::Input(ch)),
        (Some(_), Some(_)) => app.update(Action::Paste(std::mem::take(typed))),
    }
    typed.clear();
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_panic_while_reading_the_terminal_ends_the_loop_instead_of_hanging_it() {
        let (sender, inputs) = channel();
        spawn_reader_with(|| panic!("a malformed escape sequence"), sender).expect("spawn");
        let input = inputs.recv_timeout(Duration::from_secs(60));
        assert!(
            matches!(input, Ok(Input::Failed(_))),
            "the loop was not told"
        );
    }
}
