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

#[test]
fn a_given_name_credited_by_a_title_case_caption_is_a_person() {
    let found = entities(&[
        "The hermit lived for years in a cave above the river.",
        "St. Kestrel in His Garden (1502), by Tomas Varnholt",
        "Photo by Ada Quenby",
    ]);
    assert_each_is(
        &found,
        &["Tomas Varnholt", "Ada Quenby"],
        EntityKind::Person,
    );
    // A headline's "By" before a name that is not a given name credits no one.
    let found = entities(&["Town Hit By Hurricane Velma Again", "Rain fell all week."]);
    assert!(
        !found.iter().any(|e| e.kind == EntityKind::Person),
        "{:#?}",
        entities_support::rows(&found)
    );
}

#[test]
fn a_name_after_the_border_outskirts_or_ruins_of_is_a_place() {
    let found = entities(&[
        "The monk was born in a hamlet on the border of Velmora and Tarnisk.",
        "Pilgrims still camp on the outskirts of Ostrava Nova, near the ruins of Kessik.",
    ]);
    assert_each_is(
        &found,
        &["Velmora", "Tarnisk", "Ostrava Nova", "Kessik"],
        EntityKind::Place,
    );
}

#[test]
fn a_regnal_number_i_is_part_of_the_ruler_s_name() {
    let found = entities(&[
        "Kessel joined the army under Tsar Ivo I, and later served Bishop Lino I of Tarn.",
        "So I, for one, went home with Tom and I think he agreed.",
    ]);
    assert_each_is(&found, &["Ivo I", "Lino I"], EntityKind::Person);
    assert!(
        !found
            .iter()
            .any(|e| e.name.ends_with(" I") && e.name != "Ivo I" && e.name != "Lino I"),
        "{:#?}",
        entities_support::rows(&found)
    );
}

#[test]
fn a_name_the_story_calls_a_company_or_a_publisher_is_an_organisation() {
    let found = entities(&[
        "In the last chapter we looked at Kestrelware, a company that sells maps to hikers.",
        "Tarn Loop is a small publisher in Leeds, and Kestrelware bought it.",
    ]);
    assert_each_is(
        &found,
        &["Kestrelware", "Tarn Loop"],
        EntityKind::Organization,
    );
    // A noun that describes someone of the body, or a collection of
    // things, does not.
    let found = entities(&[
        "Vessa Moor is a group of small islands, and Ada Kell, a company spokeswoman, lives there.",
    ]);
    assert_each_is(&found, &["Ada Kell"], EntityKind::Person);
    assert!(
        entities_support::kind_of(&found, "Vessa Moor") != Some(EntityKind::Organization),
        "{:#?}",
        entities_support::rows(&found)
    );
}

#[test]
fn regions_and_realms_of_history_are_places() {
    let found = entities(&[
        "The young scholar Tomas Vell left Thrace for Anatolia, then wintered in Bactria.",
        "He was later made a count of the Byzantine Empire, though he never saw the Western \
         Hemisphere.",
    ]);
    assert_each_is(
        &found,
        &[
            "Thrace",
            "Anatolia",
            "Bactria",
            "Byzantine Empire",
            "Western Hemisphere",
        ],
        EntityKind::Place,
    );
}

#[test]
fn planets_are_places() {
    let story = ["The capsule landed back on Earth in May, and the next one flies to Mars."];
    assert_each_is(&entities(&story), &["Earth", "Mars"], EntityKind::Place);
}
