"""gr.I18n in real Chromium: the same app read in en-US, fr-FR, fr-CA and ja (no translations: English).

Each locale is a fresh browser context (Playwright's `locale` sets navigator.languages), so each
test boots the app once and checks everything a reader sees: labels, placeholders, info, button
text, Markdown, tab and accordion labels, the title (the page has no <title>: the app owns it),
updates sent later, and that Python reads back the key it stored, not a translation.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from browser_support import BOOT_TIMEOUT_MS, StaticServer, control, open_app
from playwright.sync_api import Browser, ConsoleMessage, Page, expect

PAGE = "/tests/browser/pages/i18n.html"

EN = {
    "lang": "en",
    "title": "Greeter",
    "name": "Your name",
    "hint": "Type a name",
    "info": "First name is enough",
    "greet": "Greet",
    "intro": "Welcome to the greeter",
    "strong": "greeter",
    "tabs": ["First tab", "Second tab"],
    "more": "More options",
    "hello": "Hello",
    "done": "Done",
}
FR = {
    "lang": "fr",
    "title": "Salutations",
    "name": "Votre nom",
    "hint": "Tapez un nom",
    "info": "Le prénom suffit",
    "greet": "Saluer",
    "intro": "Bienvenue chez le salueur",
    "strong": "salueur",
    "tabs": ["Premier onglet", "Second onglet"],
    "more": "Plus d'options",
    "hello": "Bonjour",
    "done": "Terminé",
}


@pytest.fixture
def open_in(
    browser: Browser, browser_context_args: dict[str, Any], static_server: StaticServer
) -> Iterator[Any]:
    """Open the page in a context with the given locale; console errors fail the test."""
    contexts = []
    errors: list[str] = []
    warnings: list[str] = []

    def opener(locale: str) -> tuple[Page, list[str]]:
        context = browser.new_context(**{**browser_context_args, "locale": locale})
        contexts.append(context)
        page = context.new_page()

        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error":
                errors.append(message.text)
            elif message.type == "warning":
                warnings.append(message.text)

        page.on("console", on_console)
        page.on("pageerror", lambda error: errors.append(str(error)))
        open_app(page, static_server.url + PAGE)
        return page, warnings

    yield opener
    for context in contexts:
        context.close()
    assert errors == [], errors


def check_static_text(page: Page, t: dict[str, Any]) -> None:
    name = page.locator("#name")
    expect(name.locator(".blocklite-label")).to_have_text(t["name"])
    expect(control(page, "name")).to_have_attribute("placeholder", t["hint"])
    expect(name.locator(".blocklite-info")).to_have_text(t["info"])
    expect(page.locator("#greet")).to_have_text(t["greet"])
    expect(page.locator("#intro")).to_contain_text(t["intro"])
    expect(page.locator("#intro strong")).to_have_text(t["strong"])
    expect(page.get_by_role("tab")).to_have_text(t["tabs"])
    expect(page.locator("#more .blocklite-accordion-label")).to_have_text(t["more"])
    assert page.title() == t["title"]
    assert page.evaluate("[...blocklite.apps.values()][0].root.lang") == t["lang"]


def check_events(page: Page, t: dict[str, Any]) -> None:
    control(page, "name").fill("Ann")
    page.locator("#greet").click()
    expect(control(page, "out")).to_have_value(f"{t['hello']}, Ann!", timeout=BOOT_TIMEOUT_MS)
    page.locator("#check").click()
    expect(control(page, "out")).to_have_value("key=hello, type=I18nData", timeout=BOOT_TIMEOUT_MS)
    page.locator("#relabel").click()
    expect(page.locator("#name .blocklite-label")).to_have_text(t["done"], timeout=BOOT_TIMEOUT_MS)
    expect(control(page, "name")).to_have_attribute("placeholder", t["hello"])
    expect(page.locator("#intro")).to_have_text(t["done"])


@pytest.mark.parametrize(("locale", "texts"), [("en-US", EN), ("fr-FR", FR)])
def test_the_app_speaks_the_readers_language(open_in: Any, locale: str, texts: dict) -> None:
    page, warnings = open_in(locale)
    assert page.evaluate("navigator.languages")[0] == locale
    check_static_text(page, texts)
    check_events(page, texts)
    # A key the reader's locale lacks falls back to English.
    page.get_by_role("tab").nth(1).click()
    expect(page.locator("#only_en")).to_have_text("Only in English")
    assert any("Invalid locale code: 'invalid_code'" in w for w in warnings), warnings


def test_a_regional_locale_uses_its_language(open_in: Any) -> None:
    page, _ = open_in("fr-CA")
    check_static_text(page, FR)


def test_a_locale_without_translations_falls_back_to_english(open_in: Any) -> None:
    page, _ = open_in("ja-JP")
    check_static_text(page, EN)
