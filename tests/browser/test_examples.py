"""The examples gallery, clicked through in real Chromium: each app boots in its worker and answers."""

from __future__ import annotations

import re

from browser_support import BOOT_TIMEOUT_MS, REPO, StaticServer, control, open_app
from playwright.sync_api import Page, expect


def test_gallery_links_every_example(page: Page, static_server: StaticServer) -> None:
    page.goto(f"{static_server.url}/examples/")
    pages = sorted(p.name for p in (REPO / "examples").glob("*.html") if p.name != "index.html")
    assert {"hello.html", "chat.html", "chatbot.html", "themes.html", "i18n.html"} <= set(pages)
    for name in pages:
        expect(page.locator(f"a[href='./{name}']")).to_have_count(1)
    page.locator("a[href$='hello.html']").click()
    expect(page).to_have_url(re.compile(r"hello\.html$"))


def test_hello_greets(page: Page, static_server: StaticServer) -> None:
    open_app(page, f"{static_server.url}/examples/hello.html")
    control(page, "name").fill("Ann")
    page.locator("#greet-btn").click()
    expect(control(page, "greeting")).to_have_value("Hello Ann!", timeout=BOOT_TIMEOUT_MS)
    # Output-only components are static but still native controls.
    expect(control(page, "greeting")).not_to_be_editable()
    expect(control(page, "name")).to_be_editable()


def test_calculator_adds_in_a_row(page: Page, static_server: StaticServer) -> None:
    open_app(page, f"{static_server.url}/examples/calculator.html")
    a, b = page.locator("#a"), page.locator("#b")
    # The two inputs sit side by side in a Row.
    box_a, box_b = a.bounding_box(), b.bounding_box()
    assert box_a is not None and box_b is not None
    assert abs(box_a["y"] - box_b["y"]) < 5 and box_b["x"] > box_a["x"]
    control(page, "a").fill("2.5")
    control(page, "b").fill("4")
    page.locator("#add-btn").click()
    expect(control(page, "sum")).to_have_value("6.5", timeout=BOOT_TIMEOUT_MS)


def test_live_updates_on_change(page: Page, static_server: StaticServer) -> None:
    open_app(page, f"{static_server.url}/examples/live.html")
    control(page, "text").press_sequentially("abc")
    expect(control(page, "reversed")).to_have_value("cba", timeout=BOOT_TIMEOUT_MS)
    control(page, "text").press_sequentially("d")
    expect(control(page, "reversed")).to_have_value("dcba", timeout=BOOT_TIMEOUT_MS)


def test_everything_stays_on_127_0_0_1_and_the_shim_carries_the_queue(
    page: Page, static_server: StaticServer
) -> None:
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    open_app(page, f"{static_server.url}/examples/hello.html")
    control(page, "name").fill("Zed")
    page.locator("#greet-btn").click()
    expect(control(page, "greeting")).to_have_value("Hello Zed!", timeout=BOOT_TIMEOUT_MS)
    assert urls, "no request was recorded at all"
    strays = [url for url in urls if not url.startswith(static_server.url + "/")]
    assert strays == [], f"requests left 127.0.0.1: {strays}"
    # The app's protocol traffic never reached the network: the shim answered it in the page.
    assert not [path for path in static_server.paths if "__blocklite__" in path]
    routed = page.evaluate(
        "() => [...globalThis.blocklite.apps.values()][0].requests.map(r => r.method + ' ' + r.path)"
    )
    assert any(r.startswith("POST ") and "/gradio_api/queue/join" in r for r in routed), routed
    assert any(r.startswith("GET ") and "/gradio_api/queue/data" in r for r in routed), routed
    assert any(r.startswith("GET ") and r.endswith("/config") for r in routed), routed


def test_i18n_example_speaks_french(page: Page, static_server: StaticServer) -> None:
    open_app(page, f"{static_server.url}/examples/i18n.html?lang=fr-FR")
    expect(page.locator("#greet")).to_have_text("Saluez-moi")
    expect(page.locator("#name .blocklite-label")).to_have_text("Nom")
    assert page.title() == "Salutations en trois langues"
    control(page, "name").fill("Ann")
    page.locator("#greet").click()
    expect(control(page, "greeting")).to_have_value("Enchanté, Ann!", timeout=BOOT_TIMEOUT_MS)


