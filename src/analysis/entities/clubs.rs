//! Sports clubs named after their town or county. The scanner sees a club
//! only where the words around a name say so ("Leeds beat Everton",
//! "Surrey captain"); a results story then goes on naming the same club
//! by the bare place ("Surrey lost two wickets before lunch", "their rivals
//! Kent, Essex and Surrey"). Once a place has played in a story, it is the
//! club there, and so is every place listed with it, unless the words
//! before it put it on the map ("fans in Leeds").

use super::evidence::listed_together;
use super::kinds;
use super::shapes::is_capitalised;
use super::texts::{TextFlags, Texts};
use super::{Before, Cue, Mention};
use crate::analysis::EntityKind;
use crate::analysis::lexicon::{self, gazetteer};
use crate::analysis::segment::Document;

/// Whether a mention names a club by a town or region: an organisation
/// whose whole text is a place the gazetteer knows, not a country.
pub(super) fn club_named_after_place(m: &Mention<'_>) -> bool {
    if m.kind() != Some(EntityKind::Organization) {
        return false;
    }
    let words = m.words();
    let gazetteer = gazetteer::get();
    gazetteer
        .longest_match(&words)
        .is_some_and(|(len, place)| len == words.len() && !gazetteer.is_country(place))
}

/// Whether `m` is a place that could be a club's name: a town or region
/// (not a country), not after "in" or "near".
pub(super) fn could_be_club(m: &Mention<'_>) -> bool {
    m.place
        .is_some_and(|place| !gazetteer::get().is_country(place))
        && m.before != Before::PlacePreposition
}

pub(super) fn make_club(m: &mut Mention<'_>) {
    m.cue = Cue::Strong(EntityKind::Organization);
    m.place = None;
}

/// Turn the places that name a club into that club (see the module's
/// header). Mentions are in story order, every kind known.
pub(crate) fn places_that_play(mentions: &mut [Mention<'_>], texts: &Texts, doc: &Document) {
    spread_through_story(mentions, texts);
    spread_through_lists(mentions, doc);
    spread_through_story(mentions, texts);
}

/// The town and the nickname of a club named by both ("Seattle
/// Mariners", "Los Angeles Dodgers", "Boston Red Sox"), as texts; not a
/// newspaper's ("New York Times": the last word heads other names).
fn nicknamed_club<'a>(m: &Mention<'a>) -> Option<(String, Vec<&'a str>)> {
    if m.kind() != Some(EntityKind::Organization) {
        return None;
    }
    let words = m.words();
    let gazetteer = gazetteer::get();
    let (len, place) = gazetteer.longest_match(&words)?;
    let nickname = &words[len..];
    let last = nickname.last()?;
    let plural = last.len() > 3 && last.ends_with('s') && !last.ends_with("ss");
    let shaped_as_nickname = (1..=2).contains(&nickname.len())
        && plural
        && nickname
            .iter()
            .all(|w| is_capitalised(w) && !kinds::is_head(w));
    (!gazetteer.is_country(place) && (shaped_as_nickname || lexicon::is_club_nickname(nickname)))
        .then(|| (words[..len].join(" "), nickname.to_vec()))
}

/// Every mention of a place's name that plays somewhere in the story,
/// alone or as the town of a nicknamed club; and a nickname alone ("the
/// Rockies" after "the Colorado Rockies"; "the Angels" in a story where
/// any major-league club is named in full).
fn spread_through_story(mentions: &mut [Mention<'_>], texts: &Texts) {
    let mut clubs = TextFlags::new(texts);
    let mut nicknames = TextFlags::new(texts);
    let mut major_league = false;
    for m in mentions.iter() {
        if club_named_after_place(m) {
            clubs.set(m.text_id);
        } else if let Some((town, nickname)) = nicknamed_club(m) {
            clubs.set_text(texts, &town);
            nicknames.set_text(texts, &nickname.join(" "));
            major_league |= lexicon::is_club_nickname(&nickname);
        }
    }
    for m in mentions.iter_mut() {
        let nickname = nicknames.get(m.text_id)
            || (major_league
                && m.kind() != Some(EntityKind::Person)
                && lexicon::is_club_nickname(&m.words()));
        if (clubs.get(m.text_id) && could_be_club(m))
            || (nickname && m.before != Before::PlacePreposition)
        {
            make_club(m);
        }
    }
}

/// Places in a list with a club ("Essex, Derbyshire and Surrey"), walked
/// outwards from each club through the places beside it. A walk stops at
/// another club (its own walk covers what lies beyond), so every mention
/// is stepped over at most twice, however long the list.
fn spread_through_lists(mentions: &mut [Mention<'_>], doc: &Document) {
    for i in 0..mentions.len() {
        if !club_named_after_place(&mentions[i]) {
            continue;
        }
        let mut k = i;
        while k > 0
            && could_be_club(&mentions[k - 1])
            && listed_together(doc, &mentions[k - 1], &mentions[k])
        {
            make_club(&mut mentions[k - 1]);
            k -= 1;
        }
        let mut k = i;
        while k + 1 < mentions.len()
            && could_be_club(&mentions[k + 1])
            && listed_together(doc, &mentions[k], &mentions[k + 1])
        {
            make_club(&mut mentions[k + 1]);
            k += 1;
        }
    }
}
