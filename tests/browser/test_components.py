"""The component catalog in the browser, through the real worker and real Python: every component
renders from its config with the DOM contract, reacts to the mouse and keyboard, fires its events
with Gradio's event data, sends the value Python expects, and shows values and prop updates that
handlers return.

All tests share one booted page (pages/components.html); every section of the app has its own
components and outputs, and the outputs show what Python received (as JSON). Join bodies are
recorded (traffic.py): a check that an interaction sent nothing ends with the page's sentinel round
trip, and later checks that what was finally sent is all that was sent.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from browser_support import BOOT_TIMEOUT_MS, control
from playwright.sync_api import Locator, Page, expect
from shared_page import console_errors_fixture, shared_page_fixture
from traffic import RECORD_REQUESTS, dep_id, joins_since, mark, sentinel

PAGE = "/tests/browser/pages/components.html"
TIMEOUT = BOOT_TIMEOUT_MS
#: For a handler's answer once the app runs (a wrong answer should not cost a boot timeout).
PYTHON_TIMEOUT = 10_000


page = shared_page_fixture(PAGE, RECORD_REQUESTS)


_console = console_errors_fixture()


def out(page: Page, elem_id: str) -> Locator:
    return control(page, elem_id)


def expect_json(page: Page, elem_id: str, value: Any) -> None:
    expect(out(page, elem_id)).to_have_value(json.dumps(value), timeout=TIMEOUT)


def wire_value(page: Page, elem_id: str) -> Any:
    """What the page would send for the component with this elem_id (its getValue())."""
    return page.evaluate(
        "(id) => [...[...blocklite.apps.values()][0].components.values()]"
        ".find(c => c.props.elem_id === id).getValue()",
        elem_id,
    )


TYPES = {
    "sl": "slider",
    "cb": "checkbox",
    "cbg": "checkboxgroup",
    "rd": "radio",
    "dd": "dropdown",
    "cp": "colorpicker",
    "dt": "datetime",
    "html": "html",
    "js": "json",
    "lb": "label",
    "ht": "highlightedtext",
    "code_in": "code",
    "tabs": "tabs",
    "tab1": "tabitem",
    "acc": "accordion",
    "grp": "group",
    "side": "sidebar",
    "clr": "clearbutton",
}


def test_every_type_renders_with_the_dom_contract(page: Page) -> None:
    assert page.locator(".blocklite-unknown").count() == 0
    for elem_id, kind in TYPES.items():
        el = page.locator(f"#{elem_id}")
        expect(el).to_have_count(1)
        classes = el.get_attribute("class") or ""
        assert f"blocklite-{kind}" in classes.split(), (elem_id, classes)
    assert "mine" in (page.locator("#sl").get_attribute("class") or "").split()
    # Labels are tied to their native controls.
    expect(page.get_by_label("Level", exact=True)).to_have_attribute("type", "range")
    expect(page.get_by_label("Agree")).to_have_attribute("type", "checkbox")
    expect(page.get_by_role("group", name="Fruits")).to_be_visible()
    expect(page.get_by_role("combobox", name="Colour")).to_be_visible()
    expect(page.get_by_label("Tint", exact=True)).to_have_attribute("type", "color")
    expect(page.get_by_label("When", exact=True)).to_have_value("2024-05-01 10:00:00")
    expect(page.get_by_label("Source")).to_have_value("def f():\n    return 1\n")
    assert page.locator("#sl_out, #cb, #dd").evaluate_all("els => els.every(e => !e.shadowRoot)")


def test_slider_range_box_release_and_updates(page: Page) -> None:
    rng = page.locator("#sl input[type=range]")
    box = page.locator("#sl input[type=number]")
    expect(rng).to_have_value("3")
    expect(box).to_have_value("3")
    rng.focus()
    page.keyboard.press("ArrowRight")
    expect(out(page, "sl_out")).to_have_value("4", timeout=TIMEOUT)
    expect(out(page, "sl_rel")).to_have_value("released 4", timeout=TIMEOUT)
    expect(box).to_have_value("4")
    rng.fill("9")
    expect(out(page, "sl_out")).to_have_value("9", timeout=TIMEOUT)
    box.fill("6")
    expect(out(page, "sl_out")).to_have_value("6", timeout=TIMEOUT)
    expect(rng).to_have_value("6")
    change, since = dep_id(page, "sl_change"), mark(page)
    box.fill("50")  # out of range: not sent until blur clamps it
    sentinel(page)  # (it does not move focus)
    assert joins_since(page, since) == []
    expect(out(page, "sl_out")).to_have_value("6")
    box.blur()
    expect(out(page, "sl_out")).to_have_value("10", timeout=TIMEOUT)
    expect(box).to_have_value("10")
    sentinel(page)
    assert [(j["fn_index"], j["data"]) for j in joins_since(page, since)] == [(change, [10])]
    assert wire_value(page, "sl") == 10
    page.locator("#sl .blocklite-slider-reset").click()
    expect(out(page, "sl_out")).to_have_value("3", timeout=TIMEOUT)
    expect(rng).to_have_value("3")
    bounds = rng.bounding_box()
    assert bounds
    page.mouse.click(bounds["x"] + 2, bounds["y"] + bounds["height"] / 2)
    expect(out(page, "sl_out")).to_have_value("0", timeout=TIMEOUT)
    expect(out(page, "sl_rel")).to_have_value("released 0", timeout=TIMEOUT)


def test_slider_update_sets_value_and_range_in_place(page: Page) -> None:
    rng = page.locator("#sl input[type=range]")
    page.locator("#sl_set").click()
    expect(rng).to_have_value("15", timeout=TIMEOUT)
    expect(rng).to_have_attribute("max", "20")
    expect(page.locator("#sl .blocklite-slider-bound").last).to_have_text("20")
    # The new value fires change; Python must check it against the updated maximum (as Gradio
    # does, the session's copy of the slider takes the update's props).
    expect(out(page, "sl_out")).to_have_value("15", timeout=PYTHON_TIMEOUT)


def test_checkbox_change_and_select_data(page: Page) -> None:
    page.get_by_label("Agree").click()
    expect_json(page, "cb_out", True)
    expect_json(page, "cb_sel", [None, "Agree", True])
    page.get_by_text("Agree", exact=True).click()
    expect_json(page, "cb_out", False)
    expect_json(page, "cb_sel", [None, "Agree", False])


def test_checkbox_group_sends_values_in_click_order(page: Page) -> None:
    group = page.get_by_role("group", name="Fruits")
    expect(group.get_by_label("Apple")).to_be_checked()
    group.get_by_label("Banana").check()
    expect_json(page, "cbg_out", ["a", "b"])
    expect_json(page, "cbg_sel", [1, "b", True])
    group.get_by_label("Apple").uncheck()
    expect_json(page, "cbg_out", ["b"])
    expect_json(page, "cbg_sel", [0, "a", False])
    group.get_by_label("Cherry").check()
    expect_json(page, "cbg_out", ["b", "Cherry"])
    # type="index": the page sends values, Python receives indices.
    by_index = page.get_by_role("group", name="By index")
    by_index.get_by_label("z").check()
    by_index.get_by_label("x").check()
    expect_json(page, "cbg_idx_out", [2, 0])
    assert wire_value(page, "cbg_idx") == ["z", "x"]


def test_radio_mouse_keyboard_and_new_choices(page: Page) -> None:
    group = page.get_by_role("radiogroup", name="Count")
    group.get_by_label("Two").check()
    expect_json(page, "rd_out", 2)
    expect_json(page, "rd_sel", [1, 2, True])
    group.get_by_label("Two").press("ArrowRight")
    expect_json(page, "rd_out", 3)
    expect(group.get_by_label("Three")).to_be_checked()


def test_radio_update_replaces_choices_in_place(page: Page) -> None:
    group = page.get_by_role("radiogroup", name="Count")
    # Python must accept the new value against the update's own choices (as Gradio does).
    page.locator("#rd_set").click()
    expect(group.get_by_role("radio")).to_have_count(2, timeout=PYTHON_TIMEOUT)
    expect(group.get_by_label("Five")).to_be_checked()
    expect_json(page, "rd_out", 5)  # the output's new value fires change


def test_dropdown_keyboard_filter_mouse_and_events(page: Page) -> None:
    box = page.get_by_role("combobox", name="Colour")
    listbox = page.locator("#dd [role=listbox]")
    expect(box).to_have_value("Red")
    box.click()
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(listbox.get_by_role("option")).to_have_count(3)
    expect(out(page, "dd_focus")).to_have_value("focused", timeout=TIMEOUT)
    page.keyboard.press("ArrowDown")
    expect(box).to_have_attribute(
        "aria-activedescendant", listbox.get_by_role("option").nth(1).get_attribute("id") or ""
    )
    page.keyboard.press("Enter")
    expect(box).to_have_value("Green")
    expect_json(page, "dd_out", "g")
    expect_json(page, "dd_sel", [1, "g", True])
    expect(out(page, "dd_key")).to_have_value("Enter|Green", timeout=TIMEOUT)
    # Typing filters; Enter picks the first match.
    box.fill("")
    page.keyboard.type("blu")
    expect(listbox.get_by_role("option")).to_have_count(1)
    expect(out(page, "dd_key")).to_have_value("u|blu", timeout=TIMEOUT)
    page.keyboard.press("Enter")
    expect_json(page, "dd_out", "b")
    expect(box).to_have_value("Blue")
    # Escape closes and restores the text; text that names no choice is dropped on blur.
    page.keyboard.type("zzz")
    expect(listbox.locator(".blocklite-option-empty")).to_have_count(1)
    page.keyboard.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_value("Blue")
    box.fill("nothing")
    box.blur()
    expect(box).to_have_value("Blue")
    expect(out(page, "dd_focus")).to_have_value("blurred", timeout=TIMEOUT)
    # The mouse picks too.
    box.click()
    listbox.get_by_role("option", name="Red").click()
    expect_json(page, "dd_out", "r")
    expect(listbox).to_be_hidden()


def test_dropdown_custom_values(page: Page) -> None:
    box = page.get_by_role("combobox", name="Custom")
    box.click()
    box.fill("gamma")
    box.press("Enter")
    expect_json(page, "ddc_out", "gamma")
    box.fill("beta")
    box.blur()  # text that names a choice picks it
    expect_json(page, "ddc_out", "beta")
    box.fill("delta")
    box.blur()  # other text is a custom value here
    expect_json(page, "ddc_out", "delta")


def test_dropdown_multiselect_tokens_and_max_choices(page: Page) -> None:
    box = page.get_by_role("combobox", name="Multi")
    listbox = page.locator("#ddm [role=listbox]")
    expect(listbox).to_have_attribute("aria-multiselectable", "true")
    expect(page.locator("#ddm .blocklite-token")).to_have_count(1)
    box.click()
    listbox.get_by_role("option", name="b").click()
    expect_json(page, "ddm_out", ["a", "b"])
    expect(listbox).to_be_visible()  # stays open for more picks
    change, since = dep_id(page, "ddm_change"), mark(page)
    listbox.get_by_role("option", name="c").click()  # max_choices=2: refused
    sentinel(page)
    assert joins_since(page, since) == []
    expect_json(page, "ddm_out", ["a", "b"])
    assert wire_value(page, "ddm") == ["a", "b"]
    expect(page.locator("#ddm .blocklite-token")).to_have_count(2)
    page.get_by_role("button", name="Remove a", exact=True).click()
    expect_json(page, "ddm_out", ["b"])
    box.click()
    box.press("Backspace")
    expect_json(page, "ddm_out", [])
    sentinel(page)
    sent = [(j["fn_index"], j["data"]) for j in joins_since(page, since)]
    assert sent == [(change, [["b"]]), (change, [[]])], sent
    expect(page.locator("#ddm .blocklite-token")).to_have_count(0)


def test_colorpicker_hex_swatch_and_submit(page: Page) -> None:
    swatch = page.get_by_label("Tint", exact=True)
    hexbox = page.locator("#cp input[type=text]")
    expect(hexbox).to_have_value("#ff0000")
    hexbox.fill("#00ff00")
    expect_json(page, "cp_out", "#00ff00")
    expect(swatch).to_have_value("#00ff00")
    hexbox.press("Enter")
    expect(out(page, "cp_sub")).to_have_value("submitted #00ff00", timeout=TIMEOUT)
    swatch.fill("#123456")
    expect_json(page, "cp_out", "#123456")
    expect(hexbox).to_have_value("#123456")
    hexbox.fill("#12")  # not a colour yet: marked, not sent
    expect(hexbox).to_have_attribute("aria-invalid", "true")
    hexbox.blur()
    expect(hexbox).to_have_value("#123456")


def test_datetime_typing_picker_and_validation(page: Page) -> None:
    text = page.get_by_label("When", exact=True)
    change, since = dep_id(page, "dt_change"), mark(page)
    text.fill("2024-06-01 12:30:00")
    sentinel(page)  # (it does not move focus: leaving the box would commit)
    assert joins_since(page, since) == []
    expect(out(page, "dt_out")).to_have_value("")  # typing does not commit
    text.press("Enter")
    expect_json(page, "dt_out", "2024-06-01 12:30:00")
    sent = [j["data"] for j in joins_since(page, since) if j["fn_index"] == change]
    assert sent == [["2024-06-01 12:30:00"]], sent  # committed once, by Enter
    expect(out(page, "dt_sub")).to_have_value("submitted 2024-06-01 12:30:00", timeout=TIMEOUT)
    text.fill("not a date")
    text.press("Enter")
    expect(text).to_have_attribute("aria-invalid", "true")
    text.fill("2024-02-30")
    text.press("Enter")
    expect(text).to_have_attribute("aria-invalid", "true")
    page.locator("#dt .blocklite-datetime-picker").fill("2024-07-04T08:15:30")
    expect(text).to_have_value("2024-07-04 08:15:30")
    expect_json(page, "dt_out", "2024-07-04 08:15:30")
    expect(page.locator("#day .blocklite-datetime-picker")).to_have_attribute("type", "date")
    page.locator("#day .blocklite-datetime-picker").fill("2024-02-29")
    expect_json(page, "day_out", "2024-02-29")
    expect(page.get_by_label("Day", exact=True)).to_have_value("2024-02-29")


def test_html_is_sanitized_and_updates(page: Page) -> None:
    html = page.locator("#html")
    expect(html.locator("#html-first b")).to_have_text("bold")
    assert html.locator("script").count() == 0
    assert html.locator("img").get_attribute("onerror") is None
    out(page, "html_src").fill("second")
    out(page, "html_src").press("Enter")
    # A handler's markup is contained (README "Trust"): its ids are prefixed, so they cannot clobber
    # the page's globals; the app's own first value keeps its id.
    expect(html.locator("#user-content-html-second")).to_be_visible(timeout=TIMEOUT)
    expect(html.locator(".blocklite-html-body")).to_have_class(re.compile(r"blocklite-contained"))
    assert html.locator("script").count() == 0
    assert page.evaluate("window.__pwned") is None


def test_json_tree_collapses_sends_and_updates(page: Page) -> None:
    tree = page.locator("#js .blocklite-json-tree")
    expect(tree).to_contain_text('"a"')
    expect(tree.locator(".blocklite-json-null")).to_have_text("null")
    deep = tree.get_by_text('"deep"')
    expect(deep).to_have_count(0)  # third level starts closed, built on first open
    tree.locator("details details details > summary").click()
    expect(tree.get_by_text('"deep"')).to_be_visible()
    tree.locator("details > summary").first.click()
    expect(tree.locator(".blocklite-json-key").first).to_be_hidden()
    page.locator("#js_send").click()
    expect_json(page, "js_out", {"a": 1, "b": [1, 2, {"c": "deep"}], "n": None, "t": True})
    page.locator("#js_set").click()
    expect(tree).to_contain_text('"x"', timeout=TIMEOUT)
    expect(tree.locator(".blocklite-json-number")).to_have_text(["10", "20"])


def test_label_top_class_bars_and_select(page: Page) -> None:
    page.locator("#lb_go").click()
    expect(page.locator("#lb .blocklite-label-heading")).to_have_text("cat", timeout=TIMEOUT)
    meters = page.locator("#lb meter")
    expect(meters).to_have_count(2)
    assert meters.first.evaluate("m => m.value") == pytest.approx(0.7)
    expect(page.locator("#lb .blocklite-confidence-value")).to_have_text(["70%", "20%"])
    page.locator("#lb .blocklite-confidence").nth(1).click()
    expect_json(page, "lb_sel", [1, "dog", True])


def test_highlighted_text_colours_legend_and_select(page: Page) -> None:
    ht = page.locator("#ht")
    expect(ht.locator(".blocklite-ht-legend-item")).to_have_text(["noun", "verb"])
    cat = ht.locator("mark", has_text="cat")
    expect(cat.locator(".blocklite-ht-category")).to_have_text("noun")
    assert (
        cat.evaluate("m => getComputedStyle(m).getPropertyValue('--blocklite-ht-color')")
        == "#ff0000"
    )
    expect(ht.locator(".blocklite-ht-score")).to_have_text("well")
    expect(ht.locator(".blocklite-ht-text")).to_have_text("The catnoun satverb well")
    ht.locator("mark", has_text="sat").click()
    expect_json(page, "ht_sel", [3, ["sat", "verb"], True])


def test_code_edit_output_focus_and_blur(page: Page) -> None:
    area = page.get_by_label("Source")
    assert area.evaluate("a => a.tagName") == "TEXTAREA"
    assert "mono" in area.evaluate("a => getComputedStyle(a).fontFamily").lower()
    static = page.locator("#code_out pre code")
    expect(static).to_have_class("language-python")
    area.click()
    expect(out(page, "code_focus")).to_have_value("focused", timeout=TIMEOUT)
    area.press("End")
    area.type("x = 2\n")
    expect(static).to_contain_text("X = 2", timeout=TIMEOUT)
    expect(page.locator("#code_out .blocklite-code-line")).to_have_count(3)
    # Highlighted by the lazily loaded chunk: each line keeps its own token spans.
    lines = page.locator("#code_out .blocklite-code-line")
    expect(lines.nth(1).locator(".hljs-number")).to_have_text("1", timeout=TIMEOUT)
    expect(lines.nth(2).locator(".hljs-number")).to_have_text("2")
    expect(lines).to_have_text(["DEF F():", "    RETURN 1", "X = 2"])
    area.blur()
    expect(out(page, "code_focus")).to_have_value("blurred", timeout=TIMEOUT)


def test_tabs_click_keyboard_events_and_selected_update(page: Page) -> None:
    tabs = page.locator("#tabs")
    tab_buttons = tabs.get_by_role("tab")
    expect(tab_buttons).to_have_text(["First", "Second", "Third"])
    expect(tab_buttons.nth(0)).to_have_attribute("aria-selected", "true")
    expect(page.locator("#tab1_md")).to_be_visible()
    expect(page.locator("#tab2_md")).to_be_hidden()
    expect(tab_buttons.nth(2)).to_be_disabled()
    expect(tabs.get_by_role("tabpanel")).to_have_count(1)
    tabs.get_by_role("tab", name="Second").click()
    expect(page.locator("#tab2_md")).to_be_visible()
    expect(page.locator("#tab1_md")).to_be_hidden()
    expect_json(page, "tabs_sel", [1, "Second", True])
    expect_json(page, "tab2_sel", [1, "Second", True])
    expect(out(page, "tabs_change")).to_have_value("changed", timeout=TIMEOUT)
    panel = tabs.get_by_role("tabpanel")
    expect(panel).to_have_attribute("aria-labelledby", tab_buttons.nth(1).get_attribute("id") or "")
    # Arrow keys skip the disabled tab and wrap around.
    tabs.get_by_role("tab", name="Second").press("ArrowRight")
    expect(tab_buttons.nth(0)).to_be_focused()
    expect(page.locator("#tab1_md")).to_be_visible()
    expect_json(page, "tabs_sel", [0, "First", True])
    page.keyboard.press("ArrowLeft")
    expect(page.locator("#tab2_md")).to_be_visible()
    page.locator("#tabs_set").click()
    expect(page.locator("#tab3_md")).to_be_visible(timeout=TIMEOUT)
    expect(tab_buttons.nth(2)).to_have_attribute("aria-selected", "true")


def test_accordion_toggles_and_fires_expand_collapse(page: Page) -> None:
    header = page.locator("#acc").get_by_role("button", name="More options")
    expect(page.locator("#acc_md")).to_be_hidden()
    header.click()
    expect(page.locator("#acc_md")).to_be_visible()
    expect(out(page, "acc_out")).to_have_value("expanded", timeout=TIMEOUT)
    header.press("Enter")
    expect(page.locator("#acc_md")).to_be_hidden()
    expect(out(page, "acc_out")).to_have_value("collapsed", timeout=TIMEOUT)
    header.click()
    expect(out(page, "acc_out")).to_have_value("expanded", timeout=TIMEOUT)
    since = mark(page)
    page.locator("#acc_set").click()  # the server closes it: no collapse event
    expect(page.locator("#acc_md")).to_be_hidden(timeout=TIMEOUT)
    sentinel(page)  # a collapse fired by the update would have been joined and answered
    collapse = dep_id(page, "acc_collapse")
    assert [j for j in joins_since(page, since) if j["fn_index"] == collapse] == []
    expect(out(page, "acc_out")).to_have_value("expanded")


def test_group_is_one_panel_without_gaps(page: Page) -> None:
    grp = page.locator("#grp")
    expect(grp.locator("#g1")).to_be_visible()
    expect(grp.locator("#g2")).to_be_visible()
    assert grp.evaluate("g => getComputedStyle(g).rowGap") in ("0px", "normal")
    assert grp.locator("#g1").evaluate("e => getComputedStyle(e).borderTopWidth") == "0px"


def test_sidebar_opens_and_closes(page: Page) -> None:
    side = page.locator("#side")
    toggle = side.locator("button.blocklite-sidebar-toggle")
    expect(page.locator("#side_md")).to_be_hidden()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    assert side.evaluate("s => s.tagName") == "ASIDE"
    toggle.click()
    expect(page.locator("#side_md")).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(out(page, "side_out")).to_have_value("expanded", timeout=TIMEOUT)
    toggle.click()
    expect(page.locator("#side_md")).to_be_hidden()
    expect(out(page, "side_out")).to_have_value("collapsed", timeout=TIMEOUT)


def test_clear_button_looks_like_a_button_and_clears(page: Page) -> None:
    clr = page.locator("#clr")
    classes = (clr.get_attribute("class") or "").split()
    assert "blocklite-clearbutton" in classes and "blocklite-button" in classes
    expect(clr).to_have_text("Clear")
    clr.click()
    expect(out(page, "clr_text")).to_have_value("", timeout=TIMEOUT)
    expect(page.locator("#clr_check input:checked")).to_have_count(0)
