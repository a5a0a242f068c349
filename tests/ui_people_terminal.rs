//! The People screen in a real terminal (tmux): from a story, `w` on a
//! quote opens its speaker's page; Enter on another story's quote opens
//! that story at the quote; q comes back to the page. Skipped, with a note,
//! where tmux is missing.

mod ui_support;

use ui_support::tmux::Tmux;

#[test]
fn w_on_a_quote_then_enter_on_another_storys_quote() {
    let command = format!(
        "cd '{}' && '{}' tests/fixtures/people",
        env!("CARGO_MANIFEST_DIR"),
        env!("CARGO_BIN_EXE_byline"),
    );
    let Some(tmux) = Tmux::start(120, 36, &command) else {
        return;
    };
    tmux.wait_for_text("Brindle counts the cost");
    // The index is built in the background: wait for the People screen
    // to list the mayor, then go back to the library.
    tmux.keys(&["P"]);
    tmux.wait_for_text("Marta Kowalczyk");
    tmux.keys(&["q", "/", "Brindle counts", "Enter", "Enter"]);
    tmux.wait_for_text("▶ Article");

    // The story's second quote is Helen Johnson's.
    tmux.keys(&["Tab", "Tab", "j", "j", "w"]);
    // Wait for the page's last part: a capture may catch a frame half
    // drawn, its header already there and the story still below it.
    let page = tmux.wait_for_text("Quotes by Helen Johnson");
    assert!(page.contains("Person · 2 stories · 2 quotes"), "{page}");

    // Her last quote is from another story, the water authority's.
    tmux.keys(&["G", "Enter"]);
    // The article scrolls to the quote's paragraph (the third), under
    // the title; the sidebar is that story's.
    let story = tmux.wait_for_text("▶ Quotes");
    assert!(
        story.contains("│3 \"The new gauges report every minute"),
        "{story}"
    );
    assert!(story.contains("¶3 Helen Johnson"), "{story}");
    assert!(story.contains("Brindle Water Authority ×2"), "{story}");

    tmux.keys(&["q"]);
    tmux.wait_for_text("Person · 2 stories · 2 quotes");
}
