"""Hostile values through every component that shows text: nothing runs, fetches or escapes the app.

Why it exists: README "Trust" promises that values from handlers, users and examples stay inside
their component. tests/browser/hostile_values.py holds the corpus; tests/browser/pages/hostile.html
is a host page (sentinel header, left column, footer) around one app whose handlers send each batch
of values to Markdown, HTML, Chatbot (both roles), Label, HighlightedText, JSON, Code, Textbox,
Dropdown/Radio/CheckboxGroup choices, a Button value, Accordion and Tab labels, Examples (Dataset),
an Info toast, an Error toast and streamed generator outputs. After each batch the page must show
no sign of script (`window.__pwned`, dialogs), no request to another origin except plain remote
images (none at all with `data-offline`), the host's own elements at points outside the app, and
the host's computed styles unchanged.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from browser_support import BOOT_TIMEOUT_MS, StaticServer, open_app
from hostile_values import (
    BEACONS,
    BENIGN_STYLES,
    FORMS,
    HOSTILE,
    OVERLAY,
    REMOTE,
    REMOTE_IMAGES,
    SCRIPT,
    STYLE,
    UNBALANCED,
)
from playwright.sync_api import Page, Route, expect

BATCH = 60
#: Plain remote images (tests/browser/hostile_values.py REMOTE_IMAGES and the picture's source):
#: the only remote URLs an online page may fetch.
PLAIN_IMAGES = {
    f"{REMOTE}/{name}"
    for name in (
        "md.png",
        "html.png",
        "srcset.png",
        "srcset2.png",
        "noalt.png",
        "linked.png",
        "p.webp",
    )
}
#: Points of the host page outside the app: header, left column (top, middle, bottom), footer.
CHECK = """
() => {
  const problems = [];
  if (window.__pwned !== undefined) problems.push(`window.__pwned = ${String(window.__pwned)}`);
  const sentinel = document.getElementById("host-sentinel");
  if (!sentinel || !sentinel.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
    problems.push("the sentinel is not visible");
  const h = innerHeight;
  const footer = document.getElementById("host-footer").getBoundingClientRect();
  const points = [[20, 20], [300, 40], [80, 120], [80, Math.min(h - 10, 400)], [80, Math.max(100, h - 20)]];
  for (const [x, y] of points) {
    const el = document.elementFromPoint(x, y);
    if (!el || !el.closest("[data-host]") || el.closest(".blocklite-app"))
      problems.push(`at (${x}, ${y}): ${el ? el.outerHTML.slice(0, 120) : "nothing"}`);
  }
  const now = window.__hostSnapshot();
  if (JSON.stringify(now) !== JSON.stringify(window.__hostBefore))
    problems.push(`host styles changed: ${JSON.stringify(now)}`);
  if (document.querySelector("base, meta[http-equiv]")) problems.push("a <base> or <meta http-equiv> is in the page");
  const app = document.querySelector(".blocklite-app");
  for (const bad of app.querySelectorAll("style, link, form, iframe, object, embed, base, meta, script, foreignObject, input:not([type=checkbox][disabled]), button[formaction], textarea[name]")) {
    if (bad.closest("#trusted-html") || bad.closest("[data-blocklite-css]")) continue;
    if (bad.localName === "style" && bad.dataset.blockliteCss !== undefined) continue;
    if (bad.localName === "textarea" || bad.localName === "input") {
      if (bad.closest(".blocklite-contained") === null) continue; // blocklite's own controls
    }
    problems.push(`kept in the app: <${bad.localName}> in ${bad.parentElement?.className}`);
  }
  if (typeof globalThis.blocklite?.apps?.values !== "function") problems.push("window.blocklite was clobbered");
  if (document.getElementById("host-sentinel")?.localName !== "header") problems.push("#host-sentinel was clobbered");
  return problems;
}
"""


def _open(
    page: Page, static_server: StaticServer, offline: bool, name: str = "hostile.html"
) -> tuple[list[tuple[str, str]], list[str]]:
    """Open the host page (with `data-offline` when asked); record remote requests and dialogs."""
    remote: list[tuple[str, str]] = []
    dialogs: list[str] = []

    def fulfil(route: Route) -> None:
        remote.append((route.request.url, route.request.resource_type))
        route.fulfill(status=204, body="")

    page.route(re.compile(r"^https?://(?!127\.0\.0\.1[:/]|localhost[:/])"), fulfil)
    # Relative URLs in the payloads (`src=x`, `local.png`) resolve next to the page: answer them
    # with an empty body instead of the static server's 404 (a console error).
    page.route(
        re.compile(r"/tests/browser/pages/(?!hostile(_\w+)?\.html)[^?]*$"),
        lambda route: route.fulfill(status=204, body=""),
    )
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    url = f"{static_server.url}/tests/browser/pages/{name}"
    if offline:

        def offline_page(route: Route) -> None:
            body = (
                route.fetch()
                .text()
                .replace(
                    '<script type="text/x-blocklite"',
                    '<script type="text/x-blocklite" data-offline',
                    1,
                )
            )
            route.fulfill(status=200, body=body, headers={"content-type": "text/html"})

        page.route(url, offline_page)
    open_app(page, url)
    return remote, dialogs


def _batches() -> list[list[str]]:
    return [HOSTILE[i : i + BATCH] for i in range(0, len(HOSTILE), BATCH)]


def _fill(page: Page, values: list[str], n: int) -> None:
    page.locator("#batch input, #batch textarea").first.fill(json.dumps(values))
    number = page.locator("#n input").first
    number.fill(str(n))
    number.blur()


def _show(page: Page, n: int) -> None:
    """Every component gets the batch at once (one handler's outputs)."""
    page.locator("#go").click()
    expect(page.locator("#done input, #done textarea").first).to_have_value(
        f"shown-{n}", timeout=BOOT_TIMEOUT_MS
    )


def _stream(page: Page, n: int) -> None:
    """A generator streams the batch into a Markdown, an HTML and a Chatbot."""
    page.locator("#go-stream").click()
    expect(page.locator("#stream-done input, #stream-done textarea").first).to_have_value(
        f"streamed-{n}", timeout=BOOT_TIMEOUT_MS
    )


def _send(page: Page, values: list[str], n: int) -> None:
    _fill(page, values, n)
    _show(page, n)
    _stream(page, n)


def _settle(page: Page) -> None:
    """Wait until every image in the app has finished loading or failing (so fetches are recorded)."""
    page.wait_for_function(
        "() => [...document.querySelectorAll('.blocklite-app img')].every((i) => i.complete)",
        timeout=BOOT_TIMEOUT_MS,
    )
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")


def _problems(page: Page) -> list[str]:
    result: Any = page.evaluate(CHECK)
    return list(result)


@pytest.mark.parametrize("offline", [False, True], ids=["online", "offline"])
def test_hostile_values_stay_inside(page: Page, static_server: StaticServer, offline: bool) -> None:
    remote, dialogs = _open(page, static_server, offline)
    assert (
        page.evaluate("() => getComputedStyle(document.getElementById('trusted-probe')).color")
        == "rgb(1, 2, 3)"
    ), "the app's own gr.HTML literal keeps its <style> (trusted)"
    assert len(HOSTILE) >= 200
    allowed = set() if offline else PLAIN_IMAGES
    for n, values in enumerate(_batches(), start=1):
        _fill(page, values, n)
        for step, run in (("outputs", _show), ("streamed", _stream)):
            run(page, n)
            _settle(page)
            problems = _problems(page)
            assert problems == [], f"batch {n} ({step}): {problems}"
            assert dialogs == [], f"batch {n} ({step}): dialogs {dialogs}"
            unexpected = [(u, t) for u, t in remote if u not in allowed]
            assert unexpected == [], f"batch {n} ({step}): remote fetches {unexpected}"
    if not offline:
        assert any(u == f"{REMOTE}/md.png" for u, _ in remote), (
            "online, a Markdown remote image still loads"
        )
    else:
        placeholders = page.locator("#md img.blocklite-blocked")
        expect(placeholders.first).to_be_attached()
        assert page.locator("#md img[alt='remote md image']").first.get_attribute("src") is None


def test_benign_inline_styles_still_apply(page: Page, static_server: StaticServer) -> None:
    _open(page, static_server, offline=False)
    _send(page, BENIGN_STYLES, 1)
    styles = page.evaluate(
        """() => {
          const root = document.querySelector('#html .blocklite-html-body');
          const p = root.querySelector('p'), span = root.querySelector('span'), div = root.querySelector('div');
          const cs = (el) => getComputedStyle(el);
          return {
            align: cs(p).textAlign, color: cs(p).color, weight: cs(span).fontWeight, size: cs(span).fontSize,
            margin: cs(div).marginTop, padding: cs(div).paddingLeft, border: cs(div).borderTopStyle,
            background: cs(div).backgroundColor, contained: root.classList.contains('blocklite-contained'),
          };
        }"""
    )
    assert styles == {
        "align": "center",
        "color": "rgb(204, 0, 0)",
        "weight": "700",
        "size": "18px",
        "margin": "8px",
        "padding": "8px",
        "border": "solid",
        "background": "rgb(238, 238, 255)",
        "contained": True,
    }


def test_error_toast_shows_hostile_text_as_text(page: Page, static_server: StaticServer) -> None:
    _open(page, static_server, offline=False)
    page.locator("#batch input, #batch textarea").first.fill(json.dumps(HOSTILE))
    page.locator("#go-fail").click()
    toast = page.locator(".blocklite-toast").filter(has_text="display:none").first
    expect(toast).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    assert _problems(page) == []


#: What a visitor types into a ChatInterface, in this order: a leading <style> first (it used to
#: survive the batched sanitizing and stay for the rest of the conversation), then the others.
CHAT_MESSAGES = (
    STYLE[1:2] + STYLE[:1] + STYLE[4:6] + OVERLAY[:4] + FORMS[:2] + UNBALANCED[:8] + SCRIPT[:3]
)
CHAT_MESSAGES += BEACONS[:3] + REMOTE_IMAGES[:1]


def test_chat_interface_visitor_messages_stay_inside(
    page: Page, static_server: StaticServer
) -> None:
    remote, dialogs = _open(page, static_server, offline=False, name="hostile_chat.html")
    box = page.locator(".blocklite-chat-interface textarea").first
    users = page.locator(".blocklite-chat-user .blocklite-chat-content")
    for i, message in enumerate(CHAT_MESSAGES):
        expect(box).to_be_editable(timeout=BOOT_TIMEOUT_MS)
        box.fill(message)
        box.press("Enter")
        expect(users).to_have_count(i + 1, timeout=BOOT_TIMEOUT_MS)
        expect(box).to_be_editable(timeout=BOOT_TIMEOUT_MS)  # the streamed reply is over
        _settle(page)
        assert _problems(page) == [], f"after message {i + 1} ({message!r})"
    # Every message is its own contained element: nothing swallowed the next one.
    expect(users).to_have_count(len(CHAT_MESSAGES))
    expect(page.locator(".blocklite-chat-assistant .blocklite-chat-content")).to_have_count(
        len(CHAT_MESSAGES)
    )
    assert page.locator(
        ".blocklite-chat-content .blocklite-contained, .blocklite-chat-content.blocklite-contained"
    ).count() >= len(CHAT_MESSAGES)
    assert dialogs == []
    assert [u for u, _ in remote if u not in PLAIN_IMAGES] == []


@pytest.mark.parametrize("offline", [False, True], ids=["online", "offline"])
def test_offline_blocks_remote_icons_and_avatars(
    page: Page, static_server: StaticServer, offline: bool
) -> None:
    """Component URLs the app names (a Button icon, Chatbot avatars) load online, as in Gradio;
    with `data-offline` none is fetched (js/page/network.ts `mayFetch`)."""
    remote, _ = _open(page, static_server, offline, name="hostile_icons.html")
    expect(page.locator("#chat")).to_contain_text("hello", timeout=BOOT_TIMEOUT_MS)
    urls = {f"https://remote.example/{n}.png" for n in ("icon", "user", "bot")}
    if offline:
        assert page.locator("#go img, #chat img").count() == 0
        assert [u for u, _ in remote] == []
    else:
        page.wait_for_function(
            "() => [...document.querySelectorAll('#go img, #chat img')].every(i => i.complete)"
        )
        assert urls <= {u for u, _ in remote}, remote
