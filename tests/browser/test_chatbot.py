"""gr.Chatbot in the page: messages, sanitizing, avatars, thoughts, streaming and the chat events.

One booted page (tests/browser/pages/chatbot.html) serves the module; each test works on its own
chatbot or leaves the shared one as it found it.
"""

from __future__ import annotations

import json
from typing import Any

from browser_support import BOOT_TIMEOUT_MS, StaticServer, control, open_app
from playwright.sync_api import Browser, Page, expect
from shared_page import console_errors_fixture, shared_page_fixture

page = shared_page_fixture(
    "/tests/browser/pages/chatbot.html", permissions=["clipboard-read", "clipboard-write"]
)


_console = console_errors_fixture()


def message(page: Page, index: int, chat: str = "chat") -> Any:
    return page.locator(f"#{chat} .blocklite-chat-message[data-index='{index}']")


def expect_event(page: Page, text: str) -> None:
    expect(control(page, "events")).to_have_value(text, timeout=BOOT_TIMEOUT_MS)


def test_messages_render_markdown_in_bubbles_with_avatars(page: Page) -> None:
    log = page.locator("#chat .blocklite-chat-log")
    expect(log).to_have_attribute("role", "log")
    expect(log).to_have_attribute("aria-live", "polite")
    expect(log).to_have_attribute("aria-label", "Conversation")
    expect(message(page, 0).locator("strong")).to_have_text("there")
    expect(message(page, 0)).to_have_class("blocklite-chat-message blocklite-chat-user")
    expect(message(page, 1).locator("em")).to_have_text("markdown")
    # Fenced code is highlighted by the lazily loaded chunk.
    expect(message(page, 1).locator("code .hljs-keyword").first).to_have_text("def")
    rows = page.locator("#chat .blocklite-chat-row")
    user_avatar = rows.nth(0).locator(".blocklite-chat-avatar img")
    bot_avatar = rows.nth(1).locator(".blocklite-chat-avatar img")
    assert (user_avatar.get_attribute("src") or "").startswith("data:image/svg+xml")
    assert "fill='teal'" in (bot_avatar.get_attribute("src") or "")
    # Consecutive assistant messages share one row (one avatar); the nested thought is not a bubble.
    expect(rows.nth(1).locator(".blocklite-chat-bubbles > .blocklite-chat-message")).to_have_count(
        5
    )
    expect(rows.nth(1).locator(".blocklite-chat-avatar")).to_have_count(1)
    # A component in a message is drawn by its own class.
    expect(message(page, 6).locator(".blocklite-chat-component strong")).to_have_text(
        "inner markdown"
    )
    # An unsafe avatar URL shows no avatar at all.
    expect(page.locator("#empty .blocklite-chat-avatar")).to_have_count(0)


def test_html_in_messages_is_sanitized_and_custom_tags_show_as_text(page: Page) -> None:
    danger = message(page, 2)
    expect(danger).to_contain_text("Danger")
    expect(danger.locator("script")).to_have_count(0)
    img = danger.locator("img")
    expect(img).to_have_count(1)
    assert img.get_attribute("onerror") is None
    assert page.evaluate("() => window.__xss") is None
    # allow_tags (default True): a non-HTML tag is kept, shown as text.
    expect(danger).to_contain_text("<thinking>kept</thinking>")
    # Unbalanced tags stay inside their own message (the history is sanitized in one batch).
    expect(message(page, 9).locator("b")).to_have_text("open")
    expect(message(page, 9)).to_contain_text("Unbalanced")
    expect(message(page, 8).locator(".blocklite-chat-content")).to_have_text("Last answer")


def test_inline_svg_and_mathml_render_with_allow_tags(page: Page) -> None:
    # allow_tags=True shows non-markup tags as text, but SVG and MathML are markup.
    content = message(page, 0, "markup").locator(".blocklite-chat-content")
    expect(content.locator("svg g circle")).to_have_count(1)
    expect(content.locator("math mi")).to_have_text("x")
    expect(content).to_contain_text("<thinking>t</thinking>")
    expect(content).not_to_contain_text("<svg")


def test_only_display_components_show_inside_messages(page: Page) -> None:
    # A timer or a chatbot in a message would run or nest a whole chat: a placeholder names it.
    for index, kind in ((0, "timer"), (1, "chatbot")):
        content = message(page, index, "inner").locator(".blocklite-chat-content")
        expect(content.locator(".blocklite-chat-component-placeholder")).to_have_text(f"[{kind}]")
    expect(page.locator("#inner .blocklite-chat-log")).to_have_count(1)
    json_item = message(page, 2, "inner").locator(".blocklite-chat-component")
    expect(json_item).to_contain_text('"a"')


