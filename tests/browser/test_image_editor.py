"""gr.ImageEditor / gr.Sketchpad in the real worker (no numpy or PIL there, type="filepath"):
a stroke drawn with the mouse comes back to Python as a composite PNG whose pixels the handler
counts with the standard library; undo takes the stroke away; a layer added and drawn on is a
second layer; a background uploaded sizes the canvas and fires `upload`; crop fires `apply`.
Also the other image components of the page: ImageSlider (both images, the divider moves by
pointer and keys), AnnotatedImage (overlays, legend click → select's label) and Model3D (a
hand-made .obj drawn by the lazily loaded three.js chunk, which a page without one never loads)."""

from __future__ import annotations

import re

from browser_support import BOOT_TIMEOUT_MS, open_app
from playwright.sync_api import Page, expect
from png_support import png
from shared_page import console_errors_fixture, shared_page_fixture

PAGE = "tests/browser/pages/image_editor.html"

page = shared_page_fixture(f"/{PAGE}")
_console = console_errors_fixture()


def field(page: Page, elem_id: str):
    return page.locator(f"#{elem_id} textarea, #{elem_id} input")


def drag(page: Page, selector: str, points: list[tuple[float, float]]) -> None:
    """Press, move through `points` (fractions of the canvas box), release."""
    canvas = page.locator(f"{selector} canvas.blocklite-editor-canvas")
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    assert box is not None
    at = [(box["x"] + fx * box["width"], box["y"] + fy * box["height"]) for fx, fy in points]
    page.mouse.move(*at[0])
    page.mouse.down()
    for x, y in at[1:]:
        page.mouse.move(x, y, steps=4)
    page.mouse.up()


def dark(text: str) -> int:
    return int(text.split("dark=")[1].split()[0])


def test_a_stroke_on_the_sketchpad_reaches_python_and_undo_removes_it(page: Page) -> None:
    info = field(page, "sketch-info")
    drag(page, "#sketch", [(0.1, 0.5), (0.5, 0.5), (0.9, 0.5)])
    expect(info).to_have_value(
        re.compile(r"^200x120 dark=\d+ layers=1 background=yes$"),
        timeout=BOOT_TIMEOUT_MS,
    )
    drawn = dark(info.input_value())
    # a black line ~160 px long and ~2 * 2 px wide (radius auto: 120 / 50 → 2)
    assert 300 < drawn < 1600, drawn
    page.locator("#sketch button[aria-label='Undo']").click()
    expect(info).to_have_value("200x120 dark=0 layers=1 background=yes", timeout=BOOT_TIMEOUT_MS)
    page.locator("#sketch button[aria-label='Redo']").click()
    expect(info).to_have_value(
        f"200x120 dark={drawn} layers=1 background=yes", timeout=BOOT_TIMEOUT_MS
    )
    page.locator("#sketch button[data-tool='brush']").focus()
    page.keyboard.press("Control+z")  # the keyboard undoes too
    expect(info).to_have_value("200x120 dark=0 layers=1 background=yes", timeout=BOOT_TIMEOUT_MS)
    page.keyboard.press("Control+Shift+z")
    expect(info).to_have_value(
        f"200x120 dark={drawn} layers=1 background=yes", timeout=BOOT_TIMEOUT_MS
    )


def test_the_sketchpad_has_one_fixed_black_brush(page: Page) -> None:
    swatches = page.locator("#sketch .blocklite-editor-swatch")
    expect(swatches).to_have_count(1)
    assert page.locator("#sketch input[type=color]").count() == 0  # color_mode="fixed"
    expect(page.locator("#sketch .blocklite-editor-sources")).to_be_hidden()  # sources=()


def test_a_new_layer_is_a_second_layer_of_the_value(page: Page) -> None:
    info = field(page, "editor-info")
    page.locator("#editor button[aria-label='Add layer']").click()
    expect(info).to_have_value("100x80 dark=0 layers=2 background=none", timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#editor .blocklite-editor-layer-name")).to_have_text(
        ["Layer 1", "Layer 2"]
    )
    drag(page, "#editor", [(0.2, 0.2), (0.8, 0.8)])
    expect(info).not_to_have_value(
        "100x80 dark=0 layers=2 background=none", timeout=BOOT_TIMEOUT_MS
    )
    assert dark(info.input_value()) > 50
    assert "layers=2" in info.input_value()


def test_an_uploaded_background_sizes_the_canvas_and_fires_upload(page: Page) -> None:
    with page.expect_file_chooser() as chooser:
        page.locator("#editor button[data-source='upload']").click()
    chooser.value.set_files(
        {"name": "bg.png", "mimeType": "image/png", "buffer": png(40, 30, (10, 20, 30))}
    )
    expect(field(page, "uploaded")).to_have_value(
        "40x30 dark=1200 layers=2 background=yes", timeout=BOOT_TIMEOUT_MS
    )


