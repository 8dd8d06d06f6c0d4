"""gr.Interface and the components gallery, in real Chromium: examples/interface.html lays out a
function with a title, Submit and Clear buttons and an Examples table (the `dataset` component);
examples/components.html shows every component and echoes the inputs to a JSON panel.
"""

from __future__ import annotations

from typing import Any

from browser_support import BOOT_TIMEOUT_MS, StaticServer, control, open_app
from playwright.sync_api import Browser, Locator, Page, expect
from shared_page import console_errors_fixture, shared_page_fixture

#: For a handler's answer once the app runs (a wrong answer should not cost a boot timeout).
PYTHON_TIMEOUT = 10_000


page = shared_page_fixture("/examples/interface.html")


_console = console_errors_fixture()


def name_box(page: Page) -> Locator:
    """The Interface's input textbox (first panel column)."""
    return page.locator(".blocklite-column.panel").nth(0).locator(".blocklite-textbox textarea")


def output_box(page: Page) -> Locator:
    return page.locator(".blocklite-column.panel").nth(1).locator(".blocklite-textbox textarea")


def slider_number(page: Page) -> Locator:
    return page.locator(".blocklite-slider input[type=number]")


def slider_range(page: Page) -> Locator:
    return page.locator(".blocklite-slider input[type=range]")


def examples(page: Page) -> Locator:
    return page.locator(".blocklite-dataset .blocklite-dataset-sample")


def dataset_value(page: Page) -> Any:
    return page.evaluate(
        "() => [...[...blocklite.apps.values()][0].components.values()]"
        ".find(c => c.type === 'dataset').getValue()"
    )


def test_title_and_description_render(page: Page) -> None:
    expect(page.locator(".blocklite-interface-title h1")).to_have_text("Greeter")
    expect(page.locator(".blocklite-interface-description")).to_contain_text("Type a name")


def test_submit_runs_the_function(page: Page) -> None:
    name_box(page).fill("Ann")
    slider_number(page).fill("3")
    slider_number(page).press("Enter")
    page.get_by_role("button", name="Submit", exact=True).click()
    expect(output_box(page)).to_have_value("Hello, Ann!!!", timeout=PYTHON_TIMEOUT)


def test_examples_table_shows_the_samples_as_text(page: Page) -> None:
    dataset = page.locator(".blocklite-dataset")
    expect(dataset.locator(".blocklite-label").first).to_have_text("Examples")
    rows = examples(page)
    expect(rows).to_have_count(2)
    expect(rows.nth(0).locator("td")).to_have_text(["Ann", "3"])
    expect(rows.nth(1).locator("td")).to_have_text(["Bo", "7"])
    expect(dataset.locator("th").nth(1)).to_have_text("Intensity")
    # Rows are keyboard-reachable buttons; one page of two samples needs no page buttons.
    expect(rows.nth(0)).to_have_attribute("role", "button")
    expect(rows.nth(0)).to_have_attribute("tabindex", "0")
    expect(dataset.locator(".blocklite-dataset-pager")).to_be_hidden()


def test_clicking_an_example_fills_the_inputs(page: Page) -> None:
    name_box(page).fill("someone else")
    examples(page).nth(1).click()
    expect(name_box(page)).to_have_value("Bo", timeout=PYTHON_TIMEOUT)
    expect(slider_number(page)).to_have_value("7", timeout=PYTHON_TIMEOUT)
    expect(slider_range(page)).to_have_value("7")
    assert dataset_value(page) == 1
    expect(examples(page).nth(1)).to_have_class("blocklite-dataset-sample blocklite-selected")
    # The filled inputs are what Submit sends.
    page.get_by_role("button", name="Submit", exact=True).click()
    expect(output_box(page)).to_have_value("Hello, Bo!!!!!!!", timeout=PYTHON_TIMEOUT)


def test_an_example_is_chosen_with_the_keyboard(page: Page) -> None:
    examples(page).nth(0).focus()
    page.keyboard.press("Enter")
    expect(name_box(page)).to_have_value("Ann", timeout=PYTHON_TIMEOUT)
    expect(slider_number(page)).to_have_value("3", timeout=PYTHON_TIMEOUT)
    assert dataset_value(page) == 0
    examples(page).nth(1).focus()
    page.keyboard.press(" ")
    expect(name_box(page)).to_have_value("Bo", timeout=PYTHON_TIMEOUT)
    assert dataset_value(page) == 1


