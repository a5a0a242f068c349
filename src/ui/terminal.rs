//! The event loop: set the terminal up (raw mode, alternate screen, mouse,
//! bracketed paste),
//! sleep until an event arrives, turn it into an action, update, redraw;
//! restore the terminal on quit, on Ctrl-C (a key in raw mode) and on panic.

use super::action::Action;
use super::app::App;
use super::draw::draw;
use super::keymap::action_for_event;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event,
};
use ratatui::crossterm::execute;
use std::io::stdout;
use std::time::Duration;

/// Run `app` in the terminal until it quits.
pub fn run_app(mut app: App) -> std::io::Result<()> {
    with_terminal(|terminal| {
        let size = terminal.size()?;
        app.update(Action::Resize {
            width: size.width,
            height: size.height,
        });
        event_loop(terminal, &mut app)
    })
}

/// Run `body` in the reader's terminal: raw mode, the alternate screen and
/// mouse capture, all undone when `body` returns or fails. If `body` panics,
/// the panic hook undoes them before the message is printed, so the message
/// lands on the normal screen and stays there (tests/panic_restore.rs).
pub fn with_terminal<T>(
    body: impl FnOnce(&mut ratatui::DefaultTerminal) -> std::io::Result<T>,
) -> std::io::Result<T> {
    // ratatui::init installs a panic hook that leaves raw mode and the
    // alternate screen; ours, chained in front, also releases the mouse and
    // shows the cursor (dropping the terminal would too, but only while
    // unwinding: not if a build ever aborts on panic).
    let mut terminal = ratatui::try_init()?;
    let restore_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableBracketedPaste, DisableMouseCapture, Show);
        restore_hook(info);
    }));
    // Bracketed paste: a paste arrives as one event, its line breaks not
    // taken for Enter.
    let result = execute!(stdout(), EnableMouseCapture, EnableBracketedPaste)
        .and_then(|()| body(&mut terminal));
    let _ = execute!(stdout(), DisableBracketedPaste, DisableMouseCapture);
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, app: &mut App) -> std::io::Result<()> {
    terminal.draw(|frame| draw(app, frame))?;
    while !app.should_quit() {
        // Blocks: no redraw and no CPU use while nothing happens; while
        // background work runs, wakes often enough to show its reports.
        let mut burst = Vec::new();
        if !app.busy() || event::poll(Duration::from_millis(100))? {
            burst.push(event::read()?);
            // What else has already arrived (fast typing, a paste from a
            // terminal without bracketed paste, a storm of resizes) is
            // applied before the one redraw.
            while burst.len() < MAX_BURST && event::poll(Duration::ZERO)? {
                burst.push(event::read()?);
            }
        }
        let reports = app.take_reports();
        if burst.is_empty() && reports.is_empty() {
            continue;
        }
        for action in reports {
            app.update(action);
        }
        apply_events(app, burst);
        if !app.should_quit() {
            terminal.draw(|frame| draw(app, frame))?;
        }
    }
    Ok(())
}

/// Events applied between two redraws at most: a long burst still shows
/// progress.
const MAX_BURST: usize = 64 * 1024;

/// Apply terminal `events` in order. Characters typed into a prompt in one
/// burst become one edit, as a paste does: the search or filter is refined
/// once for the burst, not once per character.
pub fn apply_events(app: &mut App, events: impl IntoIterator<Item = Event>) {
    let mut typed = String::new();
    for event in events {
        if app.should_quit() {
            return;
        }
        // Typing does not change what keys mean (the prompt stays open), so
        // the context is right while `typed` waits.
        match action_for_event(&event, app.key_context()) {
            Some(Action::Input(ch)) => typed.push(ch),
            Some(action) => {
                apply_typed(app, &mut typed);
                app.update(action);
            }
            None => {}
        }
    }
    apply_typed(app, &mut typed);
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
