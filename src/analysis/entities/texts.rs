//! The distinct texts of a story's mentions, numbered. A long story names
//! the same few people and places thousands of times: the story-wide
//! rules ([`super::evidence`], [`super::merge`]) keep what they learn
//! about a text in a table indexed by its number, so each mention costs
//! one hash lookup here instead of one per rule.

use super::Mention;
use crate::analysis::lexicon::fasthash::FastMap;

/// A mention text's number: the same text always gets the same one.
pub type TextId = u32;

#[derive(Default)]
pub struct Texts<'a> {
    ids: FastMap<&'a str, TextId>,
}

impl<'a> Texts<'a> {
    /// Numbers the texts of `mentions` not numbered yet, in order.
    pub fn number(&mut self, mentions: &mut [Mention<'a>]) {
        for m in mentions {
            let next = TextId::try_from(self.ids.len()).expect("fewer than 2^32 distinct names");
            m.text_id = *self.ids.entry(m.text).or_insert(next);
        }
    }

    /// The number of `text`, if some mention has that text.
    pub fn get(&self, text: &str) -> Option<TextId> {
        self.ids.get(text).copied()
    }

    /// How many distinct texts there are: every id is below this.
    pub fn count(&self) -> usize {
        self.ids.len()
    }
}

/// One flag per text, for facts a rule learns about texts.
pub struct TextFlags(Vec<bool>);

impl TextFlags {
    pub fn new(texts: &Texts) -> Self {
        TextFlags::for_count(texts.count())
    }

    /// Flags for `count` texts, once the [`Texts`] themselves are gone.
    pub fn for_count(count: usize) -> Self {
        TextFlags(vec![false; count])
    }

    pub fn set(&mut self, id: TextId) {
        self.0[id as usize] = true;
    }

    pub fn unset(&mut self, id: TextId) {
        self.0[id as usize] = false;
    }

    /// Flags the text equal to `word`, if some mention has it.
    pub fn set_text(&mut self, texts: &Texts, word: &str) {
        if let Some(id) = texts.get(word) {
            self.set(id);
        }
    }

    pub fn get(&self, id: TextId) -> bool {
        self.0[id as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::EntityKind;
    use crate::analysis::segment::Paragraph;

    #[test]
    fn the_same_text_gets_the_same_number_in_any_paragraph() {
        let first = Paragraph::new(0, "Lind met Ada Lind.");
        let second = Paragraph::new(1, "Lind left.");
        let at = |p: &Paragraph<'static>, tokens: std::ops::Range<usize>| {
            let end = p.tokens[tokens.end - 1].end();
            Mention::plain(p, tokens, end, EntityKind::Person, None)
        };
        let mut mentions = vec![at(&first, 0..1), at(&first, 2..4)];
        let mut texts = Texts::default();
        texts.number(&mut mentions);
        let mut later = vec![at(&second, 0..1)];
        texts.number(&mut later);
        assert_eq!(mentions[1].text, "Ada Lind");
        assert_ne!(mentions[0].text_id, mentions[1].text_id);
        assert_eq!(later[0].text_id, mentions[0].text_id);
        assert_eq!(texts.count(), 2);
        assert_eq!(texts.get("Ada Lind"), Some(mentions[1].text_id));
        assert_eq!(texts.get("Ada"), None);
    }
}
