//! One body named with its head word last or first: "the Justice
//! Department" and "the Department of Justice", "the Defence Ministry" and
//! "the Ministry of Defence", "Varna University" and "the University of
//! Varna". News English writes both for the same body, often in one
//! story; a reader takes them as one row.

use super::Mention;
use super::kinds;
use crate::analysis::EntityKind;
use crate::analysis::lexicon::fasthash::FastMap;

/// Which way round a name puts its head word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Order {
    /// "Justice Department".
    HeadLast,
    /// "Department of Justice".
    HeadFirst,
}

/// Pairs of organisations' mentions (earlier first) that name one body
/// with its head word at either end: the first mention of each order.
pub(super) fn reordered_pairs(mentions: &[Mention]) -> Vec<(usize, usize)> {
    let mut first_of: FastMap<(&str, &str, Order), usize> = FastMap::default();
    let mut pairs = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.kind() != Some(EntityKind::Organization) {
            continue;
        }
        let Some((head, rest, order)) = head_and_rest(m.text) else {
            continue;
        };
        if first_of.contains_key(&(head, rest, order)) {
            continue;
        }
        first_of.insert((head, rest, order), i);
        let other = match order {
            Order::HeadLast => Order::HeadFirst,
            Order::HeadFirst => Order::HeadLast,
        };
        if let Some(&first) = first_of.get(&(head, rest, other)) {
            pairs.push((first, i));
        }
    }
    pairs
}

/// The head word and the rest of a name that has a head word at one end
/// and may be turned round: "Justice Department" and "Department of
/// Justice" both give ("Department", "Justice"). The rest is one or two
/// capitalised words, so "Department of Health and Human Services" is not
/// turned into a name nobody writes.
fn head_and_rest(text: &str) -> Option<(&str, &str, Order)> {
    let (head, rest, order) = if let Some((head, rest)) = text.split_once(" of ") {
        (head, rest, Order::HeadFirst)
    } else {
        let (rest, head) = text.rsplit_once(' ')?;
        (head, rest, Order::HeadLast)
    };
    let words = rest.split(' ').count();
    let plain = |w: &str| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic);
    (!head.contains(' ')
        && kinds::heads_a_body_either_way(head)
        && words <= 2
        && rest.split(' ').all(plain))
    .then_some((head, rest, order))
}

#[cfg(test)]
mod tests {
    use super::{Order, head_and_rest};

    #[test]
    fn a_head_word_at_either_end() {
        assert_eq!(
            head_and_rest("Justice Department"),
            Some(("Department", "Justice", Order::HeadLast))
        );
        assert_eq!(
            head_and_rest("Department of Justice"),
            Some(("Department", "Justice", Order::HeadFirst))
        );
        assert_eq!(
            head_and_rest("Homeland Security Department"),
            head_and_rest("Department of Homeland Security").map(|(h, r, _)| (
                h,
                r,
                Order::HeadLast
            ))
        );
        // Not a head word, a head word inside, or a long rest.
        assert_eq!(head_and_rest("Bank Holiday"), None);
        assert_eq!(head_and_rest("Ministry"), None);
        assert_eq!(
            head_and_rest("Department of Health and Human Services"),
            None
        );
    }
}
