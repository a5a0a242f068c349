//! More entity classes of the genres beyond news (interviews, reference
//! lists, travel guides): one test per class, each on sentences we
//! invented (no corpus text), each failing without the rule that fixes
//! its class.

mod entities_support;
use byline::analysis::{Entity, EntityKind};
use entities_support::{assert_each_is, entities, rows};

/// The rows whose name ends with `surname`.
fn rows_ending(found: &[Entity], surname: &str) -> Vec<String> {
    found
        .iter()
        .filter(|e| e.kind == EntityKind::Person && e.name.ends_with(surname))
        .map(|e| e.name.clone())
        .collect()
}

#[test]
fn a_given_name_and_its_familiar_form_are_one_person() {
    let found = entities(&[
        "Lawrence Quenby founded the archive in 2001, and William Ostrander joined him.",
        "Readers still write to Larry Quenby, and Bill Ostrander answers the letters.",
    ]);
    for surname in ["Quenby", "Ostrander"] {
        let named = rows_ending(&found, surname);
        assert_eq!(
            named.len(),
            1,
            "{surname}: {named:?}; rows: {:#?}",
            rows(&found)
        );
    }
    // Two given names that are not one another's forms stay two people.
    let found = entities(&["Ada Quenby met Tom Quenby, her brother, at the archive."]);
    assert_eq!(
        rows_ending(&found, "Quenby").len(),
        2,
        "{:#?}",
        rows(&found)
    );
}

#[test]
fn a_known_body_after_a_capitalised_common_word_is_the_body() {
    let found = entities(&[
        "Mara Quist. “How Hotels Plan to Fight Airbnb.” Daily Ledger. May 2, 2019.",
        "Airbnb has changed travel, and hosts on Airbnb earn money.",
        // An adjective may open the body's own name.
        "The International Red Cross sent tents to Green Bay, where the Green Bay Packers play.",
    ]);
    assert_eq!(
        entities_support::kind_of(&found, "Airbnb"),
        Some(EntityKind::Organization),
        "{:#?}",
        rows(&found)
    );
    assert!(
        found.iter().all(|e| e.name != "Fight Airbnb"),
        "{:#?}",
        rows(&found)
    );
    assert_each_is(
        &found,
        &["International Red Cross", "Green Bay Packers"],
        EntityKind::Organization,
    );
}

#[test]
fn french_and_spanish_words_of_the_land_make_places() {
    let found = entities(&[
        "From the fort you can see Grande Terre and, far away, Basse Terre.",
        "Anse Morel is close to Morne Vert, and the ferry goes on to Terre de Bas.",
        "The bus stops at Playa Honda.",
    ]);
    assert_each_is(
        &found,
        &[
            "Grande Terre",
            "Basse Terre",
            "Anse Morel",
            "Morne Vert",
            "Terre de Bas",
            "Playa Honda",
        ],
        EntityKind::Place,
    );
}

#[test]
fn a_name_before_its_state_or_country_is_a_town() {
    let found = entities(&[
        "Residents of Quillfield, Massachusetts, gather in the hall every spring.",
        "The survey covered Ostholm, Norway and Kellsby, Wales.",
        // Not a town: a time, then a country.
        "During the Long Winter, Norway lost its herds.",
    ]);
    assert_each_is(
        &found,
        &["Quillfield", "Ostholm", "Kellsby"],
        EntityKind::Place,
    );
    assert_ne!(
        entities_support::kind_of(&found, "Long Winter"),
        Some(EntityKind::Place),
        "{:#?}",
        rows(&found)
    );
}

#[test]
fn a_name_after_the_desert_or_the_parish_of_is_a_place() {
    let found = entities(&[
        "The hermit went for a time to the desert of Varsha, far from the towns.",
        "He was baptised in the parish of Drummel and buried in the diocese of Ostrelle.",
    ]);
    assert_each_is(
        &found,
        &["Varsha", "Drummel", "Ostrelle"],
        EntityKind::Place,
    );
}

#[test]
fn names_listed_as_places_are_places() {
    let found = entities(&[
        "From the castle you can see the islands Varnay, Kellet Rock, Marie Duchamp and Les Sorbes.",
        "They restored the old Varkel and Ostmark districts. Marie Duchamp: a quiet island.",
        "Visit the towns of Tessary, Quellin and Ostrem in summer.",
        "We took the bus from Hadibo to Qelmira and then walked.",
        "The tour stops in Paris, Lyon and Vennecy.",
        // A person listed with places stays a person; subjects are no places.
        "Ada Lind toured Paris, Lyon and Vennecy.",
        "She took degrees in Zoology and Botany.",
    ]);
    assert_each_is(
        &found,
        &[
            "Kellet Rock",
            "Marie Duchamp",
            "Les Sorbes",
            "Varkel",
            "Ostmark",
            "Quellin",
            "Ostrem",
            "Qelmira",
            "Vennecy",
        ],
        EntityKind::Place,
    );
    assert_eq!(
        entities_support::kind_of(&found, "Ada Lind"),
        Some(EntityKind::Person)
    );
    // One island, one row, wherever it is named.
    assert_eq!(entities_support::rows_named(&found, "Marie Duchamp"), 1);
    for subject in ["Zoology", "Botany"] {
        assert_ne!(
            entities_support::kind_of(&found, subject),
            Some(EntityKind::Place),
            "{subject}: {:#?}",
            rows(&found)
        );
    }
}

#[test]
fn a_place_written_with_a_hyphen_and_with_a_space_is_one_row() {
    let found = entities(&[
        "The ferry sails to the town of Vell-Ormond every morning.",
        "In the town of Vell Ormond the market is open daily.",
    ]);
    let places: Vec<&str> = found
        .iter()
        .filter(|e| e.kind == EntityKind::Place)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(places.len(), 1, "{:#?}", rows(&found));
}
