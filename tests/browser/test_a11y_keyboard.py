"""Keyboard-only use, through the real worker and real Python (pages/a11y.html): a whole form
filled and sent with the keyboard (focus order, a visible focus ring on every stop), the WAI-ARIA
patterns of Tabs, Accordion and Dropdown, disabled controls left out of the tab order, examples,
textbox buttons, highlighted tokens, the sidebar toggle and toast close buttons.
"""

from __future__ import annotations

import json
import re

import pytest
from a11y_support import assert_focus_ring
from browser_support import BOOT_TIMEOUT_MS, component_id, control
from playwright.sync_api import Locator, Page, expect
from shared_page import console_errors_fixture, shared_page_fixture

PAGE = "/tests/browser/pages/a11y.html"
TIMEOUT = BOOT_TIMEOUT_MS


page = shared_page_fixture(PAGE)


_console = console_errors_fixture()


def role(page: Page, kind: str, name: str) -> Locator:
    return page.get_by_role(kind, name=name, exact=True)


def tab_to(page: Page, kind: str, name: str) -> Locator:
    """Press Tab; the named control must then have focus and show the focus ring."""
    page.keyboard.press("Tab")
    target = role(page, kind, name)
    expect(target).to_be_focused()
    assert_focus_ring(page)
    return target


def test_a_form_is_filled_and_sent_with_the_keyboard_only(page: Page) -> None:
    role(page, "textbox", "Name").focus()  # the starting point; everything after is keys
    assert_focus_ring(page)
    page.keyboard.type("Ada Lovelace")
    tab_to(page, "spinbutton", "Age")
    page.keyboard.type("36")
    tab_to(page, "spinbutton", "Level (number)")
    tab_to(page, "button", "Reset Level to its default")
    tab_to(page, "slider", "Level")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    fruit = tab_to(page, "combobox", "Fruit")
    expect(fruit).to_have_attribute("aria-expanded", "true")
    page.keyboard.type("Ban")
    page.keyboard.press("Enter")
    expect(fruit).to_have_value("Banana")
    expect(fruit).to_have_attribute("aria-expanded", "false")
    tab_to(page, "radio", "Small")
    page.keyboard.press("ArrowRight")  # native radios: arrows move and check
    expect(role(page, "radio", "Medium")).to_be_focused()
    expect(role(page, "radio", "Medium")).to_be_checked()
    assert_focus_ring(page)
    tab_to(page, "checkbox", "I agree")
    page.keyboard.press("Space")
    tab_to(page, "tab", "Basic")
    page.keyboard.press("ArrowRight")
    expect(role(page, "tab", "Extra")).to_be_focused()
    expect(role(page, "tab", "Extra")).to_have_attribute("aria-selected", "true")
    assert_focus_ring(page)
    tab_to(page, "tabpanel", "Extra")
    tab_to(page, "textbox", "Extra")
    page.keyboard.type("more")
    more = tab_to(page, "button", "More")
    expect(more).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Enter")
    expect(more).to_have_attribute("aria-expanded", "true")
    tab_to(page, "textbox", "Nickname")
    page.keyboard.type("Ace")
    tab_to(page, "button", "Send")
    page.keyboard.press("Enter")
    expected = {
        "age": 36,  # the number as typed: an int stays an int, as in Gradio
        "agree": True,
        "extra": "more",
        "fruit": "Banana",
        "level": 7,
        "name": "Ada Lovelace",
        "nick": "Ace",
        "note": "",
        "size": "Medium",
    }
    expect(control(page, "f_out")).to_have_value(
        json.dumps(expected, sort_keys=True), timeout=TIMEOUT
    )


def test_the_focus_ring_follows_the_theme_colour(page: Page) -> None:
    role(page, "textbox", "Before disabled").focus()
    page.locator(".blocklite-app").evaluate(
        "a => a.style.setProperty('--bl-focus', 'rgb(1, 2, 3)')"
    )
    try:
        outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineColor")
        assert outline == "rgb(1, 2, 3)"
    finally:
        page.locator(".blocklite-app").evaluate("a => a.style.removeProperty('--bl-focus')")