def test_thought_is_a_collapsible_titled_block_with_nested_thoughts(page: Page) -> None:
    thought = message(page, 3)
    summary = thought.locator(":scope > details > summary")
    expect(summary).to_contain_text("Searching the web")
    expect(summary).to_contain_text("3 results")
    expect(summary).to_contain_text("(1.3s)")
    box = thought.locator(":scope > details")
    # status "done": closed; the nested thought (parent_id) lives inside it.
    expect(box).not_to_have_attribute("open", "")
    nested = box.locator(".blocklite-chat-children .blocklite-chat-message[data-index='4']")
    expect(nested).to_have_count(1)
    expect(nested).to_be_hidden()
    summary.click()
    expect(box).to_have_attribute("open", "")
    expect(nested.locator(":scope > details > summary")).to_contain_text("Reading")
    expect(nested).to_contain_text("Opened a page")
    summary.click()
    expect(box).not_to_have_attribute("open", "")
    # Thoughts carry no like buttons of their own.
    expect(thought.locator(".blocklite-chat-like")).to_have_count(0)
    # status "pending": open, with a spinner; no duration yet.
    pending = message(page, 10)
    expect(pending.locator(":scope > details")).to_have_attribute("open", "")
    expect(pending.locator("summary [role='status']")).to_have_attribute(
        "aria-label", "in progress"
    )
    expect(pending.locator("summary")).to_have_text("Running a tool")


def test_a_tool_message_shows_on_the_assistant_side_keeping_its_role(page: Page) -> None:
    tool = message(page, 1, "tools")
    expect(tool).to_have_text("tool output")
    expect(tool).to_have_attribute("data-role", "tool")
    expect(tool).to_have_class("blocklite-chat-message blocklite-chat-assistant")
    expect(page.locator("#tools .blocklite-chat-row").nth(1)).to_have_class(
        "blocklite-chat-row blocklite-chat-row-assistant"
    )


def test_like_and_dislike_reach_python_as_like_data(page: Page) -> None:
    # As in Gradio: the index of the first message of the group (row) the liked message is in,
    # and the contents of the group's messages (a text as its string, a component as given).
    like = message(page, 2).locator(".blocklite-chat-like")
    like.click()
    page.wait_for_function("() => document.querySelector('#events textarea').value.startsWith('{')")
    data = json.loads(control(page, "events").input_value())
    assert data["index"] == 1
    assert data["liked"] is True
    assert data["value"][:4] == [
        "Some *markdown* and code:\n\n```python\ndef f():\n    return 1\n```",
        data["value"][1],
        "Looked it up",
        "Pick one",
    ]
    assert data["value"][1].startswith("Danger <script>")
    assert len(data["value"]) == 5
    assert data["value"][4]["type"] == "component"
    assert data["value"][4]["component"] == "markdown"
    expect(like).to_have_attribute("aria-pressed", "true")
    dislike = message(page, 8).locator(".blocklite-chat-dislike")
    dislike.click()
    expect_event(
        page,
        json.dumps(
            {
                "index": 8,
                "value": [
                    "Last answer",
                    "Unbalanced </div></div> and <div><b>open",
                    "Working on it",
                ],
                "liked": False,
            }
        ),
    )
    expect(dislike).to_have_attribute("aria-pressed", "true")
    # No like buttons on user messages (like_user_message is False).
    expect(message(page, 0).locator(".blocklite-chat-like")).to_have_count(0)


def test_retry_and_undo_of_the_last_turn(page: Page) -> None:
    turn = page.locator("#chat .blocklite-chat-turn")
    turn.locator("[aria-label='Retry']").click()
    expect_event(page, "retry 7 Last question")
    turn.locator("[aria-label='Undo']").click()
    expect_event(page, "undo 7 Last question")
    # The chatbot without retry/undo listeners shows no such buttons.
    expect(page.locator("#stream-chat .blocklite-chat-turn button")).to_have_count(0)


def test_copy_puts_text_and_watermark_on_the_clipboard(page: Page) -> None:
    message(page, 8).locator(".blocklite-chat-copy").click()
    expect_event(page, "copy 8 Last answer")
    assert page.evaluate("() => navigator.clipboard.readText()") == "Last answer\n\n(generated)"


def test_options_and_select(page: Page) -> None:
    options = message(page, 5).locator(".blocklite-chat-option")
    expect(options).to_have_text(["Yes", "no"])
    options.nth(0).click()
    expect_event(page, "option 0 yes")
    message(page, 8).locator(".blocklite-chat-content").click()
    expect_event(page, "select 8 Last answer")


def test_edit_a_user_message(page: Page) -> None:
    # editable="user": only user messages have the edit button.
    expect(message(page, 1).locator(".blocklite-chat-edit")).to_have_count(0)
    message(page, 0).locator(".blocklite-chat-edit").click()
    area = message(page, 0).locator(".blocklite-chat-editor textarea")
    expect(area).to_be_focused()
    expect(area).to_have_value("Hi **there**")
    area.fill("Hello *again*")
    message(page, 0).locator(".blocklite-chat-editor-save").click()
    expect(message(page, 0).locator("em")).to_have_text("again")
    # The handler got EditData and the edited history as its input.
    expect_event(page, "edit 0 Hi **there** -> Hello *again* | Hello *again*")


