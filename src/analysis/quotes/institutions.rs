//! Descriptions that stand for an organisation named earlier in the story.
//!
//! News English names an institution once ("the Municipality of Ostrava",
//! "the Ministry of Health") and then calls it by its kind: "the city
//! said", "the ministry warned". And it quotes an organisation's documents
//! as if they spoke: "A statement said …", "a message read …", where the
//! document is the words of the organisation the story is about.

/// Which words in an organisation's name a definite description with this
/// head can stand for: "the city" is the municipality or the city council.
pub fn name_words_for(head: &str) -> Option<&'static [&'static str]> {
    const CITY: &[&str] = &["borough", "city", "municipality", "town", "village"];
    const MINISTRY: &[&str] = &["department", "ministry"];
    const GOVERNMENT: &[&str] = &["administration", "government"];
    const COMPANY: &[&str] = &[
        "co",
        "company",
        "corp",
        "corporation",
        "firm",
        "inc",
        "ltd",
        "plc",
    ];
    const AGENCY: &[&str] = &["agency", "authority", "bureau"];
    const ARMY: &[&str] = &["army", "forces", "military"];
    let words: &'static [&'static str] = match head {
        "city" | "municipality" => CITY,
        "ministry" | "department" => MINISTRY,
        "government" | "administration" => GOVERNMENT,
        "company" | "firm" => COMPANY,
        "agency" => AGENCY,
        "army" | "military" => ARMY,
        "church" => &["church"],
        "commission" => &["commission"],
        "committee" => &["committee"],
        "council" => &["council"],
        "court" => &["court", "tribunal"],
        "embassy" => &["embassy"],
        "party" => &["party"],
        "police" => &["police"],
        "union" => &["union"],
        _ => return None,
    };
    Some(words)
}

/// Whether a name carries one of `words` ("Municipality of Ostrava" for
/// "municipality"), in any case and with or without a possessive.
pub fn name_carries(name: &str, words: &[&str]) -> bool {
    name.split_whitespace().any(|w| {
        let w = super::names::strip_possessive(w).trim_end_matches(['.', ',']);
        words.iter().any(|k| w.eq_ignore_ascii_case(k))
    })
}

/// Documents that speak for whoever issued them: "a statement said".
pub fn is_document(head: &str) -> bool {
    matches!(
        head,
        "announcement" | "document" | "letter" | "message" | "statement"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_city_stands_for_its_municipality_not_its_church() {
        let words = name_words_for("city").unwrap();
        assert!(name_carries("Municipality of Ostrava", words));
        assert!(name_carries("Kerrow City Council", words));
        assert!(!name_carries("Church of Kerrow", words));
        assert!(name_words_for("spokesman").is_none());
    }
}
