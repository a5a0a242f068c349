//! The event loop: set the terminal up (raw mode, alternate screen, mouse),
//! sleep until an event arrives, turn it into an action, update, redraw;
//! restore the terminal on quit, on Ctrl-C (a key in raw mode) and on panic.

use super::action::Action;
use super::app::App;
use super::draw::draw;
use super::keymap::action_for_event;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use std::io::stdout;

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
        let _ = execute!(stdout(), DisableMouseCapture, Show);
        restore_hook(info);
    }));
    let result = execute!(stdout(), EnableMouseCapture).and_then(|()| body(&mut terminal));
    let _ = execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, app: &mut App) -> std::io::Result<()> {
    terminal.draw(|frame| draw(app, frame))?;
    while !app.should_quit() {
        // Blocks: no redraw and no CPU use while nothing happens; while
        // background work runs, wakes often enough to show its reports.
        let reports_due = app.busy() && !event::poll(std::time::Duration::from_millis(100))?;
        let mut actions = app.take_reports();
        if !reports_due {
            let event = event::read()?;
            actions.extend(action_for_event(&event, app.key_context()));
        }
        if actions.is_empty() {
            continue;
        }
        for action in actions {
            app.update(action);
        }
        if !app.should_quit() {
            terminal.draw(|frame| draw(app, frame))?;
        }
    }
    Ok(())
}
