//! The fingerprint of the analysis: a SHA-256 over every source and data
//! file under `src/analysis/` (the lexicon's word lists and weights too),
//! each by its path and its bytes, in path order. `build.rs` compiles it in
//! as `BYLINE_ANALYSIS_FINGERPRINT`, which salts every cached analysis's
//! key; tests/analysis_fingerprint.rs includes this file to check that.

use sha2::{Digest, Sha256};
use std::io;
use std::path::{Path, PathBuf};

/// The fingerprint of the files under `root`, as 64 hex digits. Hidden
/// files (an editor's swap file) are left out.
pub fn fingerprint(root: &Path) -> io::Result<String> {
    let mut files = Vec::new();
    collect(root, Path::new(""), &mut files)?;
    files.sort();
    let mut hasher = Sha256::new();
    for relative in files {
        let bytes = std::fs::read(root.join(&relative))?;
        let name = relative.to_string_lossy().replace('\\', "/");
        // Lengths first, so no two file sets run together alike.
        hasher.update((name.len() as u64).to_le_bytes());
        hasher.update(name.as_bytes());
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(&bytes);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect())
}

fn collect(root: &Path, relative: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(root.join(relative))? {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = relative.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            collect(root, &path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}