def test_examples_and_placeholder_when_empty(page: Page) -> None:
    empty = page.locator("#empty")
    expect(empty.locator(".blocklite-chat-placeholder strong")).to_have_text("Say something")
    examples = empty.locator(".blocklite-chat-example")
    expect(examples).to_have_text(["Greet", "Bye"])
    examples.nth(0).focus()
    page.keyboard.press("Enter")  # keyboard reachable
    expect_event(page, "example 0 Hello there")


def test_clear_empties_the_chat_and_fires_clear_and_change(page: Page) -> None:
    chat = page.locator("#clearable")
    expect(chat.locator(".blocklite-chat-message")).to_have_count(1)
    chat.locator("[aria-label='Clear conversation']").click()
    expect(chat.locator(".blocklite-chat-message")).to_have_count(0)
    expect_event(page, "cleared")
    expect(control(page, "clear-change")).to_have_value("changed to 0", timeout=BOOT_TIMEOUT_MS)
    expect(chat.locator("[aria-label='Clear conversation']")).to_have_count(0)


def test_streaming_appends_and_leaves_earlier_messages_untouched(page: Page) -> None:
    chat = "#stream-chat"
    log = page.locator(f"{chat} .blocklite-chat-log")
    # Autoscroll: a long history opens scrolled to the bottom.
    page.wait_for_function(
        "(el) => el.scrollHeight - el.scrollTop - el.clientHeight < 2", arg=log.element_handle()
    )
    page.evaluate(
        """(sel) => {
        const chat = document.querySelector(sel);
        window.__earlier = [...chat.querySelectorAll('.blocklite-chat-message')];
        window.__touched = 0;
        window.__seen = [];
        window.__observer = new MutationObserver((records) => {
          for (const r of records) {
            const node = r.target.nodeType === 1 ? r.target : r.target.parentElement;
            if (window.__earlier.some((m) => m.contains(node))) window.__touched += 1;
          }
          const last = chat.querySelector('.blocklite-chat-message[data-index="24"]');
          if (last) window.__seen.push(last.textContent.trim());
        });
        window.__observer.observe(chat, {subtree: true, childList: true, characterData: true, attributes: true});
    }""",
        chat,
    )
    page.locator("#stream").click()
    reply = message(page, 24, "stream-chat").locator(".blocklite-chat-content")
    expect(reply).to_contain_text("Hello", timeout=BOOT_TIMEOUT_MS)
    # While tokens arrive the view follows them; once the reader scrolls up, it stays there.
    page.wait_for_function(
        "(el) => el.scrollHeight - el.scrollTop - el.clientHeight < 2", arg=log.element_handle()
    )
    shown_when_scrolled = log.evaluate(
        "(el) => { el.scrollTo(0, 0); return el.querySelector('[data-index=\"24\"]').textContent; }"
    )
    assert shown_when_scrolled.strip() != "Hello there, my good friend!", (
        "streamed too fast to test"
    )
    expect(reply).to_have_text("Hello there, my good friend!", timeout=BOOT_TIMEOUT_MS)
    assert log.evaluate("(el) => el.scrollTop") == 0
    result = page.evaluate(
        """(sel) => {
        window.__observer.disconnect();
        const now = [...document.querySelectorAll(sel + ' .blocklite-chat-message')];
        return {
          same: window.__earlier.every((el, i) => el === now[i] && el.isConnected),
          count: now.length,
          touched: window.__touched,
          seen: [...new Set(window.__seen)],
        };
    }""",
        chat,
    )
    assert result["same"], "earlier messages were replaced"
    assert result["count"] == 25
    assert result["touched"] == 0, "mutations inside earlier messages"
    # Tokens showed as they came: several growing partial replies were painted.
    partial = [text for text in result["seen"] if text and text != "Hello there, my good friend!"]
    assert len(partial) >= 3, result["seen"]
    assert all("Hello there, my good friend!".startswith(text) for text in partial)


def test_the_chatbot_example_chats(browser: Browser, static_server: StaticServer) -> None:
    """examples/chatbot.html: an example fills the box, Enter streams a reply after a thought,
    undo takes the turn back."""
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        open_app(page, f"{static_server.url}/examples/chatbot.html")
        page.locator("#chatbot .blocklite-chat-example", has_text="Pyodide?").click()
        box = control(page, "message")
        expect(box).to_have_value("What is Pyodide?", timeout=BOOT_TIMEOUT_MS)
        box.press("Enter")
        chat = page.locator("#chatbot")
        thought = chat.locator(".blocklite-chat-thought summary")
        expect(thought).to_contain_text("Thinking", timeout=BOOT_TIMEOUT_MS)
        reply = message(page, 2, "chatbot")
        expect(reply).to_contain_text("Here it is backwards", timeout=BOOT_TIMEOUT_MS)
        expect(reply).to_contain_text("?edidoyP si tahW", timeout=BOOT_TIMEOUT_MS)
        expect(thought).to_contain_text("s)")  # the duration, once done
        chat.locator(".blocklite-chat-turn [aria-label='Undo']").click()
        expect(chat.locator(".blocklite-chat-message")).to_have_count(0, timeout=BOOT_TIMEOUT_MS)
        expect(box).to_have_value("What is Pyodide?")
        assert not errors, errors
    finally:
        context.close()