def test_disabled_controls_are_skipped_by_tab(page: Page) -> None:
    role(page, "textbox", "Before disabled").focus()
    tab_to(page, "textbox", "After disabled")
    for name in ("Disabled text", "Disabled number", "Disabled check"):
        expect(page.get_by_label(name, exact=True)).to_be_disabled()
    expect(role(page, "combobox", "Disabled dropdown")).to_be_disabled()
    expect(role(page, "slider", "Disabled slider")).to_be_disabled()
    expect(role(page, "button", "Disabled button")).to_be_disabled()
    expect(page.locator("#d_radio input").first).to_be_disabled()


def test_tabs_follow_the_tabs_pattern(page: Page) -> None:
    tabs = page.locator("#kt").get_by_role("tab")
    expect(tabs).to_have_count(4)
    for i in range(4):
        tab = tabs.nth(i)
        panel_id = tab.get_attribute("aria-controls")
        tab_id = tab.get_attribute("id")
        panel = page.locator(f"[id='{panel_id}']")
        expect(panel).to_have_attribute("role", "tabpanel")
        expect(panel).to_have_attribute("aria-labelledby", tab_id or "")

    def only_stop(name: str) -> None:
        """The selected tab is the one tab stop (roving tabindex) and shows its panel."""
        expect(role(page, "tab", name)).to_be_focused()
        expect(role(page, "tab", name)).to_have_attribute("aria-selected", "true")
        stops = [t.get_attribute("tabindex") for t in tabs.all()]
        assert (
            stops.count("0") == 1 and stops[["Alpha", "Beta", "Gamma", "Delta"].index(name)] == "0"
        )
        expect(page.locator(f"#kt_{name[0].lower()}_md")).to_be_visible()
        assert_focus_ring(page)

    role(page, "tab", "Alpha").focus()
    page.keyboard.press("ArrowRight")
    only_stop("Beta")
    expect(page.locator("#kt_a_md")).to_be_hidden()
    page.keyboard.press("ArrowRight")  # Gamma is disabled: skipped
    only_stop("Delta")
    expect(role(page, "tab", "Gamma")).to_be_disabled()
    page.keyboard.press("ArrowRight")  # wraps
    only_stop("Alpha")
    page.keyboard.press("ArrowLeft")
    only_stop("Delta")
    page.keyboard.press("Home")
    only_stop("Alpha")
    page.keyboard.press("End")
    only_stop("Delta")
    tab_to(page, "tabpanel", "Delta")
    page.keyboard.press("Shift+Tab")
    expect(role(page, "tab", "Delta")).to_be_focused()
    # The server opens the disabled tab: the tablist keeps a tab stop (the first usable tab).
    page.locator("#kt_set").click()
    expect(page.locator("#kt_c_md")).to_be_visible(timeout=TIMEOUT)
    expect(role(page, "tab", "Gamma")).to_have_attribute("aria-selected", "true")
    assert [t.get_attribute("tabindex") for t in tabs.all()] == ["0", "-1", "-1", "-1"]
    role(page, "button", "Open Gamma").focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")  # past the Gamma panel, into the tablist
    expect(role(page, "tab", "Alpha")).to_be_focused()
    page.keyboard.press("ArrowRight")
    only_stop("Beta")


def test_accordion_follows_the_disclosure_pattern(page: Page) -> None:
    header = role(page, "button", "Details")
    body = page.locator(f"[id='{header.get_attribute('aria-controls')}']")
    expect(body.locator("#ka_md")).to_be_visible()
    expect(header).to_have_attribute("aria-expanded", "true")
    header.focus()
    page.keyboard.press("Space")
    expect(header).to_have_attribute("aria-expanded", "false")
    expect(body).to_be_hidden()
    assert_focus_ring(page)
    page.keyboard.press("Enter")
    expect(header).to_have_attribute("aria-expanded", "true")
    expect(body).to_be_visible()


