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
    /// The help overlay is open.
    Help,
}

/// Rows of the help overlay and of the README's key table: keys, meaning.
pub const KEY_HELP: &[(&str, &str)] = &[
    (
        "j / k, Down / Up",
        "move the selection, or scroll the article",
    ),
    ("PgDn / PgUp", "a page down / up"),
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
    (
        "/",
        "filter the library by title and text; search the story",
    ),
    ("Backspace", "in a prompt: delete the last character"),
    (
        "n / N",
        "next / previous search match (in Entities: mention)",
    ),
    ("s", "from a quote: select its speaker in Entities"),
    (
        "f",
        "show only the selected person's quotes (again: all quotes)",
    ),
    ("] / [", "next / previous quote by the same speaker"),
    ("P", "people and organisations across the library"),
    ("w", "the selected person's or speaker's page"),
    ("?", "show / hide this help"),
    (
        "Esc",
        "close help; clear search, filter, selection; then back",
    ),
    (
        "q",
        "back to the library (quit there, or in a story from a file)",
    ),
    ("Ctrl-c", "quit at once"),
    (
        "click",
        "focus a pane; select the row, mention or quote clicked",
    ),
    ("wheel", "scroll the pane under the pointer"),
];

/// The action a terminal event stands for in `context`, if any.
pub fn action_for_event(event: &Event, context: KeyContext) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => action_for_key(key, context),
        Event::Mouse(mouse) => action_for_mouse(mouse),
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}

/// The action a key press stands for in `context`, if any.
pub fn action_for_key(key: &KeyEvent, context: KeyContext) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
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
            KeyCode::Esc | KeyCode::Char('?') | KeyCode::Char('q') | KeyCode::Enter => {
                Some(Action::ToggleHelp)
            }
            // A short terminal shows part of the help: the usual keys scroll it.
            _ => movement_for_key(key),
        };
    }
    if let Some(movement) = movement_for_key(key) {
        return Some(movement);
    }
    let in_story = matches!(context, KeyContext::Story(_));
    let in_people = context == KeyContext::People;
    let action = match key.code {
        KeyCode::Char('q') if in_story || in_people => Action::Back,
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Esc => Action::Cancel,
        KeyCode::Enter => Action::Activate,
        KeyCode::Char('/') => Action::StartSearch,
        KeyCode::Char('?') => Action::ToggleHelp,
        KeyCode::Tab if in_story || in_people => Action::FocusNext,
        KeyCode::BackTab if in_story || in_people => Action::FocusPrevious,
        KeyCode::Char('P') if context == KeyContext::Library => Action::OpenPeople,
        KeyCode::Char('w') if in_story => Action::OpenSpeaker,
        KeyCode::Char('n') if in_story => Action::Next,
        KeyCode::Char('N') if in_story => Action::Previous,
        KeyCode::Char('s') if in_story => Action::SelectSpeaker,
        KeyCode::Char('f') if in_story => Action::ToggleSpeakerFilter,
        KeyCode::Char(']') if in_story => Action::NextBySameSpeaker,
        KeyCode::Char('[') if in_story => Action::PreviousBySameSpeaker,
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
        _ if ctrl => return None,
        KeyCode::Char('j') | KeyCode::Down => Action::MoveBy(1),
        KeyCode::Char('k') | KeyCode::Up => Action::MoveBy(-1),
        KeyCode::PageDown => Action::Page(1),
        KeyCode::PageUp => Action::Page(-1),
        KeyCode::Char('g') | KeyCode::Home => Action::Top,
        KeyCode::Char('G') | KeyCode::End => Action::Bottom,
        _ => return None,
    };
    Some(action)
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
    fn ctrl_d_is_half_a_page_not_d() {
        let ctrl_d = KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL);
        let context = KeyContext::Story(Pane::Quotes);
        assert_eq!(action_for_key(&ctrl_d, context), Some(Action::HalfPage(1)));
    }
}
