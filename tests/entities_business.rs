//! Names in business and health news: companies a reader knows by name
//! (from the stock indices' lists), firms named after a person, journals,
//! and agencies whose names hold "and" after a country's initials.
//! Invented sentences, one test per class of error.

mod entities_support;

use byline::analysis::EntityKind::{Organization, Person, Place};
use entities_support::{assert_each_is, assert_kinds, entities, rows, rows_named};

#[test]
fn listed_companies_are_organisations_whatever_their_words() {
    let story = [
        "Shares of Home Depot and General Motors fell, while State Street rose.",
        "Western Union and Standard Chartered said fees would rise.",
        "Baker Hughes, Atlas Copco and Boston Scientific reported results.",
    ];
    let found = entities(&story);
    assert_each_is(
        &found,
        &[
            "Home Depot",
            "General Motors",
            "State Street",
            "Western Union",
            "Standard Chartered",
            "Baker Hughes",
            "Atlas Copco",
            "Boston Scientific",
        ],
        Organization,
    );
}

#[test]
fn a_firm_named_after_someone_is_known_but_a_titled_person_is_a_person() {
    let story = [
        "The drug, sold by Novo Nordisk, competes with one from Eli Lilly.",
        "Mr. Walt Disney arrived late, and Charles Schwab, the firm's founder, said he was \
         retiring.",
        "A study in The Lancet found the drug cut the risk of stroke.",
    ];
    assert_kinds(
        &story,
        &[
            ("Novo Nordisk", Organization),
            ("Eli Lilly", Organization),
            ("Walt Disney", Person),
            ("Charles Schwab", Person),
            ("Lancet", Organization),
        ],
    );
}

#[test]
fn an_agency_with_and_after_its_countrys_initials_is_one_name() {
    let story = [
        "The U.S. Food and Drug Administration approved the drug on Friday.",
        "The US Securities and Exchange Commission sued the firm.",
        "Researchers at the Mayo Clinic and the Varna Clinic agreed.",
    ];
    let found = entities(&story);
    assert_each_is(
        &found,
        &[
            "Food and Drug Administration",
            "Securities and Exchange Commission",
            "Mayo Clinic",
            "Varna Clinic",
        ],
        Organization,
    );
    for part in [
        "Food",
        "Drug Administration",
        "US Securities",
        "Exchange Commission",
    ] {
        assert_eq!(rows_named(&found, part), 0, "{part}: {:#?}", rows(&found));
    }
    assert_each_is(&found, &["U.S."], Place);
}
