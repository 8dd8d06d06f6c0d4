"""Fenced code in Markdown is highlighted by a chunk loaded only when code first appears."""

from __future__ import annotations

from browser_support import BOOT_TIMEOUT_MS, StaticServer, open_app
from playwright.sync_api import Page, expect


def test_code_highlighting_loads_lazily_and_keeps_text_as_text(
    page: Page, static_server: StaticServer
) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    open_app(page, f"{static_server.url}/tests/browser/pages/markdown_code.html")
    expect(page.locator("#md")).to_contain_text("No code yet.")
    assert not [url for url in requested if "/chunks/highlight-" in url]  # not loaded up front
    page.locator("#show").click()
    code = page.locator("#md pre code.language-python")
    expect(code.locator(".hljs-keyword").first).to_have_text("def", timeout=BOOT_TIMEOUT_MS)
    assert [url for url in requested if "/chunks/highlight-" in url]
    # The f-string's markup stays text: no <b> element was created from it.
    expect(code).to_contain_text("<b>{name}</b>")
    expect(code.locator("b")).to_have_count(0)


def test_gr_code_is_highlighted_line_by_line(page: Page, static_server: StaticServer) -> None:
    open_app(page, f"{static_server.url}/tests/browser/pages/markdown_code.html")
    page.locator("#show_src").click()
    lines = page.locator("#src .blocklite-code-line")
    expect(lines).to_have_text(["def f():", '    """Two', '    lines."""', '    return "<i>x</i>"'])
    expect(lines.nth(0).locator(".hljs-keyword")).to_have_text("def", timeout=BOOT_TIMEOUT_MS)
    # The docstring spans two lines: each line holds its own piece of the string token.
    expect(lines.nth(1).locator(".hljs-string")).to_have_text('"""Two')
    expect(lines.nth(2).locator(".hljs-string")).to_have_text('lines."""')
    expect(lines.nth(3).locator("i")).to_have_count(0)  # markup in the code stays text
    # Only the language changes: the same text is drawn again, without the old grammar's tokens.
    page.locator("#plain_src").click()
    expect(page.locator("#src [class^='hljs-']")).to_have_count(0, timeout=BOOT_TIMEOUT_MS)
    expect(lines).to_have_count(4)
