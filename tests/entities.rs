//! Entity extraction, rule family by rule family, on sentences we wrote,
//! and the seed story's exact sidebar.

use byline::analysis::{Entity, EntityKind, analyze};
use byline::article::{Article, load_path};
use std::path::Path;

fn entities(paragraphs: &[&str]) -> (Article, Vec<Entity>) {
    let article = Article::from_paragraphs("test", paragraphs);
    let entities = analyze(&article).entities;
    (article, entities)
}

/// Every row as "kind name xN", other-kind rows left out.
fn rows(paragraphs: &[&str]) -> Vec<String> {
    let (_, entities) = entities(paragraphs);
    entities
        .iter()
        .filter(|e| e.kind != EntityKind::Other)
        .map(|e| format!("{:?} {} x{}", e.kind, e.name, e.mentions.len()))
        .collect()
}

/// The highlighted text of every mention of the row named `name`.
fn mention_texts(paragraphs: &[&str], name: &str) -> Vec<String> {
    let (article, entities) = entities(paragraphs);
    let entity = entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no row named {name}: {entities:#?}"));
    entity
        .mentions
        .iter()
        .map(|m| m.text(&article).to_string())
        .collect()
}

fn entity<'e>(entities: &'e [Entity], name: &str) -> &'e Entity {
    entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no row named {name}: {entities:#?}"))
}

#[test]
fn the_seed_story_has_exactly_its_sidebar() {
    let loaded = load_path(Path::new("data/anchorage-summit.txt"));
    let article = &loaded.articles[0];
    let analysis = analyze(article);
    let sidebar: Vec<String> = analysis
        .entities
        .iter()
        .filter(|e| e.kind != EntityKind::Other)
        .map(|e| format!("{:?} {} x{}", e.kind, e.name, e.mentions.len()))
        .collect();
    assert_eq!(
        sidebar,
        [
            "Place U.S. x3",
            "Person Donald Trump x5",
            "Person Vladimir Putin x2",
            "Date Friday x1",
            "Place Anchorage x2",
            "Place Alaska x2",
            "Place Ukraine x2",
            "Place Joint Base Elmendorf-Richardson x1",
            "Person Marco Rubio x1",
            "Person Steve Witkoff x1",
            "Person Volodymyr Zelenskyy x2",
            "Place Kyiv x1",
            "Place Russia x1",
            "Date August 8 x1",
        ]
    );
    let trump = entity(&analysis.entities, "Donald Trump");
    assert_eq!(trump.aliases, ["Trump"]);
    assert_eq!(trump.titles, ["President"]);
    let rubio = entity(&analysis.entities, "Marco Rubio");
    assert_eq!(rubio.titles, ["Secretary of State"]);
    let zelenskyy = entity(&analysis.entities, "Volodymyr Zelenskyy");
    assert_eq!(zelenskyy.titles, ["Ukrainian President"]);
}

#[test]
fn ids_follow_first_mentions() {
    let (_, entities) = entities(&["Anna Berg flew to Norway on Monday."]);
    let ids: Vec<&str> = entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["e1", "e2", "e3"]);
    assert_eq!(entities[0].name, "Anna Berg");
}

#[test]
fn sentence_initial_common_words_are_not_names() {
    assert_eq!(
        rows(&["Despite the rain, Maria Lopez spoke. Meanwhile the crowd left. The talks ended."]),
        ["Person Maria Lopez x1"]
    );
}

#[test]
fn titles_are_recorded_not_highlighted() {
    let paragraphs = [
        "Prime Minister Anna Berg met Gen. Tomas Holt and spokesman Piet Dorn. The President said nothing.",
    ];
    assert_eq!(
        rows(&paragraphs),
        [
            "Person Anna Berg x1",
            "Person Tomas Holt x1",
            "Person Piet Dorn x1"
        ]
    );
    let (_, found) = entities(&paragraphs);
    assert_eq!(entity(&found, "Anna Berg").titles, ["Prime Minister"]);
    assert_eq!(entity(&found, "Tomas Holt").titles, ["Gen."]);
    assert_eq!(entity(&found, "Piet Dorn").titles, ["spokesman"]);
}

#[test]
fn surnames_and_possessives_join_the_full_name() {
    let paragraphs = [
        "Lena Ortiz, the mayor, opened the fair.",
        "Ortiz’s speech was short, and Ortiz left early.",
    ];
    assert_eq!(
        mention_texts(&paragraphs, "Lena Ortiz"),
        ["Lena Ortiz", "Ortiz", "Ortiz"]
    );
    assert_eq!(rows(&paragraphs), ["Person Lena Ortiz x3"]);
}

