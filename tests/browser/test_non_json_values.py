"""NaN and Infinity typed by a user never freeze the app (blocklite issue 11): they show what
Gradio 6.31 shows and the next event is answered normally.

What Gradio sends was observed on a real Gradio 6.31 app (tests/py/server/test_gradio_wire.py
checks the same app on both every run): `float("nan")`, `float("inf")` and `float("1e999")` reach
the page as `null`, so gr.Number shows an empty field; text like `NaN` returned to gr.JSON is a
gr.Error, "Invalid JSON string: ...", shown as an error toast.
"""

from __future__ import annotations

import pytest
from browser_support import BOOT_TIMEOUT_MS, control
from playwright.sync_api import Page, expect
from shared_page import console_errors_fixture, shared_page_fixture

page = shared_page_fixture("/tests/browser/pages/non_json_values.html")
_console = console_errors_fixture()


def to_number(page: Page, typed: str) -> None:
    control(page, "text").fill(typed)
    page.locator("#to-number").click()


@pytest.mark.parametrize("typed", ["NaN", "nan", "inf", "1e999"])
def test_a_non_finite_number_shows_empty_and_the_next_event_is_answered(
    page: Page, typed: str
) -> None:
    to_number(page, "3")
    expect(control(page, "number")).to_have_value("3", timeout=BOOT_TIMEOUT_MS)
    to_number(page, typed)
    expect(control(page, "number")).to_have_value("", timeout=BOOT_TIMEOUT_MS)
    to_number(page, "2.5")
    expect(control(page, "number")).to_have_value("2.5", timeout=BOOT_TIMEOUT_MS)


@pytest.mark.parametrize("typed", ["NaN", "nan", "Infinity", "1e999"])
def test_non_json_text_for_gr_json_is_an_error_toast_and_the_app_goes_on(
    page: Page, typed: str
) -> None:
    control(page, "text").fill(typed)
    page.locator("#to-json").click()
    toast = page.get_by_role("alert").filter(has_text="Invalid JSON string")
    expect(toast.first).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    control(page, "text").fill('{"answer": 42}')
    page.locator("#to-json").click()
    expect(page.locator("#shown")).to_contain_text("answer", timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#shown")).to_contain_text("42")
    to_number(page, "7")
    expect(control(page, "number")).to_have_value("7", timeout=BOOT_TIMEOUT_MS)
