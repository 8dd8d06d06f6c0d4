"""Very long values render in pieces, one per task: all of the value is shown in the end, and the
page runs other tasks in between (it never freezes for the whole value).

Each test arms a recorder before the click: a MutationObserver that notes when `data-rendering`
appears on the component and when it goes, and a task that re-queues itself (setTimeout 0) and
counts how often it ran while `data-rendering` was set. A value rendered in one task would give 0.
"""

from __future__ import annotations

import pytest
from browser_support import BOOT_TIMEOUT_MS, StaticServer, open_app
from playwright.sync_api import Page, expect

LINES = 20_000

RECORD = """(id) => {
  const el = document.getElementById(id);
  const rec = { seen: false, done: false, ticksWhileRendering: 0 };
  const rendering = () => el.querySelector("[data-rendering]") !== null || el.hasAttribute("data-rendering");
  new MutationObserver(() => {
    if (rendering()) rec.seen = true;
    else if (rec.seen) rec.done = true;
  }).observe(el, { attributes: true, subtree: true, childList: true, attributeFilter: ["data-rendering"] });
  const tick = () => {
    if (rendering()) rec.ticksWhileRendering++;
    if (!rec.done) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  window.__rec = rec;
}"""


def fill_and_wait(page: Page, button: str, target: str) -> dict:
    page.evaluate(RECORD, target)
    page.locator(f"#{button}").click()
    page.wait_for_function("() => window.__rec.done", timeout=60_000)
    return dict(page.evaluate("() => window.__rec"))


@pytest.fixture
def app(page: Page, static_server: StaticServer) -> Page:
    open_app(page, f"{static_server.url}/tests/browser/pages/long_values.html")
    expect(page.locator("#md")).to_contain_text("start", timeout=BOOT_TIMEOUT_MS)
    return page


def test_a_long_markdown_value_is_shown_whole_without_blocking(app: Page) -> None:
    rec = fill_and_wait(app, "fill-md", "md")
    assert rec["ticksWhileRendering"] > 0, "other tasks ran between the pieces"
    paragraphs = app.locator("#md p")
    assert paragraphs.count() == LINES
    expect(paragraphs.last).to_have_text(
        f"Paragraph {LINES - 1} of a long text, with some words in it."
    )


def test_a_long_code_value_is_shown_whole_and_numbered_on(app: Page) -> None:
    rec = fill_and_wait(app, "fill-code", "code")
    assert rec["ticksWhileRendering"] > 0, "other tasks ran between the pieces"
    lines = app.locator("#code .blocklite-code-line")
    assert lines.count() == LINES
    expect(lines.last).to_have_text(f"line_{LINES} = {LINES}  # a long listing")
    # Each piece is laid out only near the viewport and numbers its lines on from the last piece.
    resets = app.eval_on_selector_all(
        "#code .blocklite-code-piece", "els => els.map(e => e.style.counterReset)"
    )
    assert resets == [f"blocklite-line {i * 2000}" for i in range(LINES // 2000)]


def test_many_highlighted_tokens_are_shown_whole_without_blocking(app: Page) -> None:
    rec = fill_and_wait(app, "fill-ht", "ht")
    assert rec["ticksWhileRendering"] > 0, "other tasks ran between the pieces"
    assert app.locator("#ht .blocklite-ht-text > *").count() == LINES // 2
    expect(app.locator("#ht .blocklite-ht-text")).to_contain_text(f"token {LINES // 2 - 1}")


def test_a_long_json_list_is_shown_whole_and_closed_last(app: Page) -> None:
    rec = fill_and_wait(app, "fill-json", "json")
    assert rec["ticksWhileRendering"] > 0, "other tasks ran between the pieces"
    lines = app.locator("#json .blocklite-json-piece > .blocklite-json-line")
    assert lines.count() == LINES
    expect(lines.last).to_contain_text(f"item {LINES - 1}")
    last = app.eval_on_selector(
        "#json .blocklite-json-children", "el => el.lastElementChild.textContent"
    )
    assert last == "]", "the closing bracket follows the last piece"
