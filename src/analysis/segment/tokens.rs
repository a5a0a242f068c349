//! Words, numbers and punctuation marks of a paragraph: the tokenizer,
//! fast on ASCII news copy, keeping abbreviations' dots and numbers'
//! separators in their token.

use super::Token;
use super::abbreviations::{FINAL, NON_FINAL};

fn next_char(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|rest| rest.chars().next())
}

/// Whether a word followed by "." takes the dot into its token.
fn keeps_dot(word: &str, text: &str, after_dot: usize) -> bool {
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    let single_capital = first.is_uppercase() && chars.next().is_none();
    if single_capital || word.contains('.') {
        return true;
    }
    if word == "No" || word == "Nos" {
        // "No. 5", not "he said no."
        return text[after_dot..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit());
    }
    NON_FINAL.contains(word) || FINAL.contains(word)
}

/// `u8::is_ascii_alphanumeric` as a table: one load per byte in the
/// tokenizer's innermost loop.
static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = (byte as u8).is_ascii_alphanumeric();
        byte += 1;
    }
    table
};

/// The ASCII characters `char::is_whitespace` accepts: space, \t to \r.
fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t'..=b'\r')
}

/// `char::is_alphanumeric`, answered at once for the curly quotes and
/// dashes of General Punctuation (U+2000..U+206F, no letter or digit among
/// them), which otherwise cost a Unicode table search each.
fn is_word_char(c: char) -> bool {
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
}

/// Words (letters, digits, inner apostrophes, hyphens and dots; numbers with
/// their separators; abbreviations with their dot) and single punctuation
/// marks ("..." stays one token).
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let char_at = |at: usize| -> char {
        match bytes[at] {
            b if b.is_ascii() => b as char,
            _ => text[at..].chars().next().unwrap_or(' '),
        }
    };
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while i < bytes.len() {
        // Spaces are a sixth of news text: skip them before decoding.
        if is_ascii_space(bytes[i]) {
            i += 1;
            continue;
        }
        let c = char_at(i);
        let start = i;
        i += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        let mut end = i;
        if c == '.' && bytes.get(end) == Some(&b'.') {
            while bytes.get(end) == Some(&b'.') {
                end += 1;
            }
        } else if is_word_char(c) {
            while end < bytes.len() {
                if ASCII_ALPHANUMERIC[usize::from(bytes[end])] {
                    end += 1;
                    continue;
                }
                if is_ascii_space(bytes[end]) {
                    break; // the usual end of a word
                }
                let n = char_at(end);
                let after = end + n.len_utf8();
                let joins = is_word_char(n)
                    || (matches!(n, '\'' | '’' | '-' | '.' | '&')
                        && next_char(text, after).is_some_and(is_word_char))
                    || (n == ','
                        && text[start..end]
                            .bytes()
                            .all(|b| b.is_ascii_digit() || b == b',')
                        && text.len() >= after + 3
                        && text.as_bytes()[after..after + 3]
                            .iter()
                            .all(u8::is_ascii_digit));
                if !joins {
                    break;
                }
                end = after;
            }
            if bytes.get(end) == Some(&b'.')
                && bytes.get(end + 1) != Some(&b'.')
                && keeps_dot(&text[start..end], text, end + 1)
            {
                end += 1;
            }
        }
        tokens.push(Token::new(start, end));
        i = end;
    }
    // The estimate above is often short, and the vector doubled: a story
    // keeps millions of tokens, so give back what is unused.
    tokens.shrink_to_fit();
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start()..t.end()])
            .collect()
    }

    #[test]
    fn general_punctuation_has_no_word_characters() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
        assert!(is_word_char('é') && is_word_char('7') && !is_word_char('’'));
    }

    #[test]
    fn tokens_keep_inner_apostrophes_and_split_punctuation() {
        assert_eq!(
            words("Trump’s talks, “useful.”"),
            ["Trump’s", "talks", ",", "“", "useful", ".", "”"]
        );
    }

    #[test]
    fn abbreviations_and_initials_keep_their_dot() {
        assert_eq!(
            words("Mr. Lee met J. K. Rowling in the U.S. on Jan. 5."),
            [
                "Mr.", "Lee", "met", "J.", "K.", "Rowling", "in", "the", "U.S.", "on", "Jan.", "5",
                "."
            ]
        );
    }

    #[test]
    fn numbers_keep_decimals_and_thousands() {
        assert_eq!(
            words("$2.5 billion for 240,000 people..."),
            ["$", "2.5", "billion", "for", "240,000", "people", "..."]
        );
    }
}
