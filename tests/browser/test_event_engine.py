"""The event engine through the real worker and real Python: load, chains, State, generators, async
handlers, alerts, gr.Request, select with SelectData, value functions, gr.on, updates and skip.

All tests share one booted page (pages/event_engine.html; each section of the app has its own
components). Join bodies are recorded by wrapping the shim's `fetch` before the bundle loads, so
the tests can check what goes on the wire (`event_data`, null for State inputs). Tests that check
that something did *not* happen end with the page's sentinel round trip (traffic.py), not a sleep.
"""

from __future__ import annotations

from typing import Any

from browser_support import BOOT_TIMEOUT_MS, StaticServer, component_id, control, open_app
from playwright.sync_api import Browser, Page, expect
from shared_page import app_eval, console_errors_fixture, shared_page_fixture
from traffic import (
    RECORD_REQUESTS,
    dep_id,
    joins,
    joins_since,
    mark,
    sentinel,
    wait_finished,
)

PAGE = "/tests/browser/pages/event_engine.html"
TIMEOUT = BOOT_TIMEOUT_MS


page = shared_page_fixture(PAGE, RECORD_REQUESTS)


_console = console_errors_fixture()


def test_load_listeners_fire_once_when_the_app_is_rendered(page: Page) -> None:
    expect(control(page, "loaded")).to_have_value("loaded once", timeout=TIMEOUT)
    # The page's two load listeners: demo.load and the load of the value function of a*b.
    load_deps = [dep_id(page, "loaded"), dep_id(page, "product")]
    wait_finished(page, [j for j in joins(page) if j["fn_index"] in load_deps])
    sentinel(page)  # a load fired twice would have been joined by now
    fired = [j["fn_index"] for j in joins(page) if j["fn_index"] in load_deps]
    assert sorted(fired) == sorted(load_deps), fired


def test_state_renders_nothing(page: Page) -> None:
    state_ids = app_eval(
        page, "app.config.components.filter(c => c.type === 'state').map(c => c.id)"
    )
    assert state_ids
    for sid in state_ids:
        assert page.locator(f'[data-blocklite-id="{sid}"]').count() == 0
    assert page.locator(".blocklite-unknown").count() == 0


def test_then_always_runs_success_only_on_success_failure_only_on_failure(page: Page) -> None:
    first, then, success, failure = (
        dep_id(page, f"chain_{name}") for name in ("first", "then", "success", "failure")
    )
    since = mark(page)
    control(page, "chain_in").fill("ok-1")
    page.locator("#chain_btn").click()
    expect(control(page, "chain_first")).to_have_value("first ok-1", timeout=TIMEOUT)
    expect(control(page, "chain_then")).to_have_value("ok-1", timeout=TIMEOUT)
    expect(control(page, "chain_success")).to_have_value("ok-1", timeout=TIMEOUT)
    sentinel(page)  # .failure, had it fired with .success, would have been joined and answered
    ran = sorted(j["fn_index"] for j in joins_since(page, since))
    assert ran == sorted([first, then, success]), ran
    expect(control(page, "chain_failure")).to_have_value("")

    since = mark(page)
    control(page, "chain_in").fill("fail-2")
    page.locator("#chain_btn").click()
    expect(page.get_by_role("alert").filter(has_text="chain failed on fail-2")).to_be_visible(
        timeout=TIMEOUT
    )
    expect(control(page, "chain_then")).to_have_value("fail-2", timeout=TIMEOUT)
    expect(control(page, "chain_failure")).to_have_value("fail-2", timeout=TIMEOUT)
    sentinel(page)
    ran = sorted(j["fn_index"] for j in joins_since(page, since))
    assert ran == sorted([first, then, failure]), ran
    expect(control(page, "chain_success")).to_have_value("ok-1")
    expect(control(page, "chain_first")).to_have_value("first ok-1")


def test_state_counter_is_per_page_and_its_change_listener_fires(
    page: Page, browser: Browser, browser_context_args: dict[str, Any], static_server: StaticServer
) -> None:
    for n in (1, 2, 3):
        page.locator("#count_btn").click()
        expect(control(page, "count_out")).to_have_value(str(n), timeout=TIMEOUT)
        expect(control(page, "count_seen")).to_have_value(f"changed to {n}", timeout=TIMEOUT)
    dep = dep_id(page, "increment")
    sent = [j for j in joins(page) if j["fn_index"] == dep]
    assert sent and all(j["data"] == [None] for j in sent), sent  # a State input goes as null

    other_context = browser.new_context(**browser_context_args)
    try:
        other = open_app(other_context.new_page(), static_server.url + PAGE)
        other.locator("#count_btn").click()
        expect(control(other, "count_out")).to_have_value("1", timeout=TIMEOUT)
        expect(control(other, "count_seen")).to_have_value("changed to 1", timeout=TIMEOUT)
    finally:
        other_context.close()
    page.locator("#count_btn").click()
    expect(control(page, "count_out")).to_have_value("4", timeout=TIMEOUT)


