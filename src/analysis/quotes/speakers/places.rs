//! Places the story names never speak: in "Hastily touring the ruins in
//! Marlow, Dorn stressed the danger that “…”", a reading that lands on
//! "Marlow" finds no speaker, whatever a gazetteer knows of it. A
//! name the entities typed as a place, and no person or body carries, is
//! no one's.

use crate::analysis::{Entity, EntityKind};
use std::collections::HashSet;

/// The names and aliases of the story's places.
pub(super) struct PlaceNames<'e>(HashSet<&'e str>);

impl<'e> PlaceNames<'e> {
    pub(super) fn new(entities: &'e [Entity]) -> Self {
        let names = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Place)
            .flat_map(|e| {
                std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str))
            })
            .collect();
        PlaceNames(names)
    }

    /// Whether `name` is one of the story's places.
    pub(super) fn contains(&self, name: &str) -> bool {
        self.0.contains(name)
    }
}
