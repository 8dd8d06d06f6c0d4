"""Examples with file inputs: the files are copied into the app's own cache when the app is
declared (inside `with gr.Blocks()`), served by its file route with absolute URLs in the config,
accepted back as inputs, and a URL example is downloaded into the cache when it is used."""

from __future__ import annotations

import http.server
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import completed, run_queued

import blocklite as gr
from blocklite.components.base import Component
from blocklite.events import EventListener
from blocklite.files import cache as files_cache
from blocklite.files.file_data import FileData
from blocklite.testing import TestClient


class FileBox(Component):
    """The smallest file component: a path in, a FileData out (the shape every file component
    shares), so these tests need no particular component."""

    change = EventListener("change")

    def preprocess(self, payload: Any) -> str | None:
        if payload is None:
            return None
        return files_cache.current().check_input(FileData.from_wire(payload).path)

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        return None if value is None else files_cache.current().file_data(value)


@pytest.fixture
def example_file(tmp_path: Path) -> Path:
    target = tmp_path / "example.txt"
    target.write_text("an example")
    return target


def build(examples: list[Any], **kwargs: Any) -> tuple[gr.Blocks, Any, FileBox, gr.Textbox]:
    with gr.Blocks() as demo:
        box = FileBox()
        out = gr.Textbox()
        examples_block = gr.Examples(examples, inputs=[box], **kwargs)
        box.change(lambda path: Path(path).read_text(), box, out, api_name="read")
    return demo, examples_block, box, out


def test_example_files_go_into_the_apps_own_cache(client_for, example_file: Path) -> None:
    demo, examples, _, _ = build([[str(example_file)]])
    sample = examples.dataset.samples[0][0]
    assert files_cache.is_in_or_equal(sample["path"], demo.files.folder)
    assert sample["url"].startswith("/gradio_api/file=")
    client = client_for(demo)
    config = client.get("/config").json()
    dataset = next(c for c in config["components"] if c["type"] == "dataset")
    url = dataset["props"]["samples"][0][0]["url"]
    assert url == f"http://testserver/gradio_api/file={sample['path']}"
    assert client.get(url.removeprefix("http://testserver")).body == b"an example"


def test_a_clicked_example_is_a_valid_input(client_for, example_file: Path) -> None:
    demo, examples, _, _ = build([[str(example_file)]])
    client = client_for(demo)
    sample = examples.dataset.samples[0][0]
    read = next(dep for dep in demo.fns if dep.api_name == "read")
    done = completed(run_queued(client, read.id, [sample]))
    assert done["success"] is True and done["output"]["data"] == ["an example"]


def test_a_path_the_page_made_up_is_refused(client_for, example_file: Path) -> None:
    demo, _, _, _ = build([[str(example_file)]])
    read = next(dep for dep in demo.fns if dep.api_name == "read")
    forged = FileData(path=str(example_file)).model_dump()  # the original, outside the cache
    done = completed(run_queued(client_for(demo), read.id, [forged]))
    assert done["success"] is False


def test_cached_examples_keep_their_output_files(client_for, example_file: Path) -> None:
    def upper(path: str) -> str:
        target = Path(path).with_name("upper.txt")
        target.write_text(Path(path).read_text().upper())
        return str(target)

    with gr.Blocks() as demo:
        box = FileBox()
        result = FileBox()
        examples = gr.Examples(
            [[str(example_file)]], [box], [result], fn=upper, cache_examples=True
        )
    cached = examples.cached[0][0]
    assert files_cache.is_in_or_equal(cached["path"], demo.files.folder)
    client = client_for(demo)
    assert client.get(f"/gradio_api/file={cached['path']}").body == b"AN EXAMPLE"


def test_a_rendered_apps_example_files_are_served_by_the_outer_app(
    client_for, example_file: Path
) -> None:
    inner, examples, _, _ = build([[str(example_file)]])
    with gr.Blocks() as outer:
        inner.render()
    path = examples.dataset.samples[0][0]["path"]
    assert client_for(outer).get(f"/gradio_api/file={path}").status == 200


@pytest.fixture
def served_folder(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "remote.txt").write_text("from the network")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.skipif(sys.platform == "emscripten", reason="needs a local HTTP server thread")
def test_a_url_example_is_downloaded_into_the_cache_when_used(client_for, served_folder) -> None:
    url = f"{served_folder}/remote.txt"
    demo, examples, _, _ = build([[url]])
    sample = examples.dataset.samples[0][0]
    assert sample["url"] == url  # shown by URL, as Gradio does
    read = next(dep for dep in demo.fns if dep.api_name == "read")
    done = completed(run_queued(client_for(demo), read.id, [sample]))
    assert done["output"]["data"] == ["from the network"]
    stored = list(demo.files.folder.glob("url-*/remote.txt"))
    assert len(stored) == 1


def test_a_url_that_cannot_be_fetched_fails_that_event_only(client_for) -> None:
    demo, _, _, _ = build([["http://127.0.0.1:9/nothing.txt"]])
    client: TestClient = client_for(demo)
    read = next(dep for dep in demo.fns if dep.api_name == "read")
    bad = FileData(path="http://127.0.0.1:9/nothing.txt").model_dump()
    assert completed(run_queued(client, read.id, [bad]))["success"] is False
    assert client.get("/config").status == 200
