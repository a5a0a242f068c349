//! Entity classes of academic, reference and travel writing (beyond
//! news): one test per class, each on sentences we invented (no corpus
//! text), each failing without the rule that fixes its class.

mod entities_support;
use byline::analysis::EntityKind;
use entities_support::{assert_each_is, assert_things, entities};

#[test]
fn an_acronym_of_a_capitalised_term_of_common_words_is_no_body() {
    let found = entities(&[
        "Surveyors now map wetlands with Geographic Information Systems (GIS), and GIS maps \
         are cheap.",
        "The lab studies how Reactive Oxygen Species harm cells; ROS levels rose in the \
         Velmar Digital Humanities group, and DH tools helped.",
    ]);
    assert_things(
        &found,
        &["GIS", "Geographic Information Systems", "ROS", "DH"],
    );
    // The same shape with a body's head word, a body the lexicon knows,
    // or a firm whose name opens with a proper name stays a body.
    let found = entities(&[
        "The World Health Organization (WHO) met Human Rights Watch (HRW) and Varnholt \
         Systems (VS) in Geneva.",
        "Electronic Data Systems (EDS) said profits rose, and EDS hired staff.",
    ]);
    // (A row is named by the acronym's full name.)
    assert_each_is(
        &found,
        &[
            "World Health Organization",
            "Human Rights Watch",
            "Varnholt Systems",
            "Electronic Data Systems",
        ],
        EntityKind::Organization,
    );
}

#[test]
fn the_us_and_the_uk_written_without_their_last_dot_are_the_countries() {
    let found = entities(&[
        "The United States signed the pact, but the U.S government later balked.",
        "Talks in U.S journals and the U.K press went on for years.",
    ]);
    assert_eq!(
        entities_support::rows_named(&found, "United States"),
        1,
        "{:#?}",
        entities_support::rows(&found)
    );
    assert!(
        !found.iter().any(|e| e.name == "U.S"),
        "{:#?}",
        entities_support::rows(&found)
    );
    assert_each_is(&found, &["U.K"], EntityKind::Place);
}
