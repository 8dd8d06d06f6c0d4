"""gr.ChatInterface in Chromium: streaming shows as it comes, history across turns, Stop, retry,
undo, clear, examples, keyboard-only chatting, and saved conversations surviving a reload."""

from __future__ import annotations

from typing import Any

from a11y_support import duplicate_ids, unnamed_controls
from browser_support import BOOT_TIMEOUT_MS, StaticServer, open_app
from playwright.sync_api import Browser, Locator, Page, expect
from shared_page import console_errors_fixture, shared_page_fixture
from traffic import (
    RECORD_REQUESTS,
    joins,
    mark,
    messages,
    messages_after_completion,
    next_frames,
    wait_finished,
)

REPLY = ".blocklite-chat-assistant .blocklite-chat-content"
USER = ".blocklite-chat-user .blocklite-chat-content"

#: Records every distinct text of the last reply as the page shows it (window.__seen).
WATCH_REPLIES = f"""() => {{
  window.__seen = [];
  const root = document.querySelector('.blocklite-chat-interface');
  const note = () => {{
    const all = root.querySelectorAll('{REPLY}');
    const text = all.length ? all[all.length - 1].textContent.trim() : '';
    if (window.__seen[window.__seen.length - 1] !== text) window.__seen.push(text);
  }};
  new MutationObserver(note).observe(root, {{subtree: true, childList: true, characterData: true}});
}}"""


page = shared_page_fixture("/tests/browser/pages/chat_interface.html", RECORD_REQUESTS)


_console = console_errors_fixture()


def box(page: Page) -> Locator:
    return page.locator(".blocklite-chat-interface textarea").first


def replies(page: Page) -> list[str]:
    return [t.strip() for t in page.locator(REPLY).all_inner_texts()]


def users(page: Page) -> list[str]:
    return [t.strip() for t in page.locator(USER).all_inner_texts()]


def wait_idle(page: Page) -> None:
    """The turn is over: the box is editable again."""
    expect(box(page)).to_be_editable(timeout=BOOT_TIMEOUT_MS)


def send(page: Page, text: str) -> None:
    """Type and press Enter; returns once the message shows (the box is locked then too)."""
    shown = page.locator(USER).count()
    box(page).fill(text)
    box(page).press("Enter")
    expect(page.locator(USER)).to_have_count(shown + 1, timeout=BOOT_TIMEOUT_MS)


def start_empty(page: Page) -> None:
    wait_idle(page)
    clear = page.get_by_role("button", name="Clear conversation")
    if page.locator(".blocklite-chat-message").count():
        clear.click()
    expect(page.locator(".blocklite-chat-message")).to_have_count(0)


def test_streaming_shows_tokens_as_they_come_and_keeps_history(page: Page) -> None:
    start_empty(page)
    page.evaluate(WATCH_REPLIES)
    send(page, "long")
    # The user's message shows at once, the box is cleared and locked while the reply streams.
    expect(page.locator(USER)).to_have_text(["long"])
    expect(box(page)).to_have_value("")
    expect(box(page)).to_be_disabled()
    wait_idle(page)
    final = replies(page)[-1]
    assert " to:long seen:0 " in f"{final} " and final.endswith("t7")
    seen = [t for t in page.evaluate("window.__seen") if t]
    # The reply grew on screen, yield after yield (11 yields, 0.15 s apart): several partial
    # texts were painted before the final one, each a longer prefix of it. (Not all 11: a page
    # starved by a loaded machine may paint two yields in one frame.)
    partial = seen[:-1]
    assert seen[-1] == final, seen
    assert len(partial) >= 3, seen
    assert all(final.startswith(t) for t in partial), seen
    assert [len(t) for t in partial] == sorted({len(t) for t in partial}), seen

    send(page, "second")
    wait_idle(page)
    expect(page.locator(USER)).to_have_text(["long", "second"])
    assert replies(page)[-1].endswith("to:second seen:2")  # the function got the history


def test_stop_cancels_a_stream_and_unlocks_the_box(page: Page) -> None:
    start_empty(page)
    since = mark(page)
    send(page, "slow please")
    stop = page.locator(".blocklite-textbox-stop")
    expect(stop).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    expect(page.locator(REPLY)).to_contain_text("w1", timeout=BOOT_TIMEOUT_MS)
    stop.click()
    wait_idle(page)
    stopped = replies(page)[-1]
    # The server has finished every event of the turn, so the stream was stopped (its 40 words
    # would take 6 s): no more yields can come; then let what landed be painted.
    turn = joins(page)[since:]
    wait_finished(page, turn)
    next_frames(page)
    assert replies(page)[-1] == stopped and "w39" not in stopped
    assert [m for j in turn for m in messages_after_completion(page, j["event_id"])] == []
    yields = [
        sum(m["msg"] == "process_generating" for m in messages(page, j["event_id"])) for j in turn
    ]
    assert 0 < max(yields) < 43, yields  # the server stopped the reply before its last word
    expect(stop).to_be_hidden()
    expect(page.locator(".blocklite-textbox-submit")).to_be_visible()


