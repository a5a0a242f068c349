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

/// "Varnford-based Tarvello", "Osk-owned Brindlecorp": a body described
/// by where it is based or who owns it; a product ("web-based") is not.
#[test]
fn a_name_after_a_place_based_compound_is_a_body() {
    let found = entities(&[
        "The move to Varnford-based Tarvello reunites the pair.",
        "Kestrel is buying Osk-owned Brindlecorp.",
    ]);
    assert_each_is(&found, &["Tarvello", "Brindlecorp"], Organization);
}

/// "joined Kestra of Varna from Osk", "signed for Tarvel", "on loan from
/// Brindle": the clubs a player moves between, though towns by name.
#[test]
fn the_clubs_a_player_moves_between_are_organisations() {
    let found = entities(&[
        "Vardo, who has joined Espanyol of Barcelona from Nantes, scored twice.",
        "Orvik, on loan from Tarvello, signed for Sheffield in June.",
    ]);
    assert_each_is(
        &found,
        &["Espanyol", "Nantes", "Tarvello", "Sheffield"],
        Organization,
    );
    // A loan from a bank or a town is no move between clubs.
    assert_kinds(
        &["A loan from Sarajevo was repaid on Monday."],
        &[("Sarajevo", byline::analysis::EntityKind::Place)],
    );
}

/// "SC Dortmund", "SK Rapid": a club's legal form before a town or a club
/// word; before other words the letters are a person's initials.
#[test]
fn a_clubs_legal_form_before_its_town_makes_a_club() {
    let found = entities(&["Marasek of SC Dortmund scored, and SK Rapid lost at home."]);
    assert_each_is(&found, &["SC Dortmund", "SK Rapid"], Organization);
    assert_kinds(
        &["The philosopher AC Grayling spoke on Monday."],
        &[("AC Grayling", Person)],
    );
}

/// "Kestrel Bank, Norvale Corp, Brindle One and First Osk": a list of
/// names of one kind; two bodies in it make the unknown names bodies,
/// though not a product beside its makers.
#[test]
fn unknown_names_listed_with_bodies_are_bodies() {
    let found = entities(&[
        "Kestrel Bank Inc and Norvale Corp reported on Monday.",
        "Representatives of Kestrel Bank, Norvale Corp, Brindle One and First Osk said the banks do not comment.",
    ]);
    assert_each_is(&found, &["Brindle One", "First Osk"], Organization);
    let found = entities(&["Ubisoft, Microsoft, and GameSphere VR all had stands at the fair."]);
    entities_support::assert_things(&found, &["GameSphere VR"]);
}

/// "the Lilac Falls Resort", "Kestrel Hostel": a place to stay is a place.
#[test]
fn resorts_hostels_and_campgrounds_are_places() {
    let found = entities(&[
        "Gunmen attacked the Lilac Falls Resort on Monday, and guests fled to the Kestrel Hostel and Varn Campground.",
    ]);
    assert_each_is(
        &found,
        &["Lilac Falls Resort", "Kestrel Hostel", "Varn Campground"],
        byline::analysis::EntityKind::Place,
    );
}
