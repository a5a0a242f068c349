//! Compiles in the fingerprint of the analysis (build/analysis_fingerprint.rs),
//! so that cached analyses are keyed by the code and data that made them.

#[path = "build/analysis_fingerprint.rs"]
mod analysis_fingerprint;

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=src/analysis");
    println!("cargo::rerun-if-changed=build/analysis_fingerprint.rs");
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let analysis = PathBuf::from(manifest).join("src/analysis");
    let fingerprint = analysis_fingerprint::fingerprint(&analysis)
        .unwrap_or_else(|err| panic!("cannot fingerprint {}: {err}", analysis.display()));
    println!("cargo::rustc-env=BYLINE_ANALYSIS_FINGERPRINT={fingerprint}");
}
