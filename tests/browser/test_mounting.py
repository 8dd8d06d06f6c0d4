"""Where apps mount, how they coexist on one page, and the DOM contract users' CSS relies on."""

from __future__ import annotations

from browser_support import BOOT_TIMEOUT_MS, StaticServer, control, open_app
from playwright.sync_api import Page, expect


def test_two_apps_mount_in_place_and_in_data_target(
    page: Page, static_server: StaticServer
) -> None:
    open_app(page, f"{static_server.url}/tests/browser/pages/two_apps.html")
    # The first app sits right after its script tag, before the paragraph that follows it.
    order = page.evaluate(
        """() => {
          const first = document.querySelector('#first-in').closest('.blocklite-app');
          const between = document.querySelector('#between');
          const home = document.querySelector('#second-home');
          return {
            firstBeforeBetween: !!(first.compareDocumentPosition(between) & Node.DOCUMENT_POSITION_FOLLOWING),
            secondInTarget: home.contains(document.querySelector('#second-in')),
          };
        }"""
    )
    assert order == {"firstBeforeBetween": True, "secondInTarget": True}
    page.wait_for_function(
        "() => Promise.all([...globalThis.blocklite.apps.values()].map(a => a.ready)).then(() => "
        "globalThis.blocklite.apps.size === 2)",
        timeout=BOOT_TIMEOUT_MS,
    )
    control(page, "first-in").fill("abc")
    page.locator("#first-go").click()
    control(page, "second-in").fill("abc")
    page.locator("#second-go").click()
    expect(control(page, "first-out")).to_have_value("ABC", timeout=BOOT_TIMEOUT_MS)
    expect(control(page, "second-out")).to_have_value("cba", timeout=BOOT_TIMEOUT_MS)
    roots = page.evaluate("() => [...globalThis.blocklite.apps.values()].map(a => a.rootUrl)")
    assert len(set(roots)) == 2 and all("/__blocklite__/" in root for root in roots)


def test_dom_contract_ids_classes_native_controls_no_shadow_dom(
    page: Page, static_server: StaticServer
) -> None:
    open_app(page, f"{static_server.url}/tests/browser/pages/markdown.html")
    md = page.locator("#md")
    expect(md).to_have_class(__import__("re").compile(r"\bdoc\b.*\bwide\b|\bwide\b.*\bdoc\b"))
    assert page.evaluate("() => [...document.querySelectorAll('*')].every(e => !e.shadowRoot)")
    expect(page.locator("#render")).to_have_js_property("tagName", "BUTTON")
    expect(md.locator("h1")).to_have_text("Title")
    expect(md.locator("strong")).to_have_text("bold")


def test_markdown_is_sanitized_from_config_and_from_outputs(
    page: Page, static_server: StaticServer
) -> None:
    open_app(page, f"{static_server.url}/tests/browser/pages/markdown.html")
    md = page.locator("#md")
    expect(md.locator("h1")).to_have_text("Title")
    assert md.locator("script").count() == 0
    assert md.locator("[onerror]").count() == 0
    href = md.locator("#evil-link, a:has-text('click')").first.get_attribute("href")
    assert href is None or not href.startswith("javascript:")
    control(page, "src").fill('## New\n<img src="" onerror="window.__pwned = 1"><b>ok</b>')
    page.locator("#render").click()
    expect(md.locator("h2")).to_have_text("New", timeout=BOOT_TIMEOUT_MS)
    assert md.locator("[onerror]").count() == 0
    assert page.evaluate("() => window.__pwned === undefined")


def test_styles_stay_scoped_both_ways(page: Page, static_server: StaticServer) -> None:
    """The host page's `button { background: red }` does not reach the app's buttons, and the
    app's stylesheet does not restyle the host page's own elements."""
    open_app(page, f"{static_server.url}/tests/browser/pages/two_apps.html")
    styles = page.evaluate(
        """() => {
          const probe = document.createElement('button');
          document.body.append(probe);
          const host = getComputedStyle(probe).backgroundColor;
          probe.remove();
          return {
            host,
            app: getComputedStyle(document.querySelector('#first-go')).backgroundColor,
            hostTitle: getComputedStyle(document.querySelector('#host-title')).fontSize,
            bodyMargin: getComputedStyle(document.body).margin,
            hostP: getComputedStyle(document.querySelector('#between')).color,
            appInput: getComputedStyle(document.querySelector('#first-in textarea, #first-in input')).backgroundColor,
            appRoot: getComputedStyle(document.querySelector('#first-in').closest('.blocklite-app')).color,
          };
        }"""
    )
    assert styles["hostP"] == "rgb(255, 0, 0)"  # generic host rules keep styling the host...
    assert styles["appInput"] != "rgb(255, 0, 0)"  # ...while the app's reset keeps them out
    assert styles["appRoot"] != "rgb(255, 0, 0)"
    assert styles["host"] == "rgb(255, 0, 0)"  # the host's rule works on the host's buttons...
    assert styles["app"] != "rgb(255, 0, 0)"  # ...and not on the app's
    assert styles["bodyMargin"] == "8px"  # the app left the host's body alone (browser default)
    assert styles["hostTitle"] == "32px"  # and the host's own <h1> keeps the browser's 2em
