//! Acronyms that a story uses as common nouns or units, not as the names
//! of bodies: "to a SUT", "an ATM and a bank" (one of many, so a thing),
//! "25 CUC", "USD 40" (a unit beside its amount, every time). An acronym
//! of a body before its noun stays a body ("a NASA probe", "an FBI agent").

use super::Mention;
use super::shapes::is_acronym;
use super::texts::{TextFlags, Texts};
use crate::analysis::segment::Document;

/// Words after "a"/"an" + acronym that show the acronym is the noun the
/// article goes with, not a modifier of the next one.
fn ends_noun_phrase(next: &str) -> bool {
    next.is_empty()
        || !next.starts_with(char::is_alphanumeric)
        || matches!(
            next,
            "and" | "or" | "is" | "was" | "that" | "which" | "with" | "in" | "of" | "to" | "for"
        )
}

/// A number that can be an amount: not a year ("in 1998 NASA ...").
fn is_amount(word: &str) -> bool {
    let year = word.len() == 4 && word.parse::<u16>().is_ok_and(|n| (1000..2200).contains(&n));
    word.starts_with(|c: char| c.is_ascii_digit()) && !year
}

/// Sets in `terms` every acronym text that some mention shows as a
/// countable noun, or that every mention shows beside an amount.
pub(super) fn acronyms_as_nouns(
    doc: &Document,
    mentions: &[Mention],
    texts: &Texts,
    terms: &mut TextFlags,
) {
    let mut beside_amounts = vec![(0u32, 0u32); texts.count()];
    for m in mentions.iter().filter(|m| is_acronym(m.text)) {
        let paragraph = doc.paragraph(m.paragraph as usize);
        let word = |i: usize| {
            paragraph
                .tokens
                .get(i)
                .map_or("", |t| &paragraph.text[t.start()..t.end()])
        };
        let (start, end) = (m.tokens.start as usize, m.tokens.end as usize);
        let before = if start > 0 { word(start - 1) } else { "" };
        if (before.eq_ignore_ascii_case("a") || before.eq_ignore_ascii_case("an"))
            && ends_noun_phrase(word(end))
        {
            terms.set(m.text_id);
        }
        let counts = &mut beside_amounts[m.text_id as usize];
        counts.0 += 1;
        counts.1 += u32::from(is_amount(before) || is_amount(word(end)));
    }
    for (id, &(uses, beside)) in beside_amounts.iter().enumerate() {
        if uses > 0 && beside == uses {
            terms.set(id as u32);
        }
    }
}
