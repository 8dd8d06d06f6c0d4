"""gr.Dataframe in the real worker: edit a cell and read the value Python received, sort by a
header, select a cell, search and filter, copy as TSV, sanitized markdown/html cells with a
Styler's CSS, and a 10,000-row table that builds only the rows in view."""

from __future__ import annotations

import json
import re

import pytest
from browser_support import BOOT_TIMEOUT_MS
from playwright.sync_api import Page, expect
from shared_page import console_errors_fixture, shared_page_fixture

page = shared_page_fixture(
    "/tests/browser/pages/dataframe.html", permissions=["clipboard-read", "clipboard-write"]
)
_console = console_errors_fixture()

TABLE = "#table"
ACTIVE = re.compile(r"\bblocklite-dataframe-active\b")


def box(page: Page, elem_id: str):
    return page.locator(f"#{elem_id} textarea, #{elem_id} input")


def cell(page: Page, row: int, col: int):
    """The cell of data row `row`, column `col` (wherever sorting put it)."""
    return page.locator(f'{TABLE} td[data-r="{row}"][data-c="{col}"]')


def python_saw(page: Page) -> list:
    text = box(page, "seen").input_value(timeout=BOOT_TIMEOUT_MS)
    return json.loads(text)


def test_editing_a_cell_reaches_python_with_the_types_of_its_column(page: Page) -> None:
    cell(page, 1, 1).dblclick()
    editor = page.locator(f"{TABLE} .blocklite-dataframe-editor")
    expect(editor).to_have_value("1")
    editor.fill("41")
    editor.press("Enter")
    expect(box(page, "seen")).not_to_have_value("", timeout=BOOT_TIMEOUT_MS)
    assert python_saw(page)[1] == ["a", 41, False]
    expect(box(page, "edited")).to_have_value(json.dumps([[1, 1], 41, 1]))
    # Enter moved the active cell down to row 2; left, then typing over it and Tab to leave
    page.keyboard.press("ArrowLeft")
    page.keyboard.type("z")
    page.keyboard.press("Tab")
    expect(box(page, "seen")).to_have_value(
        json.dumps([["b", 2, True], ["a", 41, False], ["z", 3, False]])
    )
    # a checkbox cell toggles with a click
    cell(page, 2, 2).locator("input").click()
    expect(box(page, "seen")).to_have_value(
        json.dumps([["b", 2, True], ["a", 41, False], ["z", 3, True]])
    )


def test_sorting_cycles_and_leaves_the_value_in_data_order(page: Page) -> None:
    header = page.locator(f'{TABLE} thead th[data-c="0"]').first
    names = page.locator(f'{TABLE} tbody td[data-c="0"]')
    header.click()
    expect(header).to_have_attribute("aria-sort", "ascending")
    expect(names).to_have_text(["a", "b", "z"])
    header.click()
    expect(header).to_have_attribute("aria-sort", "descending")
    expect(names).to_have_text(["z", "b", "a"])
    header.click()
    expect(header).to_have_attribute("aria-sort", "none")
    expect(names).to_have_text(["b", "a", "z"])


def test_select_sends_index_value_row_and_column(page: Page) -> None:
    cell(page, 0, 1).click()
    expect(box(page, "selected")).to_have_value(
        json.dumps([[0, 1], 2, ["b", 2, True], [2, 41, 3]]), timeout=BOOT_TIMEOUT_MS
    )


def test_search_and_column_filters_hide_rows(page: Page) -> None:
    names = page.locator(f'{TABLE} tbody td[data-c="0"]')
    search = page.locator(f"{TABLE} .blocklite-dataframe-search")
    search.fill("z")
    expect(names).to_have_text(["z"])
    search.fill("")
    page.get_by_label("Filter n (text, or > < = != and a value)").fill(">2")
    expect(names).to_have_text(["a", "z"])
    page.get_by_label("Filter n (text, or > < = != and a value)").fill("")
    expect(names).to_have_count(3)


def test_copy_puts_the_table_on_the_clipboard_as_tsv(page: Page) -> None:
    page.locator(f"{TABLE} button[aria-label^='Copy']").click()
    expect(page.locator(f"{TABLE} button[aria-label^='Copy']")).to_have_text("Copied")
    text = page.evaluate("() => navigator.clipboard.readText()")
    assert text.split("\n")[0] == "name\tn\tok"
    assert text.split("\n")[2] == "a\t41\tfalse"


