//! Colours, styles and user-facing words in one place, so every pane speaks
//! the same visual language: one colour per entity kind, one look for
//! quotations, one strong highlight for "you are here".

use crate::analysis::EntityKind;
use ratatui::style::{Color, Modifier, Style};

/// The colour of an entity kind, used in the article and the sidebar alike.
pub fn kind_color(kind: EntityKind) -> Color {
    match kind {
        EntityKind::Person => Color::Cyan,
        EntityKind::Organization => Color::Magenta,
        EntityKind::Place => Color::Green,
        EntityKind::Date => Color::LightRed,
        EntityKind::Other => Color::Blue,
    }
}

/// A mention of an entity of `kind` in the article text.
pub fn mention(kind: EntityKind) -> Style {
    Style::new().fg(kind_color(kind))
}

/// Quoted words in the article text.
pub fn quotation() -> Style {
    Style::new()
        .fg(Color::LightYellow)
        .add_modifier(Modifier::ITALIC)
}

/// The selected entity's other mentions: its colour turned into a background.
pub fn selected_entity_mention(kind: EntityKind) -> Style {
    Style::new().fg(Color::Black).bg(kind_color(kind))
}

/// The one thing the reader is looking at: the selected quote, the current
/// mention, the current search match.
pub fn current() -> Style {
    Style::new()
        .fg(Color::Black)
        .bg(Color::Yellow)
        .add_modifier(Modifier::BOLD)
}

/// A search match other than the current one.
pub fn search_match() -> Style {
    Style::new().fg(Color::Black).bg(Color::LightBlue)
}

/// Paragraph numbers in the gutter.
pub fn gutter() -> Style {
    Style::new().fg(Color::DarkGray)
}

/// Secondary text: metadata, counts, titles, hints.
pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

pub fn title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

/// The border of the focused pane, and of the others.
pub fn border(focused: bool) -> Style {
    if focused {
        Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
    } else {
        Style::new().fg(Color::DarkGray)
    }
}

/// The selected row of a list.
pub fn selected_row(focused: bool) -> Style {
    if focused {
        Style::new().bg(Color::Yellow).fg(Color::Black)
    } else {
        Style::new().add_modifier(Modifier::REVERSED)
    }
}

/// Group headings in the sidebar.
pub fn heading(kind: EntityKind) -> Style {
    Style::new()
        .fg(kind_color(kind))
        .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

pub const TOO_SMALL: &str = "terminal too small";
pub const NO_MATCHES: &str = "no matches";
pub const NO_QUOTES: &str = "no quotes found";
pub const NO_ENTITIES: &str = "no names found";
pub const NO_ARTICLES: &str = "no article matches the filter";
pub const UNKNOWN_SPEAKER: &str = "unattributed";