def test_clear_empties_the_textbox(page: Page) -> None:
    name_box(page).fill("Zed")
    page.get_by_role("button", name="Clear", exact=True).click()
    expect(name_box(page)).to_have_value("", timeout=PYTHON_TIMEOUT)


def test_components_gallery_renders_and_echoes(
    browser: Browser, browser_context_args: dict[str, Any], static_server: StaticServer
) -> None:
    """The gallery gets its own context (the module's shared page is the Interface app)."""
    context = browser.new_context(**browser_context_args)
    gallery = context.new_page()
    errors: list[str] = []
    gallery.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    gallery.on("pageerror", lambda e: errors.append(str(e)))
    try:
        open_app(gallery, f"{static_server.url}/examples/components.html")
        expect(gallery.locator("#c-text")).to_be_visible()
        expect(gallery.locator("#c-seen")).to_be_visible()
        # Nothing fell back to the "unknown component" placeholder.
        assert gallery.locator(".blocklite-unknown").count() == 0
        control(gallery, "c-text").fill("gallery probe")
        expect(gallery.locator("#c-seen")).to_contain_text("gallery probe", timeout=BOOT_TIMEOUT_MS)
        assert errors == [], "the gallery logged errors:\n" + "\n".join(errors)
    finally:
        context.close()


def test_dataset_formats_pages_and_fires_click_then_select(page: Page) -> None:
    """A Dataset built in the page: cell text (numbers, lists, booleans, null, never HTML), paging,
    one-column buttons, and the events a click fires."""
    got = page.evaluate(
        """() => {
          const app = [...blocklite.apps.values()][0];
          const Dataset = [...app.components.values()].find(c => c.type === 'dataset').constructor;
          const fired = [];
          const ctx = { appId: 'probe', trigger: (id, ev, data) => fired.push([id, ev, data ?? null]),
                        hasListener: () => true, isInteractive: () => true };
          const d = new Dataset(999, 'dataset', {
            components: ['textbox', 'number', 'checkboxgroup', 'checkbox', 'textbox'],
            samples: [['<b>x</b>', 0.1 + 0.2, ['a', 'b'], true, null], ['y', 12, [], false, 'z']],
            headers: [], samples_per_page: 1, interactive: true,
          }, ctx);
          const cells = () => [...d.el.querySelectorAll('td')].map(td => td.textContent);
          const first = cells();
          const pages = [...d.el.querySelectorAll('.blocklite-dataset-page')].map(b => b.textContent);
          d.el.querySelectorAll('.blocklite-dataset-page')[1].click();
          const second = cells();
          d.el.querySelector('tr.blocklite-dataset-sample').click();
          const one = new Dataset(998, 'dataset', {
            components: ['textbox'], samples: [['p'], ['q']], samples_per_page: 10,
          }, ctx);
          const buttons = [...one.el.querySelectorAll('button.blocklite-dataset-sample')];
          return {
            first, second, pages, fired, value: d.getValue(),
            bold: d.el.querySelectorAll('b').length,
            thead: d.el.querySelectorAll('thead').length,
            buttons: buttons.map(b => b.textContent), pagerHidden: one.el.querySelector('nav').hidden,
            label: one.el.querySelector('.blocklite-label').textContent,
          };
        }"""
    )
    assert got["first"] == ["<b>x</b>", "0.3", "a, b", "✓", ""]
    assert got["bold"] == 0
    assert got["thead"] == 0  # no headers, no header row
    assert got["pages"] == ["1", "2"]
    assert got["second"] == ["y", "12", "", "✗", "z"]
    assert got["value"] == 1  # the global index, not the index on the page
    assert got["fired"] == [
        [999, "click", None],
        [999, "select", {"index": 1, "value": ["y", 12, [], False, "z"], "selected": True}],
    ]
    assert got["buttons"] == ["p", "q"]
    assert got["pagerHidden"] is True
    assert got["label"] == "Examples"
