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

/// How often the loop looks for a worker's reports while one runs.
const BACKGROUND_TICK: std::time::Duration = std::time::Duration::from_millis(100);

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
        // Blocks: no redraw and no CPU use while nothing happens; while a
        // worker (the people index) may report, wakes to take its reports.
        let background = app.waiting_for_background();
        let ready = !background || event::poll(BACKGROUND_TICK)?;
        let mut changed = false;
        for action in app.background_actions() {
            app.update(action);
            changed = true;
        }
        if ready {
            let event = event::read()?;
            if let Some(action) = action_for_event(&event, app.key_context()) {
                app.update(action);
                changed = true;
            }
        }
        if changed && !app.should_quit() {
            terminal.draw(|frame| draw(app, frame))?;
        }
    }
    Ok(())
}
