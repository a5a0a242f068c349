//! The checks every hostile-input test makes: an analysis is sound (spans
//! are slices of their paragraph, in order, speakers known), a file loads and
//! is analysed within its deadline, a refused file names itself and its
//! reason, and the binary ends with JSON or a clear error. Also a seeded
//! random source, so a failing input can be rebuilt.

use super::{deadline_for, within};
use byline::analysis::{Analysis, analyze};
use byline::article::{Article, Loaded, Span, load_path};
use std::path::{Path, PathBuf};

/// Deterministic pseudo-random numbers (xorshift64*), so failures reproduce.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// A pronounceable capitalised made-up word ("Kavorel").
    pub fn name(&mut self) -> String {
        const SYLLABLES: &[&str] = &["ka", "vo", "rel", "min", "tas", "do", "ber", "lu", "shi"];
        let mut word = String::new();
        for _ in 0..2 + self.below(2) {
            word.push_str(self.pick(SYLLABLES));
        }
        let mut chars = word.chars();
        let first = chars.next().expect("non-empty").to_ascii_uppercase();
        std::iter::once(first).chain(chars).collect()
    }
}

/// Why `span` is not a valid slice of `article`, if it is not.
pub fn span_problem(article: &Article, span: &Span) -> Option<String> {
    let text = article.paragraphs.get(span.paragraph)?;
    let valid = span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end);
    (!valid).then(|| format!("{span:?} is not a slice of a {}-byte paragraph", text.len()))
}

/// The structural invariants of an analysis (the property tests check the
/// same on small inputs; here they are checked on huge ones).
pub fn assert_sound(article: &Article, analysis: &Analysis) {
    for entity in &analysis.entities {
        for span in &entity.mentions {
            assert!(span.paragraph < article.paragraphs.len(), "{span:?}");
            assert_eq!(span_problem(article, span), None, "{}", entity.name);
        }
        assert!(
            entity.mentions.windows(2).all(|w| w[0] < w[1]),
            "{} mentions out of order",
            entity.name
        );
    }
    for quote in &analysis.quotes {
        assert!(quote.span.paragraph < article.paragraphs.len());
        assert_eq!(span_problem(article, &quote.span), None, "{quote:?}");
        if let Some(speaker) = quote.speaker() {
            assert!(analysis.entity(speaker).is_some(), "unknown {speaker}");
        }
    }
    for pair in analysis.quotes.windows(2) {
        assert!(pair[0].span < pair[1].span, "quotes out of order");
        assert!(!pair[0].span.overlaps(&pair[1].span), "quotes overlap");
    }
}

/// Load `path` and analyse what loaded, within the deadline for its size.
pub fn load_and_analyze(path: &Path) -> (Loaded, Vec<Analysis>) {
    let size = std::fs::metadata(path)
        .map(|m| m.len() as usize)
        .unwrap_or(0);
    let owned = path.to_path_buf();
    within(
        &format!("load and analyse {}", path.display()),
        deadline_for(size),
        move || {
            let loaded = load_path(&owned);
            let analyses: Vec<Analysis> = loaded.articles.iter().map(analyze).collect();
            for (article, analysis) in loaded.articles.iter().zip(&analyses) {
                assert_sound(article, analysis);
            }
            (loaded, analyses)
        },
    )
}

/// The file must be refused with one error naming it, and a reason that
/// contains `reason`.
pub fn assert_refused(path: &Path, reason: &str) {
    let (loaded, _) = load_and_analyze(path);
    assert!(loaded.articles.is_empty(), "{} loaded", path.display());
    assert_eq!(loaded.errors.len(), 1, "{:?}", loaded.errors);
    let error = &loaded.errors[0];
    assert_eq!(error.path, path);
    assert!(
        error.reason.contains(reason),
        "{}: expected a reason containing {reason:?}, got {:?}",
        path.display(),
        error.reason
    );
}

/// Write `content` to `name` in `dir` and return its path.
pub fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).expect("write test file");
    path
}

/// `byline analyze --json FILE`: ends with JSON or an error naming the
/// file, never a panic, within the deadline for its size.
pub fn assert_cli_survives(path: &Path) {
    let size = std::fs::metadata(path)
        .map(|m| m.len() as usize)
        .unwrap_or(0);
    let owned = path.to_path_buf();
    let output = within(
        &format!("byline analyze --json {}", path.display()),
        deadline_for(size),
        move || {
            std::process::Command::new(env!("CARGO_BIN_EXE_byline"))
                .args(["analyze", "--json"])
                .arg(&owned)
                .output()
                .expect("run byline")
        },
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    if output.status.success() {
        let report: serde_json::Value =
            serde_json::from_slice(&output.stdout).expect("stdout is one JSON object");
        assert!(report["paragraphs"].is_array(), "{report}");
    } else {
        assert_eq!(
            output.status.code(),
            Some(1),
            "killed by a signal? {stderr}"
        );
        assert!(
            stderr.starts_with(&format!("byline: {}: ", path.display())),
            "unclear error: {stderr}"
        );
    }
}