def test_ctrl_c_copies_the_active_cell_and_delete_clears_it(page: Page) -> None:
    cell(page, 2, 0).click()
    page.keyboard.press("Control+c")
    page.wait_for_function("async () => (await navigator.clipboard.readText()) === 'z'")
    page.keyboard.press("Delete")
    expect(box(page, "seen")).to_have_value(
        json.dumps([["b", 2, True], ["a", 41, False], ["", 3, True]])
    )
    page.keyboard.type("z")
    page.keyboard.press("Enter")
    expect(box(page, "seen")).to_have_value(
        json.dumps([["b", 2, True], ["a", 41, False], ["z", 3, True]])
    )


def test_a_row_is_added_from_the_toolbar(page: Page) -> None:
    page.locator(f"{TABLE} button[aria-label='Add a row']").click()
    expect(box(page, "seen")).to_have_value(
        json.dumps([["b", 2, True], ["a", 41, False], ["z", 3, True], ["", None, False]])
    )


def test_text_in_a_number_column_is_refused_with_a_toast(page: Page) -> None:
    cell(page, 0, 1).dblclick()
    editor = page.locator(f"{TABLE} .blocklite-dataframe-editor")
    editor.fill("lots")
    editor.press("Enter")
    expect(page.get_by_text('"lots" is not a number; column "n" takes numbers.')).to_be_visible()
    expect(cell(page, 0, 1)).to_have_text("2")


def test_a_column_is_renamed_from_the_cell_menu(page: Page) -> None:
    cell(page, 0, 0).click(button="right")
    page.get_by_role("menuitem", name="Rename column").click()
    rename = page.get_by_label("Rename column name")
    rename.fill("who")
    rename.press("Enter")
    expect(page.locator(f'{TABLE} thead th[data-c="0"]').first).to_have_text("who")


def test_markdown_and_html_cells_are_sanitized_and_styled(page: Page) -> None:
    md = page.locator('#marked td[data-c="0"]')
    expect(md.locator("strong")).to_have_text("bold")
    expect(md.locator(".blocklite-math .katex").first).to_be_attached()  # latex_delimiters' $$
    assert md.evaluate("td => getComputedStyle(td).color") == "rgb(255, 0, 0)"
    html = page.locator('#marked td[data-c="1"]')
    expect(html.locator("b")).to_have_text("b")
    assert html.locator("b").get_attribute("onclick") is None
    assert html.locator("script").count() == 0
    assert "url(" not in (html.get_attribute("style") or "")


@pytest.mark.allow_console_errors  # the handler's error is logged to the console too
# (the page launches with show_error=True: Gradio shows the message, not "An error occurred")
def test_a_malformed_table_from_a_handler_is_a_toast_and_the_app_goes_on(page: Page) -> None:
    page.locator("#bad").click()
    expect(page.locator(".blocklite-toast").filter(has_text="needs a 'data' key")).to_be_visible(
        timeout=BOOT_TIMEOUT_MS
    )
    expect(page.locator('#marked td[data-c="0"] strong')).to_have_text("bold")  # unchanged
    page.locator("#good").click()
    expect(page.locator('#marked td[data-c="0"] em')).to_have_text("again")


def test_ten_thousand_rows_build_only_the_window_and_scroll_to_the_end(page: Page) -> None:
    rows = page.locator("#big tbody tr:not(.blocklite-dataframe-spacer)")
    expect(rows.first).to_be_visible()
    assert rows.count() < 100
    page.locator("#big .blocklite-dataframe-scroll").evaluate(
        "el => el.scrollTop = el.scrollHeight"
    )
    expect(page.locator('#big td[data-r="9999"][data-c="1"]')).to_have_text("row 9999")
    assert rows.count() < 100
    # the pinned first column stays at the left edge while scrolled sideways
    pinned = page.locator('#big td[data-r="9999"][data-c="0"]')
    assert "blocklite-dataframe-pinned" in (pinned.get_attribute("class") or "")


def test_every_control_has_a_name(page: Page) -> None:
    from a11y_support import duplicate_ids, unnamed_controls

    assert unnamed_controls(page) == []
    assert duplicate_ids(page) == []


def test_the_keyboard_reaches_rows_that_were_not_built(page: Page) -> None:
    scroller = page.locator("#big .blocklite-dataframe-scroll")
    scroller.evaluate("el => el.scrollTop = 0")
    page.locator('#big td[data-r="0"][data-c="1"]').click()
    page.keyboard.press("Control+End")
    last = page.locator('#big td[data-r="9999"][data-c="2"]')
    expect(last).to_have_class(ACTIVE)
    expect(last).to_be_in_viewport()
    page.keyboard.press("Control+Home")
    expect(page.locator('#big td[data-r="0"][data-c="0"]')).to_have_class(ACTIVE)