def test_dropdown_follows_the_combobox_pattern(page: Page) -> None:
    box = role(page, "combobox", "Keyboard fruit")
    listbox = page.locator(f"[id='{box.get_attribute('aria-controls')}']")

    def active() -> Locator:
        return page.locator(f"[id='{box.get_attribute('aria-activedescendant')}']")

    expect(box).to_have_value("Apple")  # Gradio's default: the first choice
    expect(box).to_have_attribute("aria-expanded", "false")
    box.focus()
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(listbox).to_have_attribute("role", "listbox")
    expect(active()).to_have_text("Apple")  # opens at the chosen option
    expect(active()).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowDown")
    expect(active()).to_have_text("Apricot")
    expect(active()).to_have_attribute("role", "option")
    page.keyboard.press("ArrowDown")
    expect(active()).to_have_text("Banana")
    page.keyboard.press("Enter")
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).not_to_have_attribute("aria-activedescendant", re.compile("."))
    expect(control(page, "k_drop_out")).to_have_value('"Banana"', timeout=TIMEOUT)
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("ch")  # type to filter
    expect(listbox.get_by_role("option")).to_have_text(["Cherry"])
    page.keyboard.press("Escape")  # closes and restores the chosen text
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).to_have_value("Banana")
    page.keyboard.press("ArrowUp")  # opens again at the chosen option
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(active()).to_have_text("Banana")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Enter")
    expect(control(page, "k_drop_out")).to_have_value('"Apricot"', timeout=TIMEOUT)
    expect(box).to_have_value("Apricot")


def wait_type_ahead_expired(page: Page, elem_id: str) -> None:
    """Wait until a read-only dropdown forgets the letters typed so far (0.7 s after the last one).
    No DOM state shows that buffer, so this polls the component's own type-ahead clock (`typedAt`)
    rather than sleeping; it fails loudly if the component stops keeping one."""
    page.wait_for_function(
        "id => { const c = [...blocklite.apps.values()][0].components.get(id);"
        " if (typeof c.typedAt !== 'number') throw new Error('the dropdown keeps no typedAt');"
        " return c.typedAt > 0 && performance.now() - c.typedAt > 700; }",
        arg=component_id(page, elem_id),
        timeout=TIMEOUT,
    )


def test_a_read_only_dropdown_jumps_to_typed_letters(page: Page) -> None:
    box = role(page, "combobox", "Fixed colour")
    box.focus()

    def active() -> Locator:
        return page.locator(f"[id='{box.get_attribute('aria-activedescendant')}']")

    expect(active()).to_have_text("Red")
    page.keyboard.press("b")
    expect(active()).to_have_text("Blue")
    page.keyboard.press("b")  # the same letter again: the next option with it
    expect(active()).to_have_text("Black")
    page.keyboard.press("Home")
    expect(active()).to_have_text("Red")
    page.keyboard.press("End")
    expect(active()).to_have_text("Black")
    wait_type_ahead_expired(page, "k_fixed")
    page.keyboard.press("g")
    page.keyboard.press("Enter")
    expect(box).to_have_value("Green")
    expect(control(page, "k_fixed_out")).to_have_value('"Green"', timeout=TIMEOUT)


def test_multiselect_chips_are_removed_with_the_keyboard(page: Page) -> None:
    box = role(page, "combobox", "Letters")
    box.focus()
    page.keyboard.press("Shift+Tab")
    expect(role(page, "button", "Remove c")).to_be_focused()
    assert_focus_ring(page)
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")  # removes b; focus moves to the chip now in its place
    expect(control(page, "k_multi_out")).to_have_value('["a", "c"]', timeout=TIMEOUT)
    expect(role(page, "button", "Remove c")).to_be_focused()
    page.keyboard.press("Delete")
    expect(control(page, "k_multi_out")).to_have_value('["a"]', timeout=TIMEOUT)
    expect(role(page, "button", "Remove a")).to_be_focused()
    page.keyboard.press("Tab")
    expect(box).to_be_focused()
    page.keyboard.press("Backspace")  # in the empty box: removes the last chip
    expect(control(page, "k_multi_out")).to_have_value("[]", timeout=TIMEOUT)
    page.keyboard.press("Escape")