#[test]
fn a_title_seen_once_makes_a_person_everywhere() {
    assert_eq!(
        rows(&[
            "Senator Kovac spoke first.",
            "Reporters later asked Kovac about the vote."
        ]),
        ["Person Kovac x2"]
    );
}

#[test]
fn nationality_and_group_words_are_not_entities() {
    assert_eq!(
        rows(&["Russian officials, Ukrainian soldiers and Afghans met Muslims in Kabul."]),
        ["Place Kabul x1"]
    );
}

#[test]
fn acronyms_join_their_expansion() {
    let paragraphs = [
        "The Global Water Council (GWC) met in Oslo.",
        "A GWC report followed, and the Global Water Council praised it.",
    ];
    assert_eq!(
        rows(&paragraphs),
        ["Organization Global Water Council x4", "Place Oslo x1"]
    );
    let (_, found) = entities(&paragraphs);
    assert_eq!(entity(&found, "Global Water Council").aliases, ["GWC"]);
}

#[test]
fn organisation_heads_and_no_leading_the() {
    assert_eq!(
        rows(&["Officials at the State Department and Northfield University disagreed."]),
        [
            "Organization State Department x1",
            "Organization Northfield University x1"
        ]
    );
}

#[test]
fn facilities_are_places() {
    assert_eq!(
        rows(&["Crowds gathered near Harwick Bridge and at Pell Airport."]),
        ["Place Harwick Bridge x1", "Place Pell Airport x1"]
    );
}

#[test]
fn a_country_before_a_title_is_a_place_mention() {
    assert_eq!(
        mention_texts(
            &["The U.S. President Tom Reyes visited the U.S. Navy."],
            "U.S."
        ),
        ["U.S."]
    );
    assert_eq!(
        rows(&["He thanked U.S. President Tom Reyes and the United States."]),
        ["Place United States x2", "Person Tom Reyes x1"]
    );
}

#[test]
fn datelines_are_one_mention_and_months_need_no_day() {
    assert_eq!(
        rows(&[
            "Thursday, February 23, 2006",
            "The vote, held in March, was set for 2007.",
        ]),
        [
            "Date Thursday, February 23, 2006 x1",
            "Date March x1",
            "Date 2007 x1"
        ]
    );
}

#[test]
fn the_entity_covering_a_span_is_found() {
    let (_, found) = entities(&["Anna Berg flew to Norway."]);
    let span = found[1].mentions[0];
    let hit = byline::analysis::entities::entity_at(&found, &span).unwrap();
    assert_eq!(hit.name, "Norway");
}

#[test]
fn given_and_family_names_make_people_but_products_stay_out() {
    assert_eq!(
        rows(&[
            "Visitors tried Orbit Navigator at the fair, where Maria Kessel and Wen Chan spoke."
        ]),
        ["Person Maria Kessel x1", "Person Wen Chan x1"]
    );
}

#[test]
fn romanised_syllable_names_are_people() {
    assert_eq!(
        rows(&["Voters elected Tse Ka-ming in the east."]),
        ["Person Tse Ka-ming x1"]
    );
}

#[test]
fn a_role_after_a_comma_marks_a_person() {
    assert_eq!(
        rows(&["Odran Velk, a spokesman for the council, declined to comment."]),
        ["Person Odran Velk x1"]
    );
}

#[test]
fn a_title_at_a_sentence_start_still_counts() {
    let paragraphs = [
        "The prime minister spoke.",
        "Minister of Culture Odile Brenn said the plan was sound.",
    ];
    assert_eq!(rows(&paragraphs), ["Person Odile Brenn x1"]);
    let (_, found) = entities(&paragraphs);
    assert_eq!(
        entity(&found, "Odile Brenn").titles,
        ["Minister of Culture"]
    );
}

#[test]
fn a_possessive_title_names_nobody() {
    assert_eq!(
        rows(&["During Prime Minister's Questions, members shouted."]),
        Vec::<String>::new()
    );
}

#[test]
fn a_country_abbreviation_before_an_organisation_is_a_place() {
    assert_eq!(
        rows(&["A US State Department official said so."]),
        ["Place US x1", "Organization State Department x1"]
    );
}

#[test]
fn a_place_surname_follows_the_person() {
    assert_eq!(
        rows(&[
            "Lena Paris testified on Monday.",
            "Paris said she was afraid."
        ]),
        ["Person Lena Paris x2", "Date Monday x1"]
    );
}

#[test]
fn organisations_named_of_something_stay_whole() {
    assert_eq!(
        rows(&["Staff at the University of Dunmore and the Church of Light protested."]),
        [
            "Organization University of Dunmore x1",
            "Organization Church of Light x1"
        ]
    );
}

