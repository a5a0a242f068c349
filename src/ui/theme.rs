//! Colours, styles and user-facing words in one place, so every pane speaks
//! the same visual language: one colour per entity kind, one look for
//! quotations, one strong highlight for "you are here".
//!
//! Every mark that colour makes has a modifier too (reverse, bold,
//! underline), so that it still shows with no colour at all: [`Theme`]
//! without colour (NO_COLOR, `--color never`) draws with modifiers alone.

use crate::analysis::EntityKind;
use ratatui::style::{Color, Modifier, Style};

/// `--color`: whether the reader draws in colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour unless the NO_COLOR environment variable is set (and not empty).
    #[default]
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to use colour, given the value of NO_COLOR (see no-color.org:
    /// set and not empty means no colour).
    pub fn use_color(self, no_color: Option<&std::ffi::OsStr>) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => no_color.is_none_or(|value| value.is_empty()),
        }
    }
}

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

/// The reader's styles, in colour or in modifiers alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    pub const COLOR: Theme = Theme { color: true };
    pub const MONOCHROME: Theme = Theme { color: false };

    /// A mention of an entity of `kind` in the article text (underlined
    /// without colour).
    pub fn mention(self, kind: EntityKind) -> Style {
        if self.color {
            Style::new().fg(kind_color(kind))
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED)
        }
    }

    /// Quoted words in the article text.
    pub fn quotation(self) -> Style {
        let italic = Style::new().add_modifier(Modifier::ITALIC);
        if self.color {
            italic.fg(Color::LightYellow)
        } else {
            italic
        }
    }

    /// The selected entity's other mentions: its colour turned into a
    /// background (bold and underlined without colour).
    pub fn selected_entity_mention(self, kind: EntityKind) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(kind_color(kind))
        } else {
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        }
    }

    /// The one thing the reader is looking at: the selected quote, the
    /// current mention, the current search match (reversed without colour).
    pub fn current(self) -> Style {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        if self.color {
            bold.fg(Color::Black).bg(Color::Yellow)
        } else {
            bold.add_modifier(Modifier::REVERSED)
        }
    }

    /// A search match other than the current one (bold and underlined
    /// without colour).
    pub fn search_match(self) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(Color::LightBlue)
        } else {
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        }
    }

    /// Paragraph numbers in the gutter.
    pub fn gutter(self) -> Style {
        self.dim()
    }

    /// Secondary text: metadata, counts, titles, hints.
    pub fn dim(self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new()
        }
    }

    pub fn title(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The border of the focused pane, and of the others.
    pub fn border(self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) => Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            (true, false) => Style::new().add_modifier(Modifier::BOLD),
            (false, true) => Style::new().fg(Color::DarkGray),
            (false, false) => Style::new(),
        }
    }

    /// The selected row of a list: strong in the focused pane.
    pub fn selected_row(self, focused: bool) -> Style {
        let reversed = Style::new().add_modifier(Modifier::REVERSED);
        match (focused, self.color) {
            (true, true) => Style::new()
                .bg(Color::Yellow)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            (true, false) => reversed.add_modifier(Modifier::BOLD),
            (false, _) => reversed,
        }
    }

    /// Group headings in the sidebar.
    pub fn heading(self, kind: EntityKind) -> Style {
        let marked = Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
        if self.color {
            marked.fg(kind_color(kind))
        } else {
            marked
        }
    }

    /// A warning in the status line (files that failed to load).
    pub fn warning(self) -> Style {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        if self.color {
            bold.fg(Color::LightRed)
        } else {
            bold
        }
    }
}

pub const TOO_SMALL: &str = "terminal too small";
pub const NO_MATCHES: &str = "no matches";
pub const NO_QUOTES: &str = "no quotes found";
pub const NO_ENTITIES: &str = "no names found";
pub const NO_ARTICLES: &str = "no article matches the filter";
pub const UNKNOWN_SPEAKER: &str = "unattributed";
