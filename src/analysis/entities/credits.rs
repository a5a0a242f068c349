//! Credits in Title Case lines: "St. Kestrel in His Garden (1502), by Ada
//! Lind", "Photo by Tomas Berg". A caption or a headline capitalises every
//! word, so only names the story already knows are taken from it; but
//! "by" and a given name, then one or two capitalised words ending the
//! line or its part, credit a person: a painter, an author, a
//! photographer.

use super::shapes::without_possessive;
use crate::analysis::lexicon::{self, gazetteer};

/// Words that may end a credit's name: the line's end or its punctuation.
fn ends_credit(word: Option<&&str>) -> bool {
    word.is_none_or(|w| {
        matches!(
            *w,
            "(" | ")" | "," | "." | ";" | ":" | "-" | "–" | "—" | "|"
        )
    })
}

/// The end of the credited person's name that starts at `words[i]`, if
/// `words[i - 1]` is "by" and the name is a given name and one or two
/// more capitalised words ending the credit.
pub(super) fn credited_name_at(words: &[&str], i: usize) -> Option<usize> {
    if i == 0 || !words[i - 1].eq_ignore_ascii_case("by") || !lexicon::is_given_name(words[i]) {
        return None;
    }
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    let more = words[i + 1..]
        .iter()
        .take(2)
        .take_while(|w| capitalised(w))
        .count();
    let end = i + 1 + more;
    let name = &words[i..end];
    (more > 0
        && ends_credit(words.get(end))
        && gazetteer::get().longest_match(name).is_none()
        && name.iter().all(|w| without_possessive(w) == *w))
    .then_some(end)
}

#[cfg(test)]
mod tests {
    use super::credited_name_at;

    #[test]
    fn a_given_name_and_a_surname_after_by_end_a_credit() {
        let words = ["Kestrel", "in", "His", "Garden", ",", "by", "Ada", "Lind"];
        assert_eq!(credited_name_at(&words, 6), Some(8));
        let words = ["Photo", "by", "Tomas", "Berg", "(", "2001", ")"];
        assert_eq!(credited_name_at(&words, 2), Some(4));
        // Not a given name, or the name goes on past the credit.
        let words = ["Hit", "By", "Hurricane", "Lind"];
        assert_eq!(credited_name_at(&words, 2), None);
        let words = ["Saved", "By", "Ada", "Lind", "Trust", "Fund", "Grants"];
        assert_eq!(credited_name_at(&words, 2), None);
    }
}
