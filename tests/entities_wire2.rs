//! Entities in wire news, second set: names that end in a possessive,
//! acronyms introduced after their bodies' names, people after roles of
//! sport and diplomacy. Each test is on sentences we invented (no corpus
//! text) and fails without the rule or knowledge it names.

mod entities_support;
use byline::analysis::EntityKind::{Organization, Person};
use entities_support::{assert_each_is, assert_kinds, entities, rows};

/// "Tolland's was the prize": a name used with "'s" every time, once
/// where nothing is owned, keeps the ending in every mention.
#[test]
fn a_name_always_written_with_a_possessive_keeps_it() {
    let found = entities(&[
        "Analysts said Tolland's was the biggest prize in the state.",
        "The bid for Tolland's stock was high, and every bank wanted Tolland's.",
    ]);
    assert_each_is(&found, &["Tolland's"], Organization);
    let row = found.iter().find(|e| e.name == "Tolland's").unwrap();
    assert_eq!(row.mentions.len(), 3, "{:#?}", rows(&found));
    // An owner who owns something every time keeps only the name.
    assert_kinds(
        &["Ada Lind's book sold well.", "Ada Lind's team won again."],
        &[("Ada Lind", Person)],
    );
}

/// "accuses the KWP of fraud" after "the Kestrel Workers Party (KWP)":
/// the body again, not a quantity like "the GDP of Chile".
#[test]
fn an_acronym_introduced_after_its_name_stays_the_body() {
    let found = entities(&[
        "The Kestrel Workers Party (KWP) met in the capital on Monday.",
        "Its rivals accuse the KWP of fraud.",
    ]);
    let row = found
        .iter()
        .find(|e| e.name == "Kestrel Workers Party")
        .unwrap_or_else(|| panic!("{:#?}", rows(&found)));
    assert_eq!(row.kind, Organization);
    assert_eq!(row.mentions.len(), 3, "{:#?}", rows(&found));
}

/// A counterpart, an assistant, a team mate, a playmaker: people.
#[test]
fn names_after_roles_of_sport_and_diplomacy_are_people() {
    let found = entities(&[
        "The adviser met his Armenian counterpart Zoltar Mirakyan on Monday.",
        "He will be replaced by his team mate Les Vardane.",
        "Police detained her assistant Tun Aung.",
        "Former playmaker Kovo Trellis headed home.",
    ]);
    assert_each_is(
        &found,
        &["Zoltar Mirakyan", "Les Vardane", "Tun Aung", "Kovo Trellis"],
        Person,
    );
}
