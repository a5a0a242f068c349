//! The interactive reader.

use crate::article::Loaded;

/// Run the reader until the user quits. `single_story` opens the only
/// article directly (q then quits instead of returning to the library).
pub fn run(loaded: Loaded, single_story: bool) -> std::io::Result<()> {
    let _ = (loaded, single_story);
    Err(std::io::Error::other("the reader is not built yet"))
}
