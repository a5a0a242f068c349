//! What the entity tests share: analyse invented paragraphs and read the
//! sidebar's rows back by name.

#![allow(dead_code)]

use byline::analysis::{Entity, EntityKind, analyze};
use byline::article::Article;

pub fn entities(paragraphs: &[&str]) -> Vec<Entity> {
    analyze(&Article::from_paragraphs("test", paragraphs)).entities
}

/// The kind of the row named exactly `name`, if there is one.
pub fn kind_of(entities: &[Entity], name: &str) -> Option<EntityKind> {
    entities.iter().find(|e| e.name == name).map(|e| e.kind)
}

/// Every row as "Kind name", dates left out, for readable failures.
pub fn rows(entities: &[Entity]) -> Vec<String> {
    entities
        .iter()
        .filter(|e| e.kind != EntityKind::Date)
        .map(|e| format!("{:?} {}", e.kind, e.name))
        .collect()
}

/// Each `(name, kind)` is a row of the paragraphs' sidebar.
pub fn assert_kinds(paragraphs: &[&str], expected: &[(&str, EntityKind)]) {
    let found = entities(paragraphs);
    for (name, kind) in expected {
        assert_eq!(
            kind_of(&found, name),
            Some(*kind),
            "{name} should be {kind:?}; rows: {:#?}",
            rows(&found)
        );
    }
}

/// How many rows are named exactly `name` (one referent, one row).
pub fn rows_named(entities: &[Entity], name: &str) -> usize {
    entities.iter().filter(|e| e.name == name).count()
}

/// None of `names` is a person, an organisation or a place in `found`:
/// each is a thing (a work, a craft, an index) or no row at all.
pub fn assert_things(found: &[Entity], names: &[&str]) {
    for name in names {
        let kind = kind_of(found, name);
        assert!(
            !matches!(
                kind,
                Some(EntityKind::Person | EntityKind::Organization | EntityKind::Place)
            ),
            "{name} is {kind:?}; rows: {:#?}",
            rows(found)
        );
    }
}

/// Each of `names` is a row of kind `kind` in `found`.
pub fn assert_each_is(found: &[Entity], names: &[&str], kind: EntityKind) {
    for name in names {
        assert_eq!(
            kind_of(found, name),
            Some(kind),
            "{name}: {:#?}",
            rows(found)
        );
    }
}
