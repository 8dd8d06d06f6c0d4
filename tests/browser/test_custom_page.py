"""css=/css_paths= with elem_id/elem_classes, head=, js= and title= in real Chromium.

One shared page (pages/custom_page.html) with two apps and a <title> of its own: the first app
passes everything to Blocks(...) and opts in to the title with `data-title`; the second passes
launch(...) parameters (Gradio 6), the same head, its own `.feedback` css and a js= that throws.
"""

from __future__ import annotations

import pytest
from browser_support import BOOT_TIMEOUT_MS, control
from playwright.sync_api import Page, expect
from shared_page import console_errors_fixture, shared_page_fixture

PAGE = "/tests/browser/pages/custom_page.html"

#: Records every document.title assignment (window.__titles) before the bundle loads.
RECORD_TITLES = """
(() => {
  const native = Object.getOwnPropertyDescriptor(Document.prototype, "title");
  window.__titles = [];
  Object.defineProperty(document, "title", {
    configurable: true,
    get() { return native.get.call(this); },
    set(v) { window.__titles.push(v); native.set.call(this, v); },
  });
})();
"""


page = shared_page_fixture(PAGE, RECORD_TITLES)


_console = console_errors_fixture()


def style(page: Page, selector: str, prop: str) -> str:
    return page.eval_on_selector(selector, f"e => getComputedStyle(e).{prop}")


# ---- css= and elem_id / elem_classes -----------------------------------------------------------


def test_id_and_class_rules_style_the_right_components(page: Page) -> None:
    # `#warning` styles only the component with that elem_id ...
    assert style(page, "#app-1 #warning", "backgroundColor") == "rgb(255, 204, 203)"
    assert style(page, "#box1", "backgroundColor") != "rgb(255, 204, 203)"
    # ... `.feedback textarea` both components with that class (a list or a string), not the third.
    for elem_id in ("box1", "warning"):
        assert style(page, f"#{elem_id} textarea, #{elem_id} input", "fontSize") == "24px"
    assert style(page, "#plain textarea, #plain input", "fontSize") != "24px"


def test_gradio_container_means_the_app_root(page: Page) -> None:
    assert page.evaluate("document.querySelector('#app-1').classList.contains('gradio-container')")
    assert style(page, "#app-1", "backgroundColor") == "rgb(240, 248, 255)"
    assert style(page, "#app-2", "backgroundColor") != "rgb(240, 248, 255)"


def test_dark_rules_apply_when_the_app_is_dark(page: Page) -> None:
    app = "blocklite.apps.get('app-1')"
    page.evaluate(f"{app}.setColorScheme('light')")
    assert style(page, "#plain", "outlineStyle") == "none"
    page.evaluate(f"{app}.setColorScheme('dark')")
    try:
        assert style(page, "#plain", "outlineColor") == "rgb(0, 0, 255)"
    finally:
        page.evaluate(f"{app}.setColorScheme('system')")


def test_rules_inside_media_queries_are_scoped_and_applied(page: Page) -> None:
    assert style(page, "#app-1 #warning", "borderTopColor") == "rgb(255, 0, 0)"
    css = page.eval_on_selector("#app-1 style[data-blocklite-css]", "e => e.textContent")
    assert "@keyframes blink" in css and "#app-1 .in-media" in css


def test_css_does_not_leak_out_of_its_app(page: Page) -> None:
    # The host page's own #warning and .feedback textarea are untouched by app 1's css ...
    assert style(page, "p#warning", "backgroundColor") == "rgba(0, 0, 0, 0)"
    assert style(page, "#outside-text", "fontSize") not in ("24px", "10px", "30px")
    # ... and each app's .feedback rule styles only its own components.
    assert style(page, "#second-box textarea, #second-box input", "fontSize") == "10px"
    assert style(page, "#box1 textarea, #box1 input", "fontSize") == "24px"


def test_css_paths_are_read_from_the_workers_files_after_css(page: Page) -> None:
    assert style(page, "#extra", "color") == "rgb(0, 128, 0)"


def test_launch_css_wins_over_blocks_css(page: Page) -> None:
    css = page.eval_on_selector("#app-2 style[data-blocklite-css]", "e => e.textContent")
    assert "10px" in css and "30px" not in css


# ---- head= -------------------------------------------------------------------------------------


def test_head_is_inserted_once_and_its_scripts_run(page: Page) -> None:
    assert page.evaluate("window.__head_runs") == 1
    metas = page.locator('head meta[name="blocklite-test"]')
    expect(metas).to_have_count(1)
    expect(metas).to_have_attribute("content", "from head")
    assert page.locator("head title").count() == 1, "a <title> in head= is not added"


# ---- title= ------------------------------------------------------------------------------------


def test_only_the_app_that_opted_in_sets_the_title(page: Page) -> None:
    assert page.title() == "Styled app"
    assert page.evaluate("window.__titles") == ["Styled app"]


# ---- js= ---------------------------------------------------------------------------------------


def test_js_in_gradios_form_runs_once_on_load(page: Page) -> None:
    welcome = page.locator("#app-1 > #js-welcome")
    expect(welcome).to_have_text("Welcome from js")
    expect(page.locator("#js-welcome")).to_have_count(1)


@pytest.mark.allow_console_errors
def test_a_failing_js_is_shown_and_the_app_keeps_working(page: Page) -> None:
    toast = page.locator("#app-2").get_by_role("alert").filter(has_text="JavaScript error")
    expect(toast).to_be_visible()
    expect(toast).to_contain_text("boom from js")
    page.locator("#second-go").click()
    expect(control(page, "second-out")).to_have_value("SMALL", timeout=BOOT_TIMEOUT_MS)
