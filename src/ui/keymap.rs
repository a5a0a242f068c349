//! Every key and mouse binding, in one place: terminal events become
//! [`Action`]s here and nowhere else. [`KEY_HELP`] is the table the `?`
//! overlay shows and the README repeats.

use super::action::{Action, Pane};
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

/// What the keyboard is talking to right now; decides what a key means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyContext {
    /// The list of articles.
    Library,
    /// A story, with this pane focused.
    Story(Pane),
    /// The People screen: the list or a person's page.
    People,
    /// A prompt at the bottom (title filter or search) takes the typing.
    Prompt,
    /// An overlay is open: the help, or the files that could not be read.
    Help,
    /// The subscriptions or a feed's entries.
    Feeds,
}

/// Rows of the help overlay and of the README's key table: keys, meaning.
pub const KEY_HELP: &[(&str, &str)] = &[
    (
        "j / k, Down / Up",
        "move the selection, or scroll the article",
    ),
    (
        "Space / b, PgDn / PgUp, Ctrl-f / Ctrl-b",
        "a page down / up",
    ),
    (
        "5j, 3 Space...",
        "a count before a movement or n / N repeats it",
    ),
    ("Ctrl-d / Ctrl-u", "half a page down / up"),
    (
        "g / G, Home / End",
        "first / last row, top / end of the article",
    ),
    (
        "Enter",
        "open the article; go to the selection in the article",
    ),
    (
        "Tab / Shift-Tab",
        "focus the next / previous pane: Article, Entities, Quotes",
    ),
    ("h / l, Left / Right", "focus the pane to the left / right"),
    (
        "/",
        "filter the library (title, author, source, text), the subscriptions or a list; search the story",
    ),
    ("Backspace", "in a prompt: delete the last character"),
    (
        "n / N",
        "next / previous search match or entity mention; wraps",
    ),
    ("s", "from a quote: select its speaker in Entities"),
    (
        "f",
        "show only the selected person's quotes (again: all quotes)",
    ),
    ("] / [", "next / previous quote by the same speaker"),
    ("z", "zoom the focused pane to the whole screen, and back"),
    ("o", "open the article's URL in the browser ($BROWSER)"),
    ("y", "copy the selected quote and its citation (OSC 52)"),
    ("u", "subscriptions, story: mark the entry read / unread"),
    ("*", "subscriptions, story: star / unstar the entry"),
    (
        "r / R",
        "subscriptions: refresh the selected feed / all feeds",
    ),
    (
        "P",
        "people and organisations across the library or subscriptions",
    ),
    ("w", "the selected person's or speaker's page"),
    ("?", "show / hide this help"),
    ("e", "library: list the files that could not be read"),
    (
        "Esc",
        "one step back: close; clear search, filter, zoom, highlight",
    ),
    (
        "q",
        "back to the library (quit there, or in a story from a file)",
    ),
    ("Ctrl-c", "quit at once"),
    ("Ctrl-z", "suspend to the shell (fg comes back)"),
    (
        "click",
        "focus a pane; select the row, mention or quote clicked",
    ),
    ("wheel", "scroll the pane under the pointer"),
];

/// The key table as plain text, for `byline --help`.
pub fn keys_text() -> String {
    let width = KEY_HELP
        .iter()
        .map(|(keys, _)| keys.len())
        .max()
        .unwrap_or(0);
    let mut text = String::from("Keys in the reader (? shows them there too):\n");
    for (keys, meaning) in KEY_HELP {
        text.push_str(&format!("  {keys:<width$}  {meaning}\n"));
    }
    text
}

/// The action a terminal event stands for in `context`, if any.
pub fn action_for_event(event: &Event, context: KeyContext) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => action_for_key(key, context),
        Event::Mouse(mouse) => action_for_mouse(mouse),
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        Event::Paste(text) if context == KeyContext::Prompt => {
            let text = prompt_text(text);
            (!text.is_empty()).then_some(Action::Paste(text))
        }
        _ => None,
    }
}

/// Pasted text as it goes into a one-line prompt: each line break (CR, LF
/// or CR LF) and every other control character becomes a space, so a paste
/// neither submits the prompt nor carries escape sequences to the screen.
pub fn prompt_text(pasted: &str) -> String {
    pasted
        .replace("\r\n", "\n")
        .chars()
        .map(|ch| if ch.is_control() { ' ' } else { ch })
        .collect()
}