#[test]
fn a_title_case_headline_only_names_what_the_story_knows() {
    assert_eq!(
        rows(&[
            "Lind Meets Oslo Council Over Harbour Plan",
            "Mayor Ada Lind met the council in Oslo on Monday.",
        ]),
        ["Person Ada Lind x2", "Place Oslo x2", "Date Monday x1"]
    );
}

#[test]
fn a_dateline_in_capitals_is_a_place() {
    assert_eq!(rows(&["OSLO — Talks resumed."]), ["Place OSLO x1"]);
}

#[test]
fn the_head_before_of_decides_the_kind() {
    assert_eq!(
        rows(&["The Council for the Study of the Sea (CSS) met. CSS experts agreed."]),
        ["Organization Council for the Study of the Sea x3"]
    );
}

#[test]
fn institutions_and_group_words() {
    assert_eq!(
        rows(&["Republicans in Congress and the Kremlin disagreed."]),
        ["Organization Congress x1", "Organization Kremlin x1"]
    );
}

#[test]
fn an_acronym_that_spells_a_word_still_joins_its_expansion() {
    assert_eq!(
        rows(&[
            "The World Health Organization (WHO) warned who was at risk. A WHO official spoke."
        ]),
        ["Organization World Health Organization x3"]
    );
}

#[test]
fn a_role_opening_a_sentence_is_a_title() {
    let (_, found) = entities(&["Author J. K. Rowling visited the fair."]);
    assert_eq!(entity(&found, "J. K. Rowling").titles, ["Author"]);
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    /// Pieces of news text that stress the tokenizer and the rules:
    /// abbreviations, initials, quotes, dashes, non-ASCII letters.
    const PIECES: &[&str] = &[
        "U.S.",
        "Mr.",
        "J.",
        "St.",
        "Jan.",
        "Inc.",
        "...",
        "…",
        "—",
        "“",
        "”",
        "'",
        "’s",
        "(",
        ")",
        ",",
        ".",
        "?",
        "!",
        ":",
        "$2.5",
        "240,000",
        "2024",
        "May",
        "Friday",
        "President",
        "the",
        "of",
        "and",
        "Ana",
        "Lind",
        "Ólafur",
        "Kyiv",
        "al-Amr",
        "Cheuk-ting",
        "WHO",
        "Zürich",
        "New",
        "York",
        "Council",
        "for",
        "Sea",
        "said",
        "Pan-democrat",
        "İstanbul",
        "ß",
        "🙂",
    ];

    proptest! {
        #[test]
        fn spans_stay_inside_their_paragraph(picks in prop::collection::vec(0..PIECES.len(), 0..40),
                                             glue in prop::collection::vec(0..3usize, 40)) {
            let mut text = String::new();
            for (n, &p) in picks.iter().enumerate() {
                text.push_str(PIECES[p]);
                text.push_str(["", " ", "  "][glue[n]]);
            }
            let (article, found) = entities(&[text.as_str(), "Ana Lind said so."]);
            for e in &found {
                prop_assert!(!e.mentions.is_empty());
                for m in &e.mentions {
                    let paragraph = &article.paragraphs[m.paragraph];
                    prop_assert!(m.start < m.end && m.end <= paragraph.len());
                    prop_assert!(paragraph.is_char_boundary(m.start) && paragraph.is_char_boundary(m.end));
                }
            }
        }
    }
}

/// Speed is the benches' business (no wall-clock limits in tests on shared
/// machines); this checks a page of capitalised words still gives rows.
#[test]
fn a_page_of_capitals_still_gives_rows() {
    let shouting = "Ana Lind's Council And Board Of The Sea ".repeat(3000);
    let (_, found) = entities(&[shouting.as_str(), "Ana Lind spoke."]);
    assert!(!found.is_empty());
}

#[test]
fn a_currency_prefix_is_not_a_place() {
    assert_eq!(
        rows(&["Bail was set at US$ 20,000 in Canada, or NZ $ 30,000."]),
        ["Place Canada x1"]
    );
}

#[test]
fn a_title_word_inside_an_of_phrase_stays_in_the_name() {
    assert_eq!(
        rows(&["Google appealed to the European Court of Justice in Luxembourg."]),
        [
            "Organization Google x1",
            "Organization European Court of Justice x1",
            "Place Luxembourg x1"
        ]
    );
}

#[test]
fn what_employs_people_is_an_organisation() {
    assert_eq!(
        rows(&["Analysts at Harlow Brook said so, and a spokesman for Quillon agreed."]),
        ["Organization Harlow Brook x1", "Organization Quillon x1"]
    );
}

#[test]
fn a_possessive_place_at_a_sentence_start_is_found_without_its_s() {
    assert_eq!(
        mention_texts(&["New Zealand’s flag may change."], "New Zealand"),
        ["New Zealand"]
    );
}
