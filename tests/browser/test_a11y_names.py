"""Names, descriptions and live regions (pages/a11y.html and the every-component gallery): every
visible control has an accessible name as Chromium computes it (in every tab, with accordions and
the sidebar open), no id repeats, hidden labels still name their controls, `info` text describes
them, toasts land in live regions, and a long job's progress is announced politely and sparingly.
"""

from __future__ import annotations

from typing import Any

import pytest
from a11y_support import duplicate_ids, unnamed_controls
from browser_support import BOOT_TIMEOUT_MS, StaticServer, control, open_app
from playwright.sync_api import Browser, Page, expect
from shared_page import console_errors_fixture, shared_page_fixture

PAGE = "/tests/browser/pages/a11y.html"
TIMEOUT = BOOT_TIMEOUT_MS


page = shared_page_fixture(PAGE)


_console = console_errors_fixture()


def audit_every_view(page: Page) -> list[str]:
    """Open every accordion and the sidebar, then visit every enabled tab; collect unnamed controls."""
    problems: set[str] = set()
    for header in page.locator(".blocklite-accordion-summary[aria-expanded='false']").all():
        header.click()
    for toggle in page.locator(".blocklite-sidebar-toggle[aria-expanded='false']").all():
        toggle.click()
    problems.update(unnamed_controls(page))
    for tablist in page.get_by_role("tablist").all():
        for tab in tablist.get_by_role("tab").all():
            if tab.is_enabled() and tab.is_visible():
                tab.click()
                problems.update(unnamed_controls(page))
    return sorted(problems)


def test_every_control_has_a_name_and_ids_are_unique(page: Page) -> None:
    assert audit_every_view(page) == []
    assert duplicate_ids(page) == []
    # The audit looked at real controls (a broken probe would find nothing and pass).
    assert page.locator(".blocklite-app :is(input, textarea, button)").count() > 60


def test_the_component_gallery_has_names_and_unique_ids(
    browser: Browser, browser_context_args: dict[str, Any], static_server: StaticServer
) -> None:
    context = browser.new_context(**browser_context_args)
    gallery = context.new_page()
    errors: list[str] = []
    gallery.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    gallery.on("pageerror", lambda e: errors.append(str(e)))
    try:
        open_app(gallery, f"{static_server.url}/examples/components.html")
        assert audit_every_view(gallery) == []
        assert duplicate_ids(gallery) == []
        for kind, name in [
            ("textbox", "Textbox"),
            ("spinbutton", "Number"),
            ("slider", "Slider"),
            ("checkbox", "Checkbox"),
            ("group", "CheckboxGroup"),
            ("radiogroup", "Radio"),
            ("combobox", "Dropdown"),
            ("combobox", "Dropdown (multiselect)"),
            ("textbox", "Code"),
            ("button", "Display components"),
            ("button", "Clear inputs"),
        ]:
            found = gallery.get_by_role(kind, name=name, exact=True, include_hidden=True)
            expect(found).to_have_count(1)
        assert errors == [], "the gallery logged errors:\n" + "\n".join(errors)
    finally:
        context.close()


@pytest.mark.parametrize(
    ("kind", "name", "info"),
    [
        ("textbox", "Secret text", "not shown label"),
        ("spinbutton", "Secret number", None),
        ("slider", "Secret slider", "slide it"),
        ("checkbox", "Secret check", "tick"),
        ("group", "Secret group", "pick some"),
        ("radiogroup", "Secret radio", "pick one"),
        ("combobox", "Secret dropdown", "choose"),
        ("textbox", "Secret date", "a date"),
        ("textbox", "Secret code", None),
        ("textbox", "Textbox", None),  # label="" falls back to a name that is read, not shown
    ],
)
def test_hidden_labels_still_name_controls_and_info_describes_them(
    page: Page, kind: str, name: str, info: str | None
) -> None:
    target = page.locator("#hidden_labels").get_by_role(kind, name=name, exact=True)
    expect(target).to_have_count(1)
    if info is not None:
        expect(target).to_have_accessible_description(info)
    labelled = target.evaluate(
        """el => {
          const ids = (el.getAttribute('aria-labelledby') || '').split(' ').filter(Boolean);
          const label = ids.length ? document.getElementById(ids[0]) : el.labels && el.labels[0];
          // The label itself, or (a checkbox's wrapping label) its text, is visually hidden.
          return label ? label.matches('.blocklite-sr-only') || !!label.querySelector('.blocklite-sr-only') : null;
        }"""
    )
    assert labelled is True  # the label exists, tied to the control, but is visually hidden


def test_toast_regions_exist_empty_before_any_toast(page: Page) -> None:
    statuses = page.locator(".blocklite-toasts [role=status]")
    expect(statuses).to_have_attribute("aria-live", "polite")
    expect(statuses).to_have_attribute("aria-atomic", "false")
    assert statuses.evaluate("e => e.children.length") == 0


@pytest.mark.allow_console_errors  # gr.Error's traceback goes to the console
@pytest.mark.parametrize("kind", ["info", "warning", "success", "error"])
def test_toasts_are_announced_by_live_regions(page: Page, kind: str) -> None:
    page.get_by_role("radio", name=kind, exact=True).check()
    page.get_by_role("button", name="Show toast", exact=True).click()
    toast = page.locator(f".blocklite-toast-{kind}")
    expect(toast).to_have_count(1, timeout=TIMEOUT)
    live = toast.evaluate(
        """t => {
          const region = t.closest('[aria-live], [role=alert]');
          return [t.getAttribute('role'), region && region.getAttribute('role'), region && region.getAttribute('aria-live')];
        }"""
    )
    if kind == "error":
        assert live[0] == "alert" and live[1] == "alert"  # the toast is its own assertive alert
    else:
        assert live == [None, "status", "polite"]  # inside the polite status list
    toast.get_by_role("button").click()
    expect(toast).to_have_count(0)


def test_progress_is_announced_politely_and_sparingly(page: Page) -> None:
    page.evaluate(
        """() => {
          // Every write into the announcer (not the overlay's repaints) is recorded.
          window.__spoken = [];
          new MutationObserver((records) => {
            const r = document.querySelector('.blocklite-app > .blocklite-progress-announcer');
            if (!r || !records.some((m) => r.contains(m.target))) return;
            if (r.textContent) window.__spoken.push(r.textContent);
          }).observe(document.querySelector('.blocklite-app'), { subtree: true, childList: true, characterData: true });
        }"""
    )
    page.get_by_role("button", name="Run slow job", exact=True).click()
    expect(control(page, "p_out")).to_have_value("done", timeout=TIMEOUT)
    region = page.locator(".blocklite-app > .blocklite-progress-announcer")
    expect(region).to_have_attribute("role", "status")
    expect(region).to_have_attribute("aria-live", "polite")
    expect(region).to_have_text("")  # cleared when the job ended
    spoken: list[str] = page.evaluate("window.__spoken")
    # The job runs ~1.4 s (the overlay repaints ~14 times); only its 4 progress steps are spoken.
    assert spoken, "nothing was announced"
    assert all(s.startswith("Crunching ") and s.endswith("%") for s in spoken), spoken
    assert len(spoken) == len(set(spoken)) <= 5, spoken