/// The action a key press stands for in `context`, if any.
pub fn action_for_key(key: &KeyEvent, context: KeyContext) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    if ctrl && key.code == KeyCode::Char('z') {
        return Some(Action::Suspend);
    }
    if context == KeyContext::Prompt {
        return match key.code {
            KeyCode::Enter => Some(Action::SubmitInput),
            KeyCode::Esc => Some(Action::CancelInput),
            KeyCode::Backspace => Some(Action::InputBackspace),
            KeyCode::Char(ch) if !ctrl => Some(Action::Input(ch)),
            _ => None,
        };
    }
    if context == KeyContext::Help {
        return match key.code {
            KeyCode::Char('?') if !is_modified(key) => Some(Action::ToggleHelp),
            KeyCode::Esc | KeyCode::Char('q') | KeyCode::Enter if !is_modified(key) => {
                Some(Action::Cancel)
            }
            // A short terminal shows part of the help: the usual keys scroll it.
            _ => movement_for_key(key),
        };
    }
    if let Some(movement) = movement_for_key(key) {
        return Some(movement);
    }
    if is_modified(key) {
        // Ctrl-f is not f: a modified key means nothing unless bound above.
        return None;
    }
    let in_story = matches!(context, KeyContext::Story(_));
    let in_people = context == KeyContext::People;
    let in_feeds = context == KeyContext::Feeds;
    let action = match key.code {
        KeyCode::Char('q') if in_story || in_people || in_feeds => Action::Back,
        KeyCode::Char('u') if in_story || in_feeds => Action::ToggleRead,
        KeyCode::Char('*') if in_story || in_feeds => Action::ToggleStarred,
        KeyCode::Char('r') if in_feeds => Action::Refresh,
        KeyCode::Char('R') if in_feeds => Action::RefreshAll,
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Esc => Action::Cancel,
        KeyCode::Enter => Action::Activate,
        KeyCode::Char('/') => Action::StartSearch,
        KeyCode::Char('?') => Action::ToggleHelp,
        KeyCode::Tab if in_story || in_people => Action::FocusNext,
        KeyCode::BackTab if in_story || in_people => Action::FocusPrevious,
        KeyCode::Char('P') if context == KeyContext::Library || in_feeds => Action::OpenPeople,
        KeyCode::Char('w') if in_story => Action::OpenSpeaker,
        KeyCode::Char('n') if in_story => Action::Next,
        KeyCode::Char('N') if in_story => Action::Previous,
        KeyCode::Char('s') if in_story => Action::SelectSpeaker,
        KeyCode::Char('f') if in_story => Action::ToggleSpeakerFilter,
        KeyCode::Char(']') if in_story => Action::NextBySameSpeaker,
        KeyCode::Char('[') if in_story => Action::PreviousBySameSpeaker,
        KeyCode::Char('e') if context == KeyContext::Library => Action::ShowLoadErrors,
        KeyCode::Char('z') if in_story => Action::ToggleZoom,
        KeyCode::Char('o') if in_story => Action::OpenUrl,
        KeyCode::Char('y') if in_story => Action::CopyQuote,
        // The panes as they sit: the article left, the lists right.
        KeyCode::Char('h') | KeyCode::Left if in_story => Action::Focus(Pane::Article),
        KeyCode::Char('l') | KeyCode::Right if context == KeyContext::Story(Pane::Article) => {
            Action::Focus(Pane::Entities)
        }
        KeyCode::Char(digit @ '0'..='9') => Action::Count(digit as u8 - b'0'),
        _ => return None,
    };
    Some(action)
}

/// Keys that move or scroll, the same on every screen.
fn movement_for_key(key: &KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let action = match key.code {
        KeyCode::Char('d') if ctrl => Action::HalfPage(1),
        KeyCode::Char('u') if ctrl => Action::HalfPage(-1),
        KeyCode::Char('f') if ctrl => Action::Page(1),
        KeyCode::Char('b') if ctrl => Action::Page(-1),
        _ if is_modified(key) => return None,
        KeyCode::Char('j') | KeyCode::Down => Action::MoveBy(1),
        KeyCode::Char('k') | KeyCode::Up => Action::MoveBy(-1),
        KeyCode::PageDown | KeyCode::Char(' ') => Action::Page(1),
        KeyCode::PageUp | KeyCode::Char('b') => Action::Page(-1),
        KeyCode::Char('g') | KeyCode::Home => Action::Top,
        KeyCode::Char('G') | KeyCode::End => Action::Bottom,
        _ => return None,
    };
    Some(action)
}

