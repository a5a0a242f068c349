//! Acronyms that a story uses as common nouns or units, not as the names
//! of bodies: "to a SUT", "an ATM and a bank" (one of many, so a thing),
//! "25 CUC", "USD 40" (a unit beside its amount, every time). An acronym
//! of a body before its noun stays a body ("a NASA probe", "an FBI agent").
//! Also terms: an acronym spelt out in lower case in brackets after it
//! ("the VM (virtual microscope)"), one that is a quantity of something
//! ("the GDP of Chile", "the POV of the camera"), and a Roman numeral
//! standing alone ("copper(II)", "part III"). An acronym introduced in
//! brackets after the capitalised name it spells ("the Kestrel Workers
//! Party (KWP)") is no quantity of something: "accused the KWP of ..."
//! names the body (though "a SUT" after "System Under Test (SUT)" is one
//! of many).

use super::Mention;
use super::expansions::initials;
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
    let named = named_before_brackets(doc, mentions, texts);
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
        let the_of =
            before.eq_ignore_ascii_case("the") && word(end) == "of" && !named.get(m.text_id);
        if the_of || is_roman_numeral(m.text) || spelt_out_after(m.text, end, &word) {
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

/// The acronyms introduced in brackets just after the name they spell.
fn named_before_brackets(doc: &Document, mentions: &[Mention], texts: &Texts) -> TextFlags {
    let mut named = TextFlags::new(texts);
    for pair in mentions.windows(2) {
        let (name, acronym) = (&pair[0], &pair[1]);
        if acronym.in_parens
            && name.paragraph == acronym.paragraph
            && name.end() <= acronym.start()
            && is_acronym(acronym.text)
        {
            let between = &doc.text(name.paragraph as usize)[name.end()..acronym.start()];
            if between == " (" && initials(name.text) == acronym.text {
                named.set(acronym.text_id);
            }
        }
    }
    named
}

/// "II", "XIV", "CXI": a Roman numeral of the letters I, V, X, L and C in
/// its usual form, two letters or more, one of them I ("MDC" is a party,
/// "LV" and "CC" are as often initials as numbers).
fn is_roman_numeral(text: &str) -> bool {
    const NUMERALS: [(u32, &str); 9] = [
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    if text.len() < 2 || !text.contains('I') || !text.bytes().all(|b| b"IVXLC".contains(&b)) {
        return false;
    }
    let value = |numeral: &str| {
        NUMERALS
            .iter()
            .find(|(_, n)| *n == numeral)
            .map(|(v, _)| *v)
    };
    // Parse greedily, then write the number back: only the usual form
    // comes out the same ("IIII" and "IC" do not).
    let (mut rest, mut number) = (text, 0);
    while !rest.is_empty() {
        let two = rest.get(..2).and_then(value);
        let (v, len) = match two {
            Some(v) => (v, 2),
            None => (value(&rest[..1]).unwrap_or(0), 1),
        };
        number += v;
        rest = &rest[len..];
    }
    let mut written = String::new();
    let mut left = number;
    for (v, numeral) in NUMERALS {
        while left >= v {
            written.push_str(numeral);
            left -= v;
        }
    }
    written == text
}

/// "VM (virtual microscope)": the words in brackets after the acronym at
/// token `end` - 1 are lower case and their initials spell it.
fn spelt_out_after<'w>(acronym: &str, end: usize, word: &impl Fn(usize) -> &'w str) -> bool {
    if word(end) != "(" {
        return false;
    }
    let mut initials = String::new();
    for k in end + 1..end + 2 + 2 * acronym.len() {
        let w = word(k);
        if w == ")" {
            return !initials.is_empty() && initials == acronym;
        }
        if !w.starts_with(|c: char| c.is_lowercase()) {
            return false;
        }
        if !matches!(w, "of" | "and" | "the" | "for" | "in" | "on" | "to") {
            initials.extend(w.chars().next().map(|c| c.to_ascii_uppercase()));
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{is_roman_numeral, spelt_out_after};

    #[test]
    fn roman_numerals_in_their_usual_form() {
        for numeral in ["II", "III", "IV", "XIV", "XCI", "CXI"] {
            assert!(is_roman_numeral(numeral), "{numeral}");
        }
        for other in ["I", "IIII", "IC", "VX", "MDC", "CIA", "ICC", "LV", "CC"] {
            assert!(!is_roman_numeral(other), "{other}");
        }
    }

    #[test]
    fn an_acronym_spelt_out_after_it() {
        let words = ["the", "VM", "(", "virtual", "microscope", ")", "is", "new"];
        let word = |i: usize| words.get(i).copied().unwrap_or("");
        assert!(spelt_out_after("VM", 2, &word));
        let words = ["the", "VM", "(", "Virtual", "Microscope", ")"];
        let word = |i: usize| words.get(i).copied().unwrap_or("");
        assert!(!spelt_out_after("VM", 2, &word));
    }
}
