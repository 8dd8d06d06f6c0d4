"""Themes in the browser: each built-in theme renders like its baseline, theme variables reach
the components, `.set()` overrides and dark values apply, and two apps keep their own themes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from browser_support import REPO, StaticServer, open_app
from pixels import BASELINES, compare_with_baseline
from playwright.sync_api import Browser, Page

BUILT_IN = ["base", "default", "origin", "soft", "monochrome", "glass", "ocean", "citrus"]
GALLERY = "/tests/browser/pages/theme_gallery.html"
TWO_APPS = "/tests/browser/pages/themes_two_apps.html"

#: Colours as getComputedStyle reports them.
ORANGE_500 = "rgb(249, 115, 22)"
ORANGE_600 = "rgb(234, 88, 12)"
INDIGO_500 = "rgb(99, 102, 241)"
ZINC_950 = "rgb(15, 15, 17)"


def style(page: Page, selector: str, prop: str) -> str:
    return page.eval_on_selector(selector, f"e => getComputedStyle(e).{prop}")


def wait_style(page: Page, selector: str, prop: str, value: str) -> None:
    """Wait until a computed style has `value` (themes may animate colour changes)."""
    page.wait_for_function(
        "([s, p, v]) => getComputedStyle(document.querySelector(s))[p] === v",
        arg=[selector, prop, value],
        timeout=5000,
    )


def app_call(page: Page, index: int, expression: str) -> Any:
    return page.evaluate(
        f"(() => {{ const app = [...blocklite.apps.values()][{index}]; return {expression}; }})()"
    )


@pytest.fixture
def light_page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(
        viewport={"width": 720, "height": 900}, color_scheme="light", reduced_motion="reduce"
    )
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("theme", BUILT_IN)
def test_built_in_theme_matches_its_baseline(
    browser: Browser, light_page: Page, static_server: StaticServer, theme: str
) -> None:
    open_app(light_page, f"{static_server.url}{GALLERY}?theme={theme}")
    png = light_page.locator(".blocklite-app").screenshot(animations="disabled", caret="hide")
    result = compare_with_baseline(browser, png, f"theme-{theme}")
    if not result.matches:
        out = REPO / "build" / "screenshots"
        out.mkdir(parents=True, exist_ok=True)
        (out / f"theme-{theme}.png").write_bytes(png)
        pytest.fail(f"{theme}: {result.detail} (new screenshot in build/screenshots/)")


def test_baseline_comparison_tells_themes_apart(browser: Browser) -> None:
    default = (BASELINES / "theme-default.png").read_bytes()
    same = compare_with_baseline(browser, default, "theme-default", update=False)
    assert same.matches and same.different == 0
    other = compare_with_baseline(browser, default, "theme-origin", update=False)
    assert not other.matches, other.detail  # Origin's gradient buttons differ from Default's


def test_primary_colour_reaches_the_primary_button(
    light_page: Page, static_server: StaticServer
) -> None:
    open_app(light_page, f"{static_server.url}{GALLERY}?theme=soft")
    assert style(light_page, "#go", "backgroundColor") == INDIGO_500
    assert style(light_page, "#go", "color") == "rgb(255, 255, 255)"
    open_app(light_page, f"{static_server.url}{GALLERY}?theme=default")
    assert style(light_page, "#go", "backgroundColor") == ORANGE_500
    # The Default theme comes with the bundle: the config carries no variables for it.
    assert app_call(light_page, 0, "app.config.themeVars") == {"light": {}, "dark": {}}


def test_set_overrides_dark_values_and_two_apps_on_one_page(
    light_page: Page, static_server: StaticServer
) -> None:
    page = open_app(light_page, f"{static_server.url}{TWO_APPS}")
    page.wait_for_function(
        "() => blocklite.apps.size === 2 && [...blocklite.apps.values()].every(a => a.state === 'rendered')"
    )
    # App A: Soft with .set() overrides; app B: the Default theme, dark by its script tag.
    assert style(page, "#a-go", "backgroundColor") == "rgb(18, 52, 86)"
    assert style(page, "#a-text", "borderTopLeftRadius") == "3px"
    assert style(page, "#b-go", "backgroundColor") == ORANGE_600  # Default's dark primary
    assert app_call(page, 0, "app.root.classList.contains('dark')") is False
    assert app_call(page, 1, "app.root.classList.contains('dark')") is True
    # Dark mode for app A only: its own dark value, app B untouched.
    app_call(page, 0, "app.setColorScheme('dark')")
    wait_style(page, "#a-go", "backgroundColor", "rgb(101, 67, 33)")
    assert app_call(page, 0, "app.getColorScheme()") == "dark"
    app_call(page, 1, "app.setColorScheme('light')")
    wait_style(page, "#b-go", "backgroundColor", ORANGE_500)
    with pytest.raises(Exception, match='expected "light", "dark" or "system"'):
        app_call(page, 0, "app.setColorScheme('sepia')")


def test_host_css_stays_out_and_the_app_css_wins(
    light_page: Page, static_server: StaticServer
) -> None:
    page = open_app(light_page, f"{static_server.url}{TWO_APPS}")
    # The host's generic rules still style the host page...
    assert style(page, "#host-p", "color") == "rgb(255, 0, 0)"
    assert style(page, "#host-p", "marginTop") == "41px"
    assert style(page, "#host-a", "color") == "rgb(255, 0, 0)"
    # ...but not the app: paragraphs, links, headings, inputs, buttons, divs keep the theme's look.
    md = "#a-md"
    assert style(page, f"{md} p", "color") != "rgb(255, 0, 0)"
    assert style(page, f"{md} p", "marginTop") != "41px"
    assert style(page, f"{md} a", "color") != "rgb(255, 0, 0)"
    assert style(page, f"{md} h2", "fontSize") != "50px"
    assert style(page, "#a-text textarea, #a-text input", "backgroundColor") != "rgb(255, 0, 0)"
    assert style(page, "#a-text textarea, #a-text input", "paddingTop") != "30px"
    assert style(page, "#a-go", "borderTopLeftRadius") != "30px"
    assert style(page, "#a-md", "letterSpacing") == "normal"
    # The app's own css= (unlayered) beats blocklite's layered rules, bare element selectors too.
    assert style(page, "#custom-btn", "backgroundColor") == "rgb(1, 2, 3)"
    assert style(page, f"{md} h2", "color") == "rgb(0, 128, 0)"


def test_dark_mode_follows_the_system(browser: Browser, static_server: StaticServer) -> None:
    context = browser.new_context(color_scheme="dark", reduced_motion="reduce")
    try:
        page = open_app(context.new_page(), f"{static_server.url}{GALLERY}?theme=default")
        assert app_call(page, 0, "app.root.classList.contains('dark')") is True
        assert style(page, ".blocklite-app", "backgroundColor") == ZINC_950
        assert style(page, "#go", "backgroundColor") == ORANGE_600
        page.emulate_media(color_scheme="light")  # the system switches: the app follows
        page.wait_for_function("() => !document.querySelector('.blocklite-app.dark')")
        wait_style(page, ".blocklite-app", "backgroundColor", "rgb(255, 255, 255)")
        app_call(page, 0, "app.setColorScheme('dark')")  # an explicit choice sticks...
        page.emulate_media(color_scheme="light")
        assert app_call(page, 0, "app.getColorScheme()") == "dark"
        app_call(page, 0, "app.setColorScheme('system')")  # ...until "system" again
        assert app_call(page, 0, "app.getColorScheme()") == "light"
    finally:
        context.close()


def test_url_parameter_and_footer_switch(light_page: Page, static_server: StaticServer) -> None:
    page = open_app(light_page, f"{static_server.url}{GALLERY}?theme=default&__theme=dark")
    assert app_call(page, 0, "app.getColorScheme()") == "dark"
    toggle = page.locator(".blocklite-scheme-toggle")
    assert toggle.get_attribute("aria-pressed") == "true"
    toggle.click()
    assert app_call(page, 0, "app.getColorScheme()") == "light"
    assert toggle.get_attribute("aria-pressed") == "false"
    wait_style(page, ".blocklite-app", "backgroundColor", "rgb(255, 255, 255)")
    toggle.click()
    wait_style(page, ".blocklite-app", "backgroundColor", ZINC_950)
