//! Names as news copy writes them: states and provinces abbreviated after
//! a town, lawmakers' party tags, datelines, the titles of provincial
//! legislatures, councils, police forces and First Nations, a noun that
//! describes the person before the name. Invented sentences, one test per
//! class of error.

mod entities_support;
mod quotes_support;

use byline::analysis::EntityKind::{Organization, Other, Person, Place};
use entities_support::{assert_kinds, assert_things, entities, kind_of, rows, rows_named};
use quotes_support::speaker_of;

#[test]
fn an_abbreviated_state_after_a_town_is_a_place_with_its_dot() {
    let story = [
        "Officials in Fresno, Calif., and Reno, Nev., said the fires were out.",
        "The firm moved to Stamford, Conn.",
        "She grew up in Kamloops, B.C., and B.C. still feels like home.",
    ];
    assert_kinds(
        &story,
        &[
            ("Calif.", Place),
            ("Nev.", Place),
            ("Conn", Place),
            ("B.C.", Place),
        ],
    );
    // The span holds the dot: "Calif.", not "Calif".
    let found = entities(&story);
    let calif = found.iter().find(|e| e.name == "Calif.").unwrap();
    let span = &calif.mentions[0];
    assert_eq!(&story[span.paragraph][span.start..span.end], "Calif.");
    // A dot that also ends the sentence is the sentence's.
    let conn = found.iter().find(|e| e.name == "Conn").unwrap();
    let span = &conn.mentions[0];
    assert_eq!(&story[span.paragraph][span.start..span.end], "Conn");
}

#[test]
fn a_lawmakers_party_tag_names_no_one() {
    let story = ["Sen. Mark Ellison (R-Ky.) and Rep. Joan Ruiz (D-Texas) spoke first."];
    let found = entities(&story);
    assert_eq!(kind_of(&found, "Mark Ellison"), Some(Person));
    assert_eq!(kind_of(&found, "Joan Ruiz"), Some(Person));
    for tag in ["R-Ky", "R-Ky.", "D-Texas"] {
        assert_eq!(kind_of(&found, tag), None, "{tag}: {:#?}", rows(&found));
    }
}

#[test]
fn canadian_titles_are_not_part_of_the_name() {
    let story = [
        "NDP MPP Jordan Bekele called the budget “a betrayal.”",
        "“It is a hard day,” said Chief Roland Tessier of the band council.",
        "Det. Sgt. Mike Oduya said “we have a suspect.”",
        "Coun. Maria Tarvo, who chairs the committee, said “no.”",
    ];
    assert_kinds(
        &story,
        &[
            ("Jordan Bekele", Person),
            ("Roland Tessier", Person),
            ("Mike Oduya", Person),
            ("Maria Tarvo", Person),
        ],
    );
    for (quoted, speaker) in [
        ("a betrayal", "Jordan Bekele"),
        ("hard day", "Roland Tessier"),
        ("a suspect", "Mike Oduya"),
        ("no.", "Maria Tarvo"),
    ] {
        assert_eq!(speaker_of(&story, quoted).as_deref(), Some(speaker));
    }
}

#[test]
fn the_agency_after_a_datelines_place_is_not_the_place() {
    let story = ["RENO, Nev. (AP) — The casino closed its doors on Friday."];
    let found = entities(&story);
    assert_eq!(kind_of(&found, "Nev."), Some(Place), "{:#?}", rows(&found));
    let nevada = found.iter().find(|e| e.name == "Nev.").unwrap();
    assert!(nevada.aliases.is_empty(), "{:?}", nevada.aliases);
    // An organisation's acronym after its name still joins it.
    let story = ["The Harbour Pilots Guild (HPG) struck on Friday."];
    let found = entities(&story);
    let guild = found
        .iter()
        .find(|e| e.name == "Harbour Pilots Guild")
        .unwrap();
    assert_eq!(guild.aliases, ["HPG"]);
}

#[test]
fn a_noun_for_a_person_before_a_full_name_is_no_part_of_it() {
    let story = [
        "Farmer Joe Bellamy lost his crop to the flood.",
        "Witness Lisa Brandt saw the crash.",
    ];
    assert_kinds(&story, &[("Joe Bellamy", Person), ("Lisa Brandt", Person)]);
    // A surname alone after such a noun is left as written.
    let found = entities(&["Tom Farmer met Ann Witness."]);
    assert_eq!(
        kind_of(&found, "Tom Farmer"),
        Some(Person),
        "{:#?}",
        rows(&found)
    );
}