def test_a_crop_applied_fires_apply_with_the_cropped_picture(page: Page) -> None:
    page.locator("#editor button[data-tool='crop']").click()
    drag(page, "#editor", [(0.0, 0.0), (0.5, 0.5)])
    page.locator("#editor button[aria-label='Apply crop']").click()
    expect(field(page, "applied")).to_have_value(
        re.compile(r"^(19|20|21)x(14|15|16) dark=\d+ layers=2 background=yes$"),
        timeout=BOOT_TIMEOUT_MS,
    )


def test_a_file_that_is_no_image_is_refused_with_a_toast(page: Page) -> None:
    with page.expect_file_chooser() as chooser:
        page.locator("#editor button[data-source='upload']").click()
    chooser.value.set_files({"name": "notes.txt", "mimeType": "text/plain", "buffer": b"hello"})
    expect(page.locator(".blocklite-toast").last).to_contain_text("Please upload an image file")


def test_the_image_slider_shows_both_images_and_the_divider_moves(page: Page) -> None:
    page.wait_for_function(
        """() => [...document.querySelectorAll('#slider img.blocklite-slider-img')]
            .every((img) => img.src.startsWith('blob:') && img.complete && img.naturalWidth === 40)""",
        timeout=BOOT_TIMEOUT_MS,
    )
    divider = page.locator("#slider [role=slider]")
    expect(divider).to_have_attribute("aria-valuenow", "25")  # slider_position
    page.locator("#slider .blocklite-slider-frame").scroll_into_view_if_needed()
    # the picture is letterboxed in its frame: aim at 75% of the picture itself
    x, y = page.locator("#slider img.blocklite-slider-img-0").evaluate(
        """(img) => { const b = img.getBoundingClientRect();
            const w = Math.min(b.width, b.height * img.naturalWidth / img.naturalHeight);
            return [b.left + (b.width - w) / 2 + 0.75 * w, b.top + b.height / 2]; }"""
    )
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.up()
    now = int(divider.get_attribute("aria-valuenow") or "0")
    assert 74 <= now <= 76, now
    left, clip = page.evaluate(
        """() => [document.querySelector('#slider [role=slider]').style.left,
                  document.querySelector('#slider img.blocklite-slider-img-1').style.clipPath]"""
    )
    assert clip == f"inset(0px 0px 0px {left})", (clip, left)
    divider.focus()
    page.keyboard.press("ArrowLeft")
    expect(divider).to_have_attribute("aria-valuenow", str(now - 1))


def test_annotated_image_shows_overlays_and_a_legend_click_selects_the_label(page: Page) -> None:
    page.wait_for_function(
        """() => [...document.querySelectorAll('#boxes img')].length === 3
            && [...document.querySelectorAll('#boxes img')].every((img) => img.src.startsWith('blob:')
               && img.complete && img.naturalWidth === 60)""",
        timeout=BOOT_TIMEOUT_MS,
    )
    legend = page.locator("#boxes .blocklite-annotated-label")
    expect(legend).to_have_text(["car", "person"])
    legend.nth(1).click()
    expect(field(page, "picked")).to_have_value("1:person", timeout=BOOT_TIMEOUT_MS)
    legend.nth(0).hover()
    expect(page.locator("#boxes .blocklite-annotated-mask").nth(1)).to_have_class(
        re.compile("blocklite-annotated-dim")
    )


def test_model3d_loads_the_viewer_chunk_and_shows_a_hand_made_obj(page: Page) -> None:
    model = page.locator("#model")
    model.scroll_into_view_if_needed()
    expect(model).to_have_attribute("data-loaded", "true", timeout=BOOT_TIMEOUT_MS)
    loaded = page.evaluate(
        "() => performance.getEntriesByType('resource').map((e) => e.name)"
        ".filter((n) => /chunks\\/viewer-/.test(n)).length"
    )
    assert loaded == 1
    # the canvas drew something other than the clear colour (the tetrahedron)
    colours = page.locator("#model canvas").evaluate(
        """(canvas) => { const copy = document.createElement('canvas');
            copy.width = canvas.width; copy.height = canvas.height;
            const g = copy.getContext('2d'); g.drawImage(canvas, 0, 0);
            const d = g.getImageData(0, 0, copy.width, copy.height).data; const seen = new Set();
            for (let i = 0; i < d.length; i += 4 * 97) seen.add(d[i] + ',' + d[i + 1] + ',' + d[i + 2]);
            return seen.size; }"""
    )
    assert colours > 1


def test_a_page_without_a_model_never_loads_the_viewer(page: Page, static_server) -> None:
    other = page.context.new_page()
    try:
        open_app(other, f"{static_server.url}/tests/browser/pages/image.html")
        names = other.evaluate("() => performance.getEntriesByType('resource').map((e) => e.name)")
        assert any("blocklite.js" in name for name in names)
        assert not any("/chunks/viewer-" in name for name in names)
    finally:
        other.close()


