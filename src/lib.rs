//! Byline: a terminal news reader.
//!
//! - [`article`]: the model (an `Article` and its `Span`s) and the loaders,
//!   one per format.
//! - [`analysis`]: pure text analysis (sentences, entities, quotes and
//!   speakers); `analysis::analyze` is the entry point.
//! - [`report`]: what `byline analyze` prints (JSON contract and summary).
//! - [`ui`]: the interactive reader: state, actions, key map, drawing.

pub mod analysis;
pub mod article;
pub mod report;
pub mod ui;