#[test]
fn a_numbered_division_of_a_city_is_a_place_with_its_number() {
    let story = [
        "Councillor Rosa Diaz represents Ward 12 and lives in Precinct 9.",
        "Ward Cunningham moved there in May.",
    ];
    let found = entities(&story);
    assert_eq!(
        kind_of(&found, "Ward 12"),
        Some(Place),
        "{:#?}",
        rows(&found)
    );
    assert_eq!(kind_of(&found, "Precinct 9"), Some(Place));
    assert_eq!(kind_of(&found, "Ward"), None);
    assert_eq!(kind_of(&found, "Ward Cunningham"), Some(Person));
}

#[test]
fn a_name_before_a_role_in_a_body_and_its_holder_is_the_employer() {
    let story = [
        "Rates will fall, said Desjardins economist Marc Pelletier.",
        "The claim was denied by Brightline spokesman Tom Reyes.",
        "That was the view of Kessmann chief executive Ali Karim.",
    ];
    assert_kinds(
        &story,
        &[
            ("Desjardins", Organization),
            ("Brightline", Organization),
            ("Kessmann", Organization),
            ("Marc Pelletier", Person),
            ("Tom Reyes", Person),
            ("Ali Karim", Person),
        ],
    );
    // A nationality or a party before the role is no employer.
    let found =
        entities(&["Canadian economist Ruth Lam and Democratic strategist Ann Beal agreed."]);
    for word in ["Canadian", "Democratic"] {
        assert_ne!(
            kind_of(&found, word),
            Some(Organization),
            "{:#?}",
            rows(&found)
        );
    }
}

#[test]
fn a_firm_named_by_its_industry_is_an_organisation() {
    let story = [
        "The navy split the order between Tarvel Shipbuilding and Kestrel Aerospace.",
        "Marlow Robotics lost out, and Ostrander Therapeutics withdrew its bid.",
    ];
    assert_kinds(
        &story,
        &[
            ("Tarvel Shipbuilding", Organization),
            ("Kestrel Aerospace", Organization),
            ("Marlow Robotics", Organization),
            ("Ostrander Therapeutics", Organization),
        ],
    );
}

#[test]
fn a_venue_named_after_someone_is_a_place_after_at_the() {
    let story = [
        "The final was played at the Miguel Varela on Sunday before a full house.",
        "Two fans were taken to the Edith Marrow, where both were treated.",
        // Before a noun, the name describes it: the rally is the person's.
        "Hundreds turned out at the Ada Lind rally in the square.",
        "In the Estadio Tarvel, the home side scored twice.",
    ];
    assert_kinds(
        &story,
        &[
            ("Miguel Varela", Place),
            ("Edith Marrow", Place),
            ("Ada Lind", Person),
            ("Estadio Tarvel", Place),
        ],
    );
}

#[test]
fn a_numbered_mission_after_its_owner_is_no_person() {
    let story = ["The agency's Helena III mission was delayed again, officials said."];
    assert_kinds(&story, &[("Helena III", Other)]);
}

#[test]
fn a_body_named_with_its_head_word_first_or_last_is_one_row() {
    let story = [
        "The Justice Department opened an inquiry on Monday.",
        "A Department of Justice spokesman declined to comment, and the Ministry of Defence said \
         it had not been told.",
        "The Defence Ministry later denied that. She studied at Varna University.",
        "The University of Varna and the University of Tarvel both closed their law schools.",
    ];
    let found = entities(&story);
    let organisations: Vec<String> = rows(&found)
        .into_iter()
        .filter(|row| row.starts_with("Organization"))
        .collect();
    assert_eq!(
        organisations.len(),
        4,
        "Justice, Defence, Varna, Tarvel: {organisations:#?}"
    );
    let justice = found
        .iter()
        .find(|e| e.name.contains("Justice"))
        .expect("a row for the department");
    assert_eq!(justice.mentions.len(), 2, "{justice:?}");
}

#[test]
fn a_dateline_of_several_words_in_capitals_is_the_place() {
    let story = [
        "SAN FRANCISCO — The board met on Monday.",
        "Officials in San Francisco said the vote would wait.",
    ];
    let found = entities(&story);
    assert_eq!(
        kind_of(&found, "San Francisco"),
        Some(Place),
        "{:#?}",
        rows(&found)
    );
    assert_eq!(
        rows_named(&found, "SAN FRANCISCO"),
        0,
        "{:#?}",
        rows(&found)
    );
}

#[test]
fn a_quoted_title_after_a_noun_of_a_work_is_no_place_or_body() {
    let story = [
        "Her 1994 album “Blue Harbor” sold ten million copies; Blue Harbor was reissued later.",
        "His novel “The Quiet Coast” won the prize, and the film “Kestrel Bank” followed.",
    ];
    let found = entities(&story);
    assert_things(&found, &["Blue Harbor", "Quiet Coast", "Kestrel Bank"]);
}
