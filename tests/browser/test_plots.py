"""gr.Plot and the native plots in the real worker: a plotly figure (as a figure dict: plotly's
Python package is not in this build) drawn by plotly.js, a Vega-Lite spec and native plots drawn
by Vega, both from lazy chunks the build ships; a malformed figure shows a message and the rest
still works; a brushed x range reaches Python as the select event."""

from __future__ import annotations

from browser_support import BOOT_TIMEOUT_MS
from playwright.sync_api import Page, expect
from shared_page import console_errors_fixture, shared_page_fixture

PAGE = "tests/browser/pages/plots.html"
page = shared_page_fixture(f"/{PAGE}")
_console = console_errors_fixture()


def test_a_plotly_figure_is_drawn_by_plotly(page: Page) -> None:
    bars = page.locator("#plotly .main-svg .bars .point")
    expect(bars).to_have_count(3, timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#plotly .gtitle")).to_have_text("Counts")


def test_an_altair_spec_and_a_line_plot_are_drawn_by_vega(page: Page) -> None:
    expect(page.locator("#altair svg .mark-rect path")).to_have_count(2, timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#line svg .mark-line path")).to_have_count(1)
    expect(page.locator("#line svg .role-title-text")).to_have_text("Sales")


def test_a_malformed_figure_says_why_and_the_app_keeps_working(page: Page) -> None:
    expect(page.locator("#broken .blocklite-plot-message")).to_have_text(
        "Could not draw the plot: the plotly figure is not valid JSON", timeout=BOOT_TIMEOUT_MS
    )
    page.locator("#show-bars").click()
    expect(page.locator("#bars svg .mark-rect path")).to_have_count(2, timeout=BOOT_TIMEOUT_MS)


def test_a_brushed_range_is_the_select_event(page: Page) -> None:
    area = page.locator("#line svg .mark-line path")
    expect(area).to_have_count(1, timeout=BOOT_TIMEOUT_MS)
    box = page.locator("#line svg").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.3, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.6, y, steps=8)
    page.mouse.up()
    value = page.locator("#range textarea, #range input")
    expect(value).to_have_value(__import__("re").compile(r"^\d+\.\.\d+$"), timeout=BOOT_TIMEOUT_MS)
    low, high = (int(v) for v in value.input_value().split(".."))
    assert 1 <= low < high <= 10
