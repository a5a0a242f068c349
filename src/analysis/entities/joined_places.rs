//! Places whose names hold small words the name finder does not join
//! across: "Antigua and Barbuda", "Saint Vincent and the Grenadines",
//! "Bosnia and Herzegovina". The gazetteer knows them whole, so a run
//! that opens with one takes all of it before it looks for more words.

use crate::analysis::lexicon::gazetteer;

/// How many of `words` a known place with a lower-case word inside
/// ("and", "the", "of") covers from the first, or 0. `capitalised` is
/// `is_capitalised` of the same words (`None`: none known, nothing joined).
pub(super) fn places_with_small_words(words: &[&str], capitalised: Option<&[bool]>) -> usize {
    let Some(capitalised) = capitalised else {
        return 0;
    };
    match gazetteer::get().longest_match(words) {
        Some((len, _)) if len > 2 && capitalised[..len].iter().any(|c| !c) => len,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::places_with_small_words;

    fn covered(text: &str) -> usize {
        let words: Vec<&str> = text.split(' ').collect();
        let capitalised: Vec<bool> = words
            .iter()
            .map(|w| w.starts_with(char::is_uppercase))
            .collect();
        places_with_small_words(&words, Some(&capitalised))
    }

    #[test]
    fn a_known_place_takes_its_small_words() {
        assert_eq!(covered("Antigua and Barbuda is small"), 3);
        assert_eq!(covered("Saint Vincent and the Grenadines lies west"), 5);
        // Places without small words are left to the usual run.
        assert_eq!(covered("New Zealand and Fiji"), 0);
        assert_eq!(covered("Lind and Barbuda"), 0);
    }
}
