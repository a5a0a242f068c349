//! The library's `/`: stories whose title, author, source or text holds
//! the query (smart case, as in a story), each with how many times it does. A longer query
//! searches only the stories the shorter one found.

use super::search;
use crate::article::Article;
use std::rc::Rc;

/// Stories matching a query: their indices and match counts, in library
/// order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    pub rows: Vec<usize>,
    /// Matches in each row's title and text, beside `rows`.
    pub counts: Vec<usize>,
}

/// The stories among `candidates` (all when `None`) that hold `query`.
/// An empty query keeps every candidate, with no counts.
pub fn find(articles: &[Rc<Article>], candidates: Option<&[usize]>, query: &str) -> Found {
    let all: Vec<usize>;
    let candidates = match candidates {
        Some(rows) => rows,
        None => {
            all = (0..articles.len()).collect();
            &all
        }
    };
    if query.is_empty() {
        return Found {
            counts: vec![0; candidates.len()],
            rows: candidates.to_vec(),
        };
    }
    let mut found = Found::default();
    for &row in candidates {
        let count = count_in(&articles[row], query);
        if count > 0 {
            found.rows.push(row);
            found.counts.push(count);
        }
    }
    found
}

/// Matches of `query` in the article's title, author, source and
/// paragraphs.
pub fn count_in(article: &Article, query: &str) -> usize {
    let fields = [
        Some(&article.title),
        article.author.as_ref(),
        article.source.as_ref(),
    ];
    let about = Article {
        paragraphs: fields.into_iter().flatten().cloned().collect(),
        ..Article::default()
    };
    search::find_all(&about, query).len() + search::find_all(article, query).len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library() -> Vec<Rc<Article>> {
        [
            (
                "Ferry route approved",
                &["The ferry runs in June.", "Ferry fares stay low."][..],
            ),
            ("Bakery reopens", &["The corner bakery opened again."][..]),
        ]
        .iter()
        .map(|(title, paragraphs)| Rc::new(Article::from_paragraphs(title, paragraphs)))
        .collect()
    }

    #[test]
    fn text_matches_count_per_story_with_smart_case() {
        let articles = library();
        let found = find(&articles, None, "ferry");
        assert_eq!(
            found,
            Found {
                rows: vec![0],
                counts: vec![3]
            }
        );
        assert_eq!(find(&articles, None, "Ferry").counts, vec![2]);
        let opened = find(&articles, None, "opene");
        assert_eq!(opened.rows, vec![1], "text, not only titles");
        assert_eq!(
            find(&articles, Some(&opened.rows), "ferry").rows,
            Vec::<usize>::new()
        );
    }

    #[test]
    fn author_and_source_match_as_well_as_the_text() {
        let mut articles = library();
        let bakery = Rc::make_mut(&mut articles[1]);
        bakery.author = Some("Ines Varga".into());
        bakery.source = Some("Valley Post".into());
        assert_eq!(find(&articles, None, "varga").rows, vec![1]);
        assert_eq!(find(&articles, None, "valley post").counts, vec![1]);
    }
}