WATCH_VALUES = """
(sel) => {
  const seen = [];
  window.__seen = seen;
  window.__watching = true;
  const el = document.querySelector(sel);
  const step = () => {
    const v = el.value;
    if (seen[seen.length - 1] !== v) seen.push(v);
    if (window.__watching) requestAnimationFrame(step);
  };
  step();
}
"""


def test_generator_paints_intermediate_values_then_the_final_one(page: Page) -> None:
    page.evaluate(WATCH_VALUES, "#gen_out textarea, #gen_out input")
    page.locator("#gen_btn").click()
    final = "alpha beta gamma delta epsilon"
    expect(control(page, "gen_out")).to_have_value(final, timeout=TIMEOUT)
    seen: list[str] = page.evaluate("window.__watching = false, window.__seen")
    intermediate = [v for v in seen if v not in ("", final)]
    assert len(set(intermediate)) >= 3, seen
    assert all(final.startswith(v) for v in intermediate), seen


def test_a_burst_of_1000_yields_does_not_freeze_the_page(page: Page) -> None:
    page.evaluate(
        """() => {
          window.__gaps = [];
          window.__watching = true;
          let last = performance.now();
          const step = (t) => {
            window.__gaps.push(t - last);
            last = t;
            if (window.__watching) requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        }"""
    )
    page.locator("#burst_btn").click()
    final = "".join(f"{i}," for i in range(1000))
    expect(control(page, "burst_out")).to_have_value(final, timeout=TIMEOUT)
    gaps: list[float] = page.evaluate("window.__watching = false, window.__gaps")
    assert max(gaps[1:]) < 500, f"longest frame {max(gaps[1:]):.0f} ms"


def test_async_handler(page: Page) -> None:
    control(page, "shout_in").fill("hey")
    page.locator("#shout_btn").click()
    expect(control(page, "shout_out")).to_have_value("HEY!", timeout=TIMEOUT)


def test_info_and_warning_toasts_appear_while_the_function_runs(page: Page) -> None:
    page.locator("#notify_btn").click()
    info = page.locator(".blocklite-toast-info").filter(has_text="info: working on it")
    warning = page.locator(".blocklite-toast-warning").filter(has_text="warning: still working")
    expect(info).to_be_visible(timeout=TIMEOUT)
    expect(warning).to_be_visible(timeout=TIMEOUT)
    expect(control(page, "notify_out")).to_have_value("")  # the function is still sleeping
    success = page.locator(".blocklite-toast-success").filter(has_text="success: halfway")
    expect(success).to_be_visible(timeout=TIMEOUT)
    expect(warning).to_contain_text("Heads up")
    expect(info).to_contain_text("Info")  # the default title
    assert "30s" in warning.evaluate("t => t.style.getPropertyValue('--blocklite-toast-duration')")
    expect(control(page, "notify_out")).to_have_value("notified", timeout=TIMEOUT)


def test_gr_error_shows_its_title_and_stays_without_duration(page: Page) -> None:
    page.locator("#fail_btn").click()
    toast = page.get_by_role("alert").filter(has_text="the sky is falling")
    expect(toast).to_be_visible(timeout=TIMEOUT)
    expect(toast).to_contain_text("Custom title")
    expect(toast).not_to_have_class("blocklite-toast-timed")
    toast.locator(".blocklite-toast-close").click()
    expect(toast).to_have_count(0)


def test_request_gives_the_session_hash_and_headers(page: Page) -> None:
    page.locator("#who_btn").click()
    session = app_eval(page, "app.sessionHash")
    assert session
    expect(control(page, "who_out")).to_have_value(session, timeout=TIMEOUT)
    page.locator("#header_btn").click()
    expect(control(page, "header_out")).to_have_value("application/json", timeout=TIMEOUT)


SELECT = """
([sel, start, end]) => {
  const c = document.querySelector(sel);
  c.focus();
  c.setSelectionRange(start, end);
  c.dispatchEvent(new Event("select", { bubbles: true }));
  c.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
}
"""


