//! Where a paragraph's sentences end: . ! ? (and the closing quotes or
//! brackets after them), an ellipsis before a capital, an abbreviation
//! before a sentence opener.

use super::abbreviations::{NON_FINAL, OPENERS};
use super::{Sentence, Token, small};

pub(super) fn is_opening_mark(word: &str) -> bool {
    matches!(word, "“" | "\"" | "‘" | "'" | "(" | "[" | "«")
}

fn is_closing_mark(word: &str) -> bool {
    matches!(word, "”" | "\"" | "’" | "'" | ")" | "]" | "»")
}

/// Whether a token ends its sentence, given the token after it.
fn ends_sentence(word: &str, next: Option<&str>) -> bool {
    if !(word.ends_with(['.', '!', '?']) || word == "…") {
        return false;
    }
    let next_starts_upper = || {
        next.is_some_and(|n| {
            n.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || is_opening_mark(n))
        })
    };
    match word {
        "." | "!" | "?" => true,
        "..." | "…" => next_starts_upper(),
        _ if word.len() > 1 && word.ends_with('.') => {
            let stem = &word[..word.len() - 1];
            if NON_FINAL.contains(stem) || stem.chars().count() == 1 {
                return false;
            }
            // "U.S." or "Inc." ends a sentence only before a usual opener.
            next.is_some_and(|n| OPENERS.contains(n))
        }
        _ => false,
    }
}

/// Sentence ends: . ! ? (and any closing quote or bracket after them), an
/// ellipsis before a capital, or an abbreviation before a sentence opener.
pub(super) fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let word = |i: usize| &text[tokens[i].start()..tokens[i].end()];
    // Checked on raw bytes first: few tokens end in . ! ? or "…" (E2 80 A6).
    let may_end = |i: usize| {
        let end = tokens[i].end();
        match text.as_bytes()[end - 1] {
            b'.' | b'!' | b'?' => true,
            0xA6 => text[..end].ends_with('…'),
            _ => false,
        }
    };
    let mut sentences = Vec::new();
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        let mut last = i;
        let ends = i + 1 == tokens.len()
            || (may_end(i) && {
                let mut j = i + 1;
                while j < tokens.len() && is_closing_mark(word(j)) && word(j) != "'" {
                    j += 1;
                }
                let closes = ends_sentence(word(i), (j < tokens.len()).then(|| word(j)));
                if closes {
                    last = j - 1;
                }
                closes
            });
        if ends {
            let last = last.max(i);
            sentences.push(Sentence {
                first: small(first),
                end: small(last + 1),
            });
            first = last + 1;
            i = last + 1;
        } else {
            i += 1;
        }
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::super::Paragraph;

    fn sentences(text: &str) -> Vec<&str> {
        let p = Paragraph::new(0, text);
        p.sentences
            .iter()
            .map(|s| &text[p.tokens[s.tokens().start].start()..p.tokens[s.tokens().end - 1].end()])
            .collect()
    }

    #[test]
    fn sentences_end_after_closing_quotes() {
        assert_eq!(
            sentences("He said “yes.” Then he left."),
            ["He said “yes.”", "Then he left."]
        );
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("Dr. Ames met Gen. J. Smith in St. Louis. He left."),
            ["Dr. Ames met Gen. J. Smith in St. Louis.", "He left."]
        );
    }

    #[test]
    fn an_acronym_ends_a_sentence_only_before_an_opener() {
        assert_eq!(
            sentences("They flew to the U.S. The talks began. U.S. officials came."),
            [
                "They flew to the U.S.",
                "The talks began.",
                "U.S. officials came."
            ]
        );
        assert_eq!(
            sentences("He met U.S. President Lee."),
            ["He met U.S. President Lee."]
        );
    }

    #[test]
    fn ellipsis_ends_a_sentence_before_a_capital() {
        assert_eq!(
            sentences("We waited... and waited... Then it rained."),
            ["We waited... and waited...", "Then it rained."]
        );
    }

    #[test]
    fn a_sentence_start_skips_opening_quotes() {
        let p = Paragraph::new(0, "“Despite it all,” Lee said.");
        assert!(p.starts_sentence(1));
        assert!(!p.starts_sentence(6));
    }
}