def test_an_example_shows_as_a_thumbnail_and_fills_the_editor(page: Page) -> None:
    thumb = page.locator("#editor-examples img.blocklite-dataset-thumb")
    thumb.scroll_into_view_if_needed()
    expect(thumb).to_have_attribute("src", re.compile("^blob:"), timeout=BOOT_TIMEOUT_MS)
    thumb.click()
    page.wait_for_function(
        "() => document.querySelector('#shown canvas.blocklite-editor-canvas').width === 40",
        timeout=BOOT_TIMEOUT_MS,
    )
    page.locator("#describe").click()
    expect(field(page, "shown-info")).to_have_value(
        "40x20 dark=800 layers=0 background=yes", timeout=BOOT_TIMEOUT_MS
    )


GLB_JUNK = b"glTF\x02\x00\x00\x00" + b"\x00" * 24


def test_a_broken_model_is_a_toast_and_the_app_goes_on(page: Page) -> None:
    zone = page.locator("#dropped .blocklite-model3d-empty")
    zone.scroll_into_view_if_needed()
    with page.expect_file_chooser() as chooser:
        zone.click()
    chooser.value.set_files(
        {"name": "broken.glb", "mimeType": "model/gltf-binary", "buffer": GLB_JUNK}
    )
    expect(field(page, "dropped-info")).to_have_value("broken.glb", timeout=BOOT_TIMEOUT_MS)
    expect(page.locator(".blocklite-toast").last).to_contain_text("broken.glb")
    expect(page.locator("#dropped .blocklite-model3d-status")).to_have_text(
        "broken.glb could not be shown."
    )
    page.locator("#dropped button[aria-label='Clear']").click()
    expect(zone).to_be_visible()
    with page.expect_file_chooser() as chooser:
        zone.click()
    chooser.value.set_files(
        {
            "name": "tri.obj",
            "mimeType": "text/plain",
            "buffer": b"v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n",
        }
    )
    expect(page.locator("#dropped")).to_have_attribute(
        "data-loaded", "true", timeout=BOOT_TIMEOUT_MS
    )
    expect(field(page, "dropped-info")).to_have_value("tri.obj", timeout=BOOT_TIMEOUT_MS)


def test_the_editor_download_link_is_the_composite_from_a_blob(page: Page) -> None:
    link = page.locator("#sketch a.blocklite-image-download")
    expect(link).to_have_attribute("href", re.compile("^blob:"), timeout=BOOT_TIMEOUT_MS)
    expect(link).to_have_attribute("download", "composite.png")


def test_an_interactive_slider_takes_one_upload_per_side(page: Page) -> None:
    left = page.locator("#pair button[data-side='0']")
    left.scroll_into_view_if_needed()
    with page.expect_file_chooser() as chooser:
        left.click()
    chooser.value.set_files({"name": "l.png", "mimeType": "image/png", "buffer": png(6, 4)})
    expect(field(page, "pair-info")).to_have_value("6x4 | none", timeout=BOOT_TIMEOUT_MS)
    with page.expect_file_chooser() as chooser:
        page.locator("#pair button[data-side='1']").click()
    chooser.value.set_files({"name": "r.png", "mimeType": "image/png", "buffer": png(6, 4)})
    expect(field(page, "pair-info")).to_have_value("6x4 | 6x4", timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#pair .blocklite-slider-upload")).to_have_count(0)


PASTE = """async ([selector, b64]) => {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const data = new DataTransfer();
  data.items.add(new File([bytes], "", {type: "image/png"}));
  const event = new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true});
  document.querySelector(selector).dispatchEvent(event);
  return event.defaultPrevented;
}"""


def test_a_pasted_image_becomes_the_background(page: Page) -> None:
    import base64

    page.locator("#shown").scroll_into_view_if_needed()
    encoded = base64.b64encode(png(12, 9, (0, 0, 0))).decode()
    assert page.evaluate(PASTE, ["#shown canvas", encoded]) is True
    expect(field(page, "shown-info")).to_have_value(  # the upload event, after the value is sent
        "12x9 dark=108 layers=1 background=yes", timeout=BOOT_TIMEOUT_MS
    )


def test_an_output_editor_says_no_image_then_shows_what_the_function_returns(page: Page) -> None:
    result = page.locator("#result")
    result.scroll_into_view_if_needed()
    expect(result.locator(".blocklite-editor-prompt")).to_have_text("No image")
    expect(result.locator("canvas.blocklite-editor-canvas")).to_be_hidden()
    expect(result.locator(".blocklite-editor-toolbar")).to_be_hidden()  # not interactive
    page.locator("#show").click()
    page.wait_for_function(
        """() => { const c = document.querySelector('#result canvas.blocklite-editor-canvas');
            return !c.hidden && c.width === 40 && c.height === 20; }""",
        timeout=BOOT_TIMEOUT_MS,
    )
    expect(result.locator(".blocklite-editor-prompt")).to_be_hidden()
