//! Windows over very long paragraphs, so that the analysis of one
//! paragraph costs bounded memory and time whatever its length.
//!
//! The quote finder and the entity scanner build per-token tables for a
//! whole paragraph, and some rules look back over everything before a word
//! in its paragraph. News paragraphs are a few hundred bytes; a hostile or
//! broken file can be one paragraph of 50 MB, whose tables cost many times
//! its size and whose look-backs cost the square of it. So a paragraph
//! longer than [`WINDOW_BYTES`] is analysed as consecutive windows cut at
//! sentence ends, each as if it were a paragraph of its own, and every span
//! found is moved back into the paragraph's own byte offsets: the results
//! stay exact coordinates into the text the user reads.
//!
//! What a window changes, and only in paragraphs this long: a cut falls
//! outside quotations unless a window's second half has no sentence end
//! outside one, and a quotation cut all the same is found in part or not
//! at all; a rule about a paragraph's first words sees each window's first
//! words; a look-back counted in paragraphs counts windows.

use crate::article::Span;

/// The longest paragraph analysed in one piece: 16 KiB, four times the
/// longest paragraph of the evaluation corpora (4.2 KB) and some thirty
/// times a long news paragraph. The quote finder keeps the last thirty
/// paragraphs (or windows) a pronoun may reach back to, so this also bounds
/// what it holds.
pub const WINDOW_BYTES: usize = 16 * 1024;
const _: () = assert!(WINDOW_BYTES <= super::segment::MAX_TEXT_BYTES);

/// Where a window lies: its paragraph and its first byte there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    pub paragraph: usize,
    pub offset: usize,
}

/// The texts to analyse, one per paragraph or window, with where each lies.
pub struct Windows<'a> {
    pub texts: Vec<&'a str>,
    /// Empty when every paragraph is one window: spans need no moving.
    origins: Vec<Origin>,
}

impl<'a> Windows<'a> {
    pub fn new(paragraphs: &'a [String]) -> Self {
        Self::with_width(paragraphs, WINDOW_BYTES)
    }

    fn with_width(paragraphs: &'a [String], width: usize) -> Self {
        if paragraphs.iter().all(|p| p.len() <= width) {
            return Windows {
                texts: paragraphs.iter().map(String::as_str).collect(),
                origins: Vec::new(),
            };
        }
        let mut texts = Vec::new();
        let mut origins = Vec::new();
        for (paragraph, text) in paragraphs.iter().enumerate() {
            let mut start = 0;
            loop {
                let end = if text.len() - start <= width {
                    text.len()
                } else {
                    cut(text, start, start + width)
                };
                texts.push(&text[start..end]);
                origins.push(Origin {
                    paragraph,
                    offset: start,
                });
                if end == text.len() {
                    break;
                }
                start = end;
            }
        }
        Windows { texts, origins }
    }

    /// Moves a span found in window `span.paragraph` into its paragraph.
    pub fn place(&self, span: &mut Span) {
        if let Some(origin) = self.origins.get(span.paragraph) {
            span.paragraph = origin.paragraph;
            span.start += origin.offset;
            span.end += origin.offset;
        }
    }
}

/// Where a window starting at `start` ends, at most at `limit` (<
/// `text.len()`) and past `start`: after the last sentence end before a
/// space outside any quotation if there is one in its second half, else
/// after the last space, else at the last character boundary.
fn cut(text: &str, start: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let half = start + (limit - start) / 2;
    let window = &bytes[start..limit];
    // Quotation marks before each position: a cut where straight marks are
    // even and curly ones balance is outside any quotation.
    let mut straight = 0usize;
    let mut curly = 0isize;
    let mut best_sentence = None;
    let mut best_space = None;
    for (i, &b) in window.iter().enumerate() {
        let at = start + i;
        match b {
            b'"' => straight += 1,
            // “ is E2 80 9C, ” is E2 80 9D.
            0x9C if at >= 2 && bytes[at - 2] == 0xE2 && bytes[at - 1] == 0x80 => curly += 1,
            0x9D if at >= 2 && bytes[at - 2] == 0xE2 && bytes[at - 1] == 0x80 => curly -= 1,
            b' ' | b'\t' | b'\n' | b'\r' if at > start => {
                best_space = Some(at);
                let closed = straight.is_multiple_of(2) && curly <= 0;
                if closed && at > half && ends_sentence(&bytes[start..at]) {
                    best_sentence = Some(at);
                }
            }
            _ => {}
        }
    }
    let mut end = best_sentence.or(best_space).unwrap_or(limit);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if end == start {
        // A first character longer than the window: keep it whole.
        end = limit;
        while !text.is_char_boundary(end) {
            end += 1;
        }
    }
    end
}

/// Whether `before` ends with . ! or ?, maybe inside a closing quotation
/// mark or bracket.
fn ends_sentence(before: &[u8]) -> bool {
    let closer = [
        &b"\""[..],
        b")",
        "\u{201D}".as_bytes(),
        "\u{2019}".as_bytes(),
    ]
    .into_iter()
    .find(|c| before.ends_with(c))
    .map_or(0, <[u8]>::len);
    let before = &before[..before.len() - closer];
    matches!(before.last(), Some(b'.' | b'!' | b'?'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn windows(text: &str, width: usize) -> Vec<String> {
        let paragraphs = [text.to_string()];
        let w = Windows::with_width(&paragraphs, width);
        w.texts.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn short_paragraphs_are_their_own_windows() {
        let paragraphs = ["One.".to_string(), "Two.".to_string()];
        let w = Windows::with_width(&paragraphs, 10);
        assert_eq!(w.texts, ["One.", "Two."]);
        let mut span = Span::new(1, 0, 3);
        w.place(&mut span);
        assert_eq!(span, Span::new(1, 0, 3));
    }

    #[test]
    fn a_long_paragraph_is_cut_at_sentence_ends_outside_quotations() {
        let text = "Ada left. Bo said “We stay. We win.” Then Cy came. Di went home.";
        let parts = windows(text, 41);
        assert_eq!(parts.concat(), text);
        assert_eq!(parts[0], "Ada left. Bo said “We stay. We win.”");
        assert!(parts.iter().all(|p| p.len() <= 41), "{parts:?}");
    }

    #[test]
    fn text_without_spaces_is_cut_at_character_boundaries() {
        let text = "ééééééééé";
        let parts = windows(text, 5);
        assert_eq!(parts.concat(), text);
        assert!(parts.iter().all(|p| p.len() <= 5 && !p.is_empty()));
    }

    #[test]
    fn spans_found_in_a_window_move_back_into_the_paragraph() {
        let paragraphs = ["a".to_string(), "Ada left. Bo came. Cy went.".to_string()];
        let w = Windows::with_width(&paragraphs, 12);
        let third = w.texts.len() - 1;
        let at = paragraphs[1].find("Cy").unwrap();
        let offset = at - (paragraphs[1].len() - w.texts[third].len());
        let mut span = Span::new(third, offset, offset + 2);
        w.place(&mut span);
        assert_eq!(span, Span::new(1, at, at + 2));
        assert_eq!(&paragraphs[1][span.start..span.end], "Cy");
    }
}
