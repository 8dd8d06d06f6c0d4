"""Stop (`cancels=`) on a sync handler that never returns by itself: `while True: pass` and a
`time.sleep` loop.

With cross-origin isolation (`isolated_server`, the headers `blocklite serve` sends) the page
raises Pyodide's interrupt, so the handler ends within a bytecode check or a sleep's wake-up and
the same worker answers the next click. Without (`static_server`, a plain static host) the worker
is terminated and restarted a second after Stop, with a notice, and the inputs are kept.
"""

from __future__ import annotations

import pytest
from browser_support import BOOT_TIMEOUT_MS, StaticServer, control, open_app
from playwright.sync_api import Page, expect
from recovery_support import (
    PAGE,
    handler_count,
    restarts,
    wait_handler,
    wait_restarted,
    watch,
)

#: Stop click → the worker reports the handler over. The interrupt itself lands within ~100 ms;
#: the rest is the page's and the harness's own latency on a loaded 2-core machine.
INTERRUPT_BUDGET_MS = 500


@pytest.mark.parametrize("button", ["spin", "nap"])
def test_stop_interrupts_a_sync_handler_when_isolated(
    page: Page, isolated_server: StaticServer, button: str
) -> None:
    open_app(page, isolated_server.url + PAGE)
    assert page.evaluate("() => crossOriginIsolated") is True
    watch(page)
    control(page, "text").fill("hi")
    before = handler_count(page)
    page.locator(f"#{button}").click()
    started = wait_handler(page, "start", after=before)
    page.locator("#stop").click()
    ended = wait_handler(page, "end", after=before, run=started["run"])["t"]
    elapsed = ended - float(page.evaluate("() => window.__stopAt"))
    print(f"{button}: Stop click → handler ended in {elapsed:.1f} ms")
    assert 0 <= elapsed < INTERRUPT_BUDGET_MS, elapsed
    # The same worker is usable at once: the next click answers.
    page.locator("#echo").click()
    expect(control(page, "out")).to_have_value("echo hi", timeout=5_000)
    assert restarts(page) == 0
    expect(page.locator(".blocklite-notice-worker")).to_be_hidden()


@pytest.mark.parametrize("button", ["spin", "nap"])
def test_stop_restarts_the_worker_without_isolation(
    page: Page, static_server: StaticServer, button: str
) -> None:
    open_app(page, static_server.url + PAGE)
    assert page.evaluate("() => crossOriginIsolated") is False
    watch(page)
    control(page, "text").fill("kept")
    page.locator("#echo").click()
    expect(control(page, "out")).to_have_value("echo kept", timeout=BOOT_TIMEOUT_MS)
    before = handler_count(page)
    page.locator(f"#{button}").click()
    wait_handler(page, "start", after=before)
    page.locator("#stop").click()
    wait_restarted(page)
    elapsed = float(page.evaluate("() => performance.now() - window.__stopAt"))
    print(
        f"{button}: Stop click → new worker rendered in {elapsed:.0f} ms (1 s of it is the grace)"
    )
    notice = page.locator(".blocklite-notice-worker")
    expect(notice).to_contain_text("did not stop within 1 s of Stop")
    expect(notice).to_contain_text("State values start from their defaults")
    # What the user typed and what the outputs showed are kept, and the new worker answers.
    expect(control(page, "text")).to_have_value("kept")
    expect(control(page, "out")).to_have_value("echo kept")
    control(page, "text").fill("again")
    page.locator("#echo").click()
    expect(control(page, "out")).to_have_value("echo again", timeout=BOOT_TIMEOUT_MS)
