//! Finding the article files below a folder, safely.
//!
//! One `stat` per entry and one `canonicalize` per symbolic link, so a deep
//! tree costs time in proportion to its entries (canonicalising every
//! folder's path made it cubic in the depth). The walk stays inside the
//! folder that was named: a link that points out of it is not followed (a
//! link to `/` would walk the whole filesystem), a folder or file reached a
//! second time (through a link, or a link loop) is passed over, and folders
//! nested deeper than [`MAX_DEPTH`] are reported, not read.

use super::LoadError;
use std::collections::HashSet;
use std::fs::Metadata;
use std::path::{Path, PathBuf};

/// Folders nested deeper than this below the named one are not read.
pub const MAX_DEPTH: usize = 64;

/// A supported file found by the walk, with its size.
pub struct Found {
    pub path: PathBuf,
    pub bytes: u64,
}

/// The supported files below `root` (in no particular order), and the
/// problems met. `is_supported` says which file names to collect; others
/// (images, notes) and hidden entries are passed over quietly.
pub fn supported_files(
    root: &Path,
    is_supported: impl Fn(&Path) -> bool,
    errors: &mut Vec<LoadError>,
) -> Vec<Found> {
    let mut files = Vec::new();
    let root_real = match std::fs::canonicalize(root) {
        Ok(real) => real,
        Err(err) => {
            errors.push(LoadError::new(root, super::read::describe_io(&err)));
            return files;
        }
    };
    let mut seen = HashSet::new();
    let mut folders = vec![(root.to_path_buf(), 0usize)];
    if let Ok(meta) = std::fs::metadata(root) {
        seen.insert(identity(&root_real, &meta));
    }
    while let Some((dir, depth)) = folders.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(err) => {
                let reason = format!("cannot read folder: {}", super::read::describe_io(&err));
                errors.push(LoadError::new(&dir, reason));
                continue;
            }
        };
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            // A link is followed only to a place inside the named folder.
            let (real, meta) = if kind.is_symlink() {
                let target = std::fs::canonicalize(&path).and_then(|real| {
                    let meta = std::fs::metadata(&real)?;
                    Ok((real, meta))
                });
                match target {
                    Ok((real, meta)) if real.starts_with(&root_real) => (real, meta),
                    Ok((real, meta)) => {
                        if meta.is_dir() || is_supported(&path) {
                            let reason = format!(
                                "symbolic link to {}, outside {}: not followed",
                                real.display(),
                                root.display()
                            );
                            errors.push(LoadError::new(&path, reason));
                        }
                        continue;
                    }
                    Err(_) => {
                        if is_supported(&path) {
                            errors.push(LoadError::new(&path, "broken symbolic link"));
                        }
                        continue;
                    }
                }
            } else {
                let Ok(meta) = entry.metadata() else {
                    continue;
                };
                (path.clone(), meta)
            };
            if meta.is_dir() {
                if depth + 1 > MAX_DEPTH {
                    let reason = format!(
                        "folder nested more than {MAX_DEPTH} levels below {}: not read",
                        root.display()
                    );
                    errors.push(LoadError::new(&path, reason));
                } else if seen.insert(identity(&real, &meta)) {
                    folders.push((path, depth + 1));
                }
            } else if is_supported(&path) && seen.insert(identity(&real, &meta)) {
                files.push(Found {
                    path,
                    bytes: meta.len(),
                });
            }
        }
    }
    files
}

/// What makes two paths the same file: device and inode on Unix, the
/// resolved path elsewhere.
#[cfg(unix)]
fn identity(_real: &Path, meta: &Metadata) -> (u64, u64, PathBuf) {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino(), PathBuf::new())
}

#[cfg(not(unix))]
fn identity(real: &Path, _meta: &Metadata) -> (u64, u64, PathBuf) {
    (0, 0, real.to_path_buf())
}