def test_retry_undo_and_clear(page: Page) -> None:
    start_empty(page)
    send(page, "a")
    wait_idle(page)
    send(page, "b")
    wait_idle(page)
    before = replies(page)
    page.get_by_role("button", name="Retry").click()
    expect(page.locator(REPLY).last).not_to_have_text(before[-1], timeout=BOOT_TIMEOUT_MS)
    wait_idle(page)
    after = replies(page)
    assert len(after) == 2 and after[0] == before[0]
    assert after[-1].endswith("to:b seen:2")  # answered again, with the same history
    assert users(page) == ["a", "b"]

    page.get_by_role("button", name="Undo").click()
    expect(page.locator(USER)).to_have_text(["a"])
    expect(box(page)).to_have_value("b")  # the message is back in the box
    assert len(replies(page)) == 1

    page.get_by_role("button", name="Clear conversation").click()
    expect(page.locator(".blocklite-chat-message")).to_have_count(0)
    send(page, "c")
    wait_idle(page)
    assert replies(page)[-1].endswith("to:c seen:0")  # the cleared history is gone for Python too


def test_example_click_runs_it(page: Page) -> None:
    start_empty(page)
    page.locator(".blocklite-chat-example").first.click()
    expect(page.locator(USER)).to_have_text(["from an example"], timeout=BOOT_TIMEOUT_MS)
    wait_idle(page)
    assert replies(page)[-1].endswith("to:from an example seen:0")


def test_keyboard_only_chat(page: Page) -> None:
    start_empty(page)
    box(page).focus()
    page.keyboard.type("line one")
    page.keyboard.press("Shift+Enter")  # a newline, not a submit
    page.keyboard.type("line two")
    expect(box(page)).to_have_value("line one\nline two")
    page.keyboard.press("Enter")
    expect(page.locator(USER)).to_have_count(1, timeout=BOOT_TIMEOUT_MS)
    wait_idle(page)
    assert replies(page)[-1].endswith("to:line one/line two seen:0")
    # The focus is back in the box: the next message needs no mouse either.
    assert page.evaluate("document.activeElement.tagName") == "TEXTAREA"
    page.keyboard.type("next")
    page.keyboard.press("Enter")
    expect(page.locator(USER)).to_have_count(2, timeout=BOOT_TIMEOUT_MS)
    wait_idle(page)
    assert replies(page)[-1].endswith("to:next seen:2")
    assert page.evaluate("document.activeElement.tagName") == "TEXTAREA"


def test_saved_conversations_survive_a_reload(
    browser: Browser, browser_context_args: dict[str, Any], static_server: StaticServer
) -> None:
    context = browser.new_context(**browser_context_args)
    errors: list[str] = []
    fresh = context.new_page()
    fresh.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        url = f"{static_server.url}/tests/browser/pages/chat_saved.html"
        open_app(fresh, url)
        send(fresh, "keep this chat")
        expect(fresh.locator(REPLY)).to_have_text(["echo keep this chat"], timeout=BOOT_TIMEOUT_MS)
        saved = fresh.locator(".blocklite-chat-saved-list")
        expect(saved).to_contain_text("keep this chat")
        fresh.get_by_role("button", name="New chat").click()
        expect(fresh.locator(".blocklite-chat-message")).to_have_count(0)

        open_app(fresh, url)  # reload: a new Python, the same browser storage
        expect(saved).to_contain_text("keep this chat", timeout=BOOT_TIMEOUT_MS)
        expect(fresh.locator(".blocklite-chat-message")).to_have_count(0)
        saved.get_by_text("keep this chat").click()
        expect(fresh.locator(REPLY)).to_have_text(["echo keep this chat"])
        expect(fresh.locator(USER)).to_have_text(["keep this chat"])
    finally:
        context.close()
    assert not errors, errors


def test_example_page_streams_and_edits_rerun(
    browser: Browser, browser_context_args: dict[str, Any], static_server: StaticServer
) -> None:
    context = browser.new_context(**browser_context_args)
    errors: list[str] = []
    fresh = context.new_page()
    fresh.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        open_app(fresh, f"{static_server.url}/examples/chat.html")
        send(fresh, "hello world")
        expect(fresh.locator(REPLY)).to_have_text(
            ["You wrote 2 word(s); the longest is hello."], timeout=BOOT_TIMEOUT_MS
        )
        wait_idle(fresh)
        # editable=True: editing the user message answers it again from there.
        fresh.locator(".blocklite-chat-user").hover()
        fresh.get_by_role("button", name="Edit message").click()
        fresh.get_by_role("textbox", name="Edit message").fill("a bb ccc")
        fresh.locator(".blocklite-chat-editor-save").click()
        expect(fresh.locator(USER)).to_have_text(["a bb ccc"])
        expect(fresh.locator(REPLY)).to_have_text(
            ["You wrote 3 word(s); the longest is ccc."], timeout=BOOT_TIMEOUT_MS
        )
        wait_idle(fresh)
        # Every control of the chat app (box, buttons, saved list, accordion) has a name.
        assert unnamed_controls(fresh) == [] and duplicate_ids(fresh) == []
    finally:
        context.close()
    assert not errors, errors