def test_themes_example_runs_two_themed_apps(page: Page, static_server: StaticServer) -> None:
    open_app(page, f"{static_server.url}/examples/themes.html")
    page.wait_for_function(
        "() => blocklite.apps.size === 2 && [...blocklite.apps.values()].every(a => a.state === 'rendered')",
        timeout=BOOT_TIMEOUT_MS,
    )
    page.locator("#soft-go").click()
    expect(control(page, "soft-out")).to_have_value("Hello Ada!", timeout=BOOT_TIMEOUT_MS)
    page.locator("#glass-go").click()
    expect(control(page, "glass-out")).to_have_value("calm x 3", timeout=BOOT_TIMEOUT_MS)
    modes = page.evaluate("() => [...blocklite.apps.values()].map(a => a.getColorScheme())")
    assert modes[1] == "dark"


def test_files_example_draws_uploads_and_downloads(
    page: Page, static_server: StaticServer, tmp_path
) -> None:
    open_app(page, f"{static_server.url}/examples/files.html")
    page.wait_for_function(
        """() => { const img = document.querySelector('#picture img');
            return img && img.src.startsWith('blob:') && img.complete && img.naturalWidth === 96; }""",
        timeout=BOOT_TIMEOUT_MS,
    )
    expect(page.locator("#shades .blocklite-gallery-thumb img")).to_have_count(6)
    page.locator("#shades .blocklite-gallery-thumb").nth(0).click()
    expect(control(page, "chosen")).to_have_value("#ea580c")
    page.get_by_role("tab", name="Report").click()
    thumb = page.locator(".blocklite-dataset-thumb")
    expect(thumb).to_have_attribute("alt", "sample.png")
    page.wait_for_function(
        "() => { const t = document.querySelector('.blocklite-dataset-thumb');"
        " return t && t.src.startsWith('blob:') && t.naturalWidth === 24; }"
    )
    with page.expect_file_chooser() as chooser:
        page.locator("#upload .blocklite-file-drop").click()
    chooser.value.set_files(
        {"name": "notes.txt", "mimeType": "text/plain", "buffer": b"twelve bytes"}
    )
    expect(control(page, "summary")).to_have_value(
        re.compile(r"size: 12 bytes"), timeout=BOOT_TIMEOUT_MS
    )
    with page.expect_download() as download:
        page.locator("#report").click()
    saved = tmp_path / "report.txt"
    download.value.save_as(saved)
    assert download.value.suggested_filename == "notes-report.txt"
    assert saved.read_text().startswith("name: notes.txt\nsize: 12 bytes\n")


def test_data_example_redraws_the_charts_when_the_table_is_edited(
    page: Page, static_server: StaticServer
) -> None:
    open_app(page, f"{static_server.url}/examples/data.html")
    expect(control(page, "totals")).to_have_value("225 apples, 115 pears", timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#line svg .mark-line path")).to_have_count(1, timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#bars svg .mark-rect path")).to_have_count(12)
    expect(page.locator("#figure .main-svg .scatterlayer .trace")).to_have_count(2)
    cell = page.locator("#table").get_by_role("gridcell", name="20", exact=True).first
    cell.dblclick()
    page.keyboard.press("Control+a")
    page.keyboard.type("120")
    page.keyboard.press("Enter")
    expect(control(page, "totals")).to_have_value("325 apples, 115 pears", timeout=BOOT_TIMEOUT_MS)


def test_editing_example_measures_ink_and_shows_the_rest(
    page: Page, static_server: StaticServer
) -> None:
    open_app(page, f"{static_server.url}/examples/editing.html")
    canvas = page.locator("#pad canvas.blocklite-editor-canvas")
    box = canvas.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + 20, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 20, box["y"] + box["height"] / 2, steps=8)
    page.mouse.up()
    ink = control(page, "ink")
    expect(ink).to_have_value(
        re.compile(r"^\d+\.\d% of the 320x200 canvas is ink\.$"), timeout=BOOT_TIMEOUT_MS
    )
    assert float(ink.input_value().split("%")[0]) > 0
    page.locator("#boxes .blocklite-annotated-label").nth(1).click()
    expect(control(page, "picked")).to_have_value("hill (annotation 1)", timeout=BOOT_TIMEOUT_MS)
    page.locator("#model").scroll_into_view_if_needed()
    expect(page.locator("#model")).to_have_attribute("data-loaded", "true", timeout=BOOT_TIMEOUT_MS)
