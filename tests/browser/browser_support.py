"""What browser tests share: where Chromium is, the static server's handle, app helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Locator, Page

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
#: Python boot in a fresh browser takes a few seconds on 2 cores; give CI slack.
BOOT_TIMEOUT_MS = 60_000


@dataclass
class StaticServer:
    url: str
    paths: list[str] = field(default_factory=list)


def control(page: Page, elem_id: str) -> Locator:
    """The native control inside a component's outer element."""
    return page.locator(f"#{elem_id}").locator("input, textarea").first


def component_id(page: Page, elem_id: str) -> int:
    """The component id of the element with this elem_id (its `data-blocklite-id`)."""
    value = page.locator(f"#{elem_id}").get_attribute("data-blocklite-id")
    assert value is not None, f"#{elem_id} has no data-blocklite-id"
    return int(value)


def open_app(page: Page, url: str) -> Page:
    """Open a page and wait until its (first) app has rendered."""
    page.goto(url)
    page.wait_for_function(
        "() => globalThis.blocklite && [...globalThis.blocklite.apps.values()].length > 0",
        timeout=BOOT_TIMEOUT_MS,
    )
    page.wait_for_function(
        "() => Promise.all([...globalThis.blocklite.apps.values()].map(a => a.ready)).then(() => true)",
        timeout=BOOT_TIMEOUT_MS,
    )
    return page
