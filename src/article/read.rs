//! Reading a file's bytes, bounded.
//!
//! The size is judged by what is read, never by what the file claims: a file
//! that grows while it is read, or a `/proc` file that says it is empty, is
//! read to one byte past the limit and refused. Files are opened without
//! blocking, so a device-like file with nothing to read fails, not hangs.

use super::MAX_FILE_BYTES;
use std::io::Read;
use std::path::Path;

/// The bytes of the regular file at `path`, if there are at most
/// `MAX_FILE_BYTES` of them.
pub fn read_capped(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|err| describe_io(&err))?;
    if !meta.is_file() {
        return Err("not a regular file".to_string());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(Some(meta.len())));
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = options.open(path).map_err(|err| describe_io(&err))?;
    read_at_most(file, meta.len())
}

/// Everything `reader` holds, if that is at most `MAX_FILE_BYTES`; reading
/// stops one byte past it. `expected` is a hint of the size.
pub fn read_at_most(mut reader: impl Read, expected: u64) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::with_capacity(expected.min(MAX_FILE_BYTES) as usize + 1);
    // Whole chunks, not `read_to_end`: some kernel files (`/proc/*/pagemap`)
    // refuse reads that are not a multiple of their record size.
    let mut chunk = vec![0; 64 << 10];
    loop {
        match reader.read(&mut chunk) {
            Ok(0) => return Ok(bytes),
            Ok(n) => bytes.extend_from_slice(&chunk[..n]),
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(describe_io(&err)),
        }
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(too_large(None));
        }
    }
}

fn too_large(size: Option<u64>) -> String {
    let limit = MAX_FILE_BYTES >> 20;
    let size = size.map_or_else(
        || format!("more than {limit}"),
        |s| s.div_ceil(1 << 20).to_string(),
    );
    format!("too large for an article ({size} MB; Byline reads files up to {limit} MB)")
}

pub fn describe_io(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => format!("cannot read: {err}"),
    }
}
