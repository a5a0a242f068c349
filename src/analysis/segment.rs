//! Sentences and tokens for news English, computed once per article and
//! shared by the entity and quote extractors. Offsets are bytes into the
//! paragraph, end exclusive.

/// A word, number or punctuation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

/// A sentence: its byte range and the range of its tokens in `Paragraph::tokens`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: std::ops::Range<usize>,
}

/// One paragraph, segmented.
#[derive(Debug, Clone)]
pub struct Paragraph<'a> {
    pub index: usize,
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

/// The whole article, segmented.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub paragraphs: Vec<Paragraph<'a>>,
}

impl<'a> Document<'a> {
    pub fn new(paragraphs: &'a [String]) -> Self {
        Document {
            paragraphs: paragraphs
                .iter()
                .enumerate()
                .map(|(index, text)| Paragraph::new(index, text))
                .collect(),
        }
    }
}

impl<'a> Paragraph<'a> {
    pub fn new(index: usize, text: &'a str) -> Self {
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        Paragraph {
            index,
            text,
            tokens,
            sentences,
        }
    }

    pub fn token_text(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].start..self.tokens[i].end]
    }
}

/// Words (letters, digits, inner apostrophes, hyphens and dots) and single
/// punctuation marks.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = start + c.len_utf8();
        if c.is_alphanumeric() {
            while let Some(&(i, n)) = chars.peek() {
                let joins = n.is_alphanumeric()
                    || (matches!(n, '\'' | '’' | '-' | '.')
                        && text[i + n.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric));
                if !joins {
                    break;
                }
                end = i + n.len_utf8();
                chars.next();
            }
        }
        tokens.push(Token { start, end });
    }
    tokens
}

/// Sentence ends: . ! ? (and any closing quote after them) before a capital.
fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut first = 0;
    for (i, t) in tokens.iter().enumerate() {
        let word = &text[t.start..t.end];
        let ends = matches!(word, "." | "!" | "?")
            || (i + 1 == tokens.len())
            || (matches!(word, "”" | "\"" | "’")
                && i > 0
                && matches!(
                    &text[tokens[i - 1].start..tokens[i - 1].end],
                    "." | "!" | "?"
                ));
        let next_is_quote_close = tokens
            .get(i + 1)
            .is_some_and(|n| matches!(&text[n.start..n.end], "”" | "\"" | "’"));
        if ends && !next_is_quote_close {
            sentences.push(Sentence {
                start: tokens[first].start,
                end: t.end,
                tokens: first..i + 1,
            });
            first = i + 1;
        }
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn tokens_keep_inner_apostrophes_and_split_punctuation() {
        assert_eq!(
            words("Trump’s talks, “useful.”"),
            ["Trump’s", "talks", ",", "“", "useful", ".", "”"]
        );
    }

    #[test]
    fn sentences_end_after_closing_quotes() {
        let p = Paragraph::new(0, "He said “yes.” Then he left.");
        let texts: Vec<_> = p
            .sentences
            .iter()
            .map(|s| &p.text[s.start..s.end])
            .collect();
        assert_eq!(texts, ["He said “yes.”", "Then he left."]);
    }
}