/// Ctrl, Alt and the like held down (Shift only makes capitals).
fn is_modified(key: &KeyEvent) -> bool {
    key.modifiers.intersects(!(KeyModifiers::SHIFT))
}

/// The action a mouse event stands for, if any: left click and wheel.
pub fn action_for_mouse(mouse: &MouseEvent) -> Option<Action> {
    let (column, row) = (mouse.column, mouse.row);
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
        MouseEventKind::ScrollDown => Some(Action::Wheel {
            column,
            row,
            lines: 3,
        }),
        MouseEventKind::ScrollUp => Some(Action::Wheel {
            column,
            row,
            lines: -3,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn q_goes_back_from_a_story_and_quits_the_library() {
        let q = key(KeyCode::Char('q'));
        assert_eq!(action_for_key(&q, KeyContext::Library), Some(Action::Quit));
        let story = KeyContext::Story(Pane::Article);
        assert_eq!(action_for_key(&q, story), Some(Action::Back));
    }

    #[test]
    fn the_prompt_takes_letters_that_are_keys_elsewhere() {
        let q = key(KeyCode::Char('q'));
        assert_eq!(
            action_for_key(&q, KeyContext::Prompt),
            Some(Action::Input('q'))
        );
    }

    #[test]
    fn ctrl_c_quits_everywhere() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for context in [KeyContext::Library, KeyContext::Prompt, KeyContext::Help] {
            assert_eq!(action_for_key(&ctrl_c, context), Some(Action::Quit));
        }
    }

    #[test]
    fn a_paste_is_one_edit_of_the_prompt_without_its_line_breaks() {
        let paste = Event::Paste("Putin\r\nquote\nq\rx\u{1b}[2J".to_string());
        assert_eq!(
            action_for_event(&paste, KeyContext::Prompt),
            Some(Action::Paste("Putin quote q x [2J".to_string()))
        );
        // Outside a prompt a paste is not a string of commands.
        assert_eq!(action_for_event(&paste, KeyContext::Library), None);
        let blank = Event::Paste(String::new());
        assert_eq!(action_for_event(&blank, KeyContext::Prompt), None);
    }

    #[test]
    fn ctrl_f_and_ctrl_b_page_as_in_less_and_vim() {
        let story = KeyContext::Story(Pane::Entities);
        let ctrl = |ch| KeyEvent::new(KeyCode::Char(ch), KeyModifiers::CONTROL);
        assert_eq!(action_for_key(&ctrl('f'), story), Some(Action::Page(1)));
        assert_eq!(action_for_key(&ctrl('b'), story), Some(Action::Page(-1)));
        assert_eq!(
            action_for_key(&ctrl('f'), KeyContext::Library),
            Some(Action::Page(1))
        );
    }

    #[test]
    fn unbound_modified_keys_do_nothing() {
        let story = KeyContext::Story(Pane::Quotes);
        for ch in ['n', 'q', 's', '[', 'j', 'g'] {
            let ctrl = KeyEvent::new(KeyCode::Char(ch), KeyModifiers::CONTROL);
            let alt = KeyEvent::new(KeyCode::Char(ch), KeyModifiers::ALT);
            for context in [story, KeyContext::Library, KeyContext::Help] {
                assert_eq!(action_for_key(&ctrl, context), None, "Ctrl-{ch}");
                assert_eq!(action_for_key(&alt, context), None, "Alt-{ch}");
            }
        }
        let capital_n = KeyEvent::new(KeyCode::Char('N'), KeyModifiers::SHIFT);
        assert_eq!(action_for_key(&capital_n, story), Some(Action::Previous));
    }

    #[test]
    fn ctrl_z_suspends_everywhere_even_in_a_prompt() {
        let ctrl_z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
        for context in [
            KeyContext::Library,
            KeyContext::Story(Pane::Entities),
            KeyContext::Prompt,
            KeyContext::Help,
        ] {
            assert_eq!(action_for_key(&ctrl_z, context), Some(Action::Suspend));
        }
    }

    #[test]
    fn ctrl_d_is_half_a_page_not_d() {
        let ctrl_d = KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL);
        let context = KeyContext::Story(Pane::Quotes);
        assert_eq!(action_for_key(&ctrl_d, context), Some(Action::HalfPage(1)));
    }
}
