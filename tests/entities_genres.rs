//! Entity kinds and boundaries in the genres beyond news (biographies,
//! travel guides, textbooks, academic prose, interviews): one test per
//! error class, each on sentences we invented (no corpus text), each
//! failing without the rule that fixes its class.

use byline::analysis::{Entity, EntityKind, analyze};
use byline::article::Article;

fn entities(paragraphs: &[&str]) -> Vec<Entity> {
    analyze(&Article::from_paragraphs("test", paragraphs)).entities
}

/// The kind of the row named exactly `name`, if there is one.
fn kind_of(entities: &[Entity], name: &str) -> Option<EntityKind> {
    entities.iter().find(|e| e.name == name).map(|e| e.kind)
}

/// Every row as "Kind name", dates left out, for readable failures.
fn rows(entities: &[Entity]) -> Vec<String> {
    entities
        .iter()
        .filter(|e| e.kind != EntityKind::Date)
        .map(|e| format!("{:?} {}", e.kind, e.name))
        .collect()
}

fn assert_kinds(paragraphs: &[&str], expected: &[(&str, Option<EntityKind>)]) {
    let found = entities(paragraphs);
    for (name, kind) in expected {
        assert_eq!(
            kind_of(&found, name),
            *kind,
            "{name} should be {kind:?}; rows: {:#?}",
            rows(&found)
        );
    }
}

use EntityKind::{Person, Place};

#[test]
fn a_word_the_story_travels_to_and_from_is_a_place() {
    assert_kinds(
        &[
            "The monks settled at Velmora in the spring of that year.",
            "Later they walked from Velmora to the coast, and the old road through Velmora was paved.",
            "A letter from Green reached the abbot, who had travelled to Ostrakine for the winter.",
            "The abbot, looking at Green, said nothing.",
        ],
        &[
            ("Velmora", Some(Place)),
            ("Ostrakine", Some(Place)),
            // A family name is reached by letters, not by roads.
            ("Green", Some(Person)),
        ],
    );
}