def test_textbox_select_sends_select_data(page: Page) -> None:
    dep = dep_id(page, "selection")
    before = len(joins(page))
    page.evaluate(SELECT, ["#sel_src textarea, #sel_src input", 4, 9])
    expect(control(page, "sel_out")).to_have_value("quick|[4, 9]|True", timeout=TIMEOUT)
    sent = [j for j in joins(page)[before:] if j["fn_index"] == dep]
    assert len(sent) == 1, sent  # one gesture, one event
    assert sent[0]["event_data"] == {"index": [4, 9], "value": "quick", "selected": True}
    assert sent[0]["trigger_id"] == component_id(page, "sel_src")

    # The browser's own select event (select all), not a dispatched one.
    control(page, "sel_src").select_text()
    expect(control(page, "sel_out")).to_have_value(
        "The quick brown fox jumped.|[0, 27]|True", timeout=TIMEOUT
    )

    # A textbox nobody listens to for select sends nothing.
    since = mark(page)
    page.evaluate(SELECT, ["#no_sel textarea, #no_sel input", 0, 6])
    sentinel(page)  # joined after anything the select had fired
    assert joins_since(page, since) == []


def test_change_submit_and_click_send_null_event_data(page: Page) -> None:
    deps = {kind: dep_id(page, f"plain_{kind}") for kind in ("change", "submit", "click")}
    box, btn = component_id(page, "plain_in"), component_id(page, "plain_btn")
    since = mark(page)
    control(page, "plain_in").fill("x")
    expect(control(page, "plain_out")).to_have_value("change x", timeout=TIMEOUT)
    control(page, "plain_in").press("Enter")
    expect(control(page, "plain_out")).to_have_value("submit x", timeout=TIMEOUT)
    page.locator("#plain_btn").click()
    expect(control(page, "plain_out")).to_have_value("click x", timeout=TIMEOUT)
    sent = joins_since(page, since)
    assert [(j["fn_index"], j["trigger_id"]) for j in sent] == [
        (deps["change"], box),
        (deps["submit"], box),
        (deps["click"], btn),
    ], sent
    assert all(j["event_data"] is None for j in sent), sent


def test_value_as_function_of_other_components(page: Page) -> None:
    expect(control(page, "mul_prod")).to_have_value("12", timeout=TIMEOUT)
    control(page, "mul_a").fill("5")
    expect(control(page, "mul_prod")).to_have_value("20", timeout=TIMEOUT)
    control(page, "mul_b").fill("2")
    expect(control(page, "mul_prod")).to_have_value("10", timeout=TIMEOUT)


def test_gr_on_fires_on_each_of_its_triggers(page: Page) -> None:
    control(page, "on_in").fill("a")
    page.locator("#on_btn").click()
    expect(control(page, "on_out")).to_have_value("got a", timeout=TIMEOUT)
    control(page, "on_in").fill("b")
    control(page, "on_in").press("Enter")
    expect(control(page, "on_out")).to_have_value("got b", timeout=TIMEOUT)


def test_listener_decorator(page: Page) -> None:
    page.locator("#deco_btn").click()
    expect(control(page, "deco_out")).to_have_value("decorated ran", timeout=TIMEOUT)


def test_update_hides_and_shows_a_row(page: Page) -> None:
    row = page.locator("#the_row")
    expect(row).to_be_visible()
    page.locator("#hide_row").click()
    expect(row).to_be_hidden(timeout=TIMEOUT)
    page.locator("#show_row").click()
    expect(row).to_be_visible(timeout=TIMEOUT)
    expect(control(page, "in_row")).to_have_value("inside the row")


def test_update_changes_only_the_given_props(page: Page) -> None:
    page.locator("#props_btn").click()
    box = page.locator("#props_box")
    expect(box.locator("label")).to_have_text("new label", timeout=TIMEOUT)
    expect(box.locator("textarea")).to_have_attribute("rows", "4")
    expect(control(page, "props_box")).to_have_value("keep this value")


def test_skip_leaves_an_output_unchanged(page: Page) -> None:
    page.locator("#skip_btn").click()
    expect(control(page, "skip_other")).to_have_value("other changed", timeout=TIMEOUT)
    expect(control(page, "skip_kept")).to_have_value("untouched")


def test_none_resets_outputs_to_empty(page: Page) -> None:
    expect(control(page, "reset_num")).to_have_value("42")
    page.locator("#reset_btn").click()
    expect(control(page, "reset_text")).to_have_value("", timeout=TIMEOUT)
    expect(control(page, "reset_num")).to_have_value("", timeout=TIMEOUT)