def test_examples_are_reached_and_chosen_with_the_keyboard(page: Page) -> None:
    role(page, "textbox", "Example word").focus()
    row = tab_to(page, "button", "hello 1")
    expect(row).to_have_attribute("tabindex", "0")
    page.keyboard.press("Enter")
    expect(control(page, "e_text")).to_have_value("hello", timeout=TIMEOUT)
    expect(control(page, "e_num")).to_have_value("1")
    tab_to(page, "button", "world 2")
    page.keyboard.press("Space")
    expect(control(page, "e_text")).to_have_value("world", timeout=TIMEOUT)
    tab_to(page, "button", "one")
    page.keyboard.press("Enter")
    expect(control(page, "e_word")).to_have_value("one", timeout=TIMEOUT)


def test_textbox_buttons_follow_the_text_and_work_with_the_keyboard(page: Page) -> None:
    role(page, "textbox", "Message").focus()
    page.keyboard.type("hi")
    tab_to(page, "button", "Submit")
    page.keyboard.press("Enter")
    expect(control(page, "tb_out")).to_have_value("submit hi", timeout=TIMEOUT)
    tab_to(page, "button", "Stop")
    page.keyboard.press("Space")
    expect(control(page, "tb_out")).to_have_value("stop", timeout=TIMEOUT)
    role(page, "textbox", "Message").focus()
    page.keyboard.press("Shift+Tab")
    expect(role(page, "button", "Copy the text")).to_be_focused()


def test_selectable_highlighted_tokens_are_buttons(page: Page) -> None:
    token = role(page, "button", "cat (noun)")
    token.focus()
    assert_focus_ring(page)
    page.keyboard.press("Enter")
    expect(control(page, "ht_out")).to_have_value('["cat", "noun"]', timeout=TIMEOUT)


def test_sidebar_toggle_opens_with_the_keyboard(page: Page) -> None:
    toggle = role(page, "button", "Open Options")
    toggle.focus()
    page.keyboard.press("Enter")
    expect(role(page, "button", "Close Options")).to_be_focused()
    expect(role(page, "button", "Close Options")).to_have_attribute("aria-expanded", "true")
    tab_to(page, "textbox", "In the sidebar")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    expect(role(page, "button", "Open Options")).to_have_attribute("aria-expanded", "false")
    expect(role(page, "textbox", "In the sidebar")).to_be_hidden()


@pytest.mark.allow_console_errors  # gr.Error's traceback goes to the console
def test_toasts_are_closed_from_the_keyboard(page: Page) -> None:
    role(page, "radio", "info").check()
    go = role(page, "button", "Show toast")
    go.focus()
    page.keyboard.press("Enter")
    expect(control(page, "t_out")).to_have_value("info", timeout=TIMEOUT)
    page.keyboard.press("Enter")  # a second one
    infos = page.locator(".blocklite-toast-info")
    expect(infos).to_have_count(2, timeout=TIMEOUT)
    first_close = infos.nth(0).get_by_role("button", name="Close notification: Info")
    first_close.focus()
    assert_focus_ring(page)
    page.keyboard.press("Enter")
    expect(infos).to_have_count(1)
    # Focus moved to the remaining toast's close button, not to the page.
    expect(infos.nth(0).get_by_role("button", name="Close notification: Info")).to_be_focused()
    page.keyboard.press("Escape")
    expect(infos).to_have_count(0)

    role(page, "radio", "error").check()
    go.focus()
    page.keyboard.press("Enter")
    alert = page.get_by_role("alert").filter(has_text="Something broke")
    expect(alert).to_be_visible(timeout=TIMEOUT)
    alert.get_by_role("button", name="Close notification: Error").focus()
    page.keyboard.press("Escape")
    expect(alert).to_have_count(0)
