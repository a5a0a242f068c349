//! Running the real `byline` binary from the crate root, and reading what
//! it printed: shared by the CLI tests (tests/cli.rs, tests/people_cli.rs).

#![allow(dead_code)]

use serde_json::Value;
use std::collections::BTreeSet;
use std::process::{Command, Output};

/// `byline ARGS...`, run to its end from the crate root.
pub fn byline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the byline binary runs")
}

/// What it printed on stdout (which must be UTF-8).
pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 stdout")
}

/// A JSON object's field names.
pub fn keys(value: &Value) -> BTreeSet<&str> {
    value
        .as_object()
        .expect("a JSON object")
        .keys()
        .map(String::as_str)
        .collect()
}
