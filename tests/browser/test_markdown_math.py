"""LaTeX in Markdown: typeset by KaTeX from a lazily loaded chunk, fonts served from dist/."""

from __future__ import annotations

from browser_support import BOOT_TIMEOUT_MS, StaticServer, open_app
from playwright.sync_api import Page, expect


def test_display_and_inline_math_are_typeset_offline(
    page: Page, static_server: StaticServer
) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    open_app(page, f"{static_server.url}/tests/browser/pages/markdown_math.html")
    display = page.locator("#display")
    expect(display.locator(".katex-display")).to_have_count(1, timeout=BOOT_TIMEOUT_MS)
    expect(display.locator("em")).to_have_count(0)  # the underscores stayed TeX, not Markdown
    expect(display).to_contain_text("Energy:")
    # Math inside a code fence stays as written.
    expect(display.locator("pre code")).to_contain_text("price = '$$5$$'")
    inline = page.locator("#inline")
    expect(inline.locator(".katex")).to_have_count(1, timeout=BOOT_TIMEOUT_MS)
    expect(inline.locator(".katex-display")).to_have_count(0)
    assert [url for url in requested if "/chunks/latex-" in url]
    fonts = [url for url in requested if url.endswith(".woff2")]
    assert fonts and all(url.startswith(static_server.url + "/dist/chunks/fonts/") for url in fonts)


def test_pages_without_math_do_not_load_katex(page: Page, static_server: StaticServer) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    open_app(page, f"{static_server.url}/examples/hello.html")
    assert not [url for url in requested if "/chunks/latex-" in url or "/chunks/highlight-" in url]
