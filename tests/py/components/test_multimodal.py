"""gr.MultimodalTextbox: Gradio's value shapes both ways, the input rules (only the app's own files,
only `file_types`), events, and the config props real Gradio 6.31 writes for the same arguments."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import completed, run_queued

import blocklite as gr
from blocklite.files import cache as files_cache
from blocklite.files.file_data import FileData


def uploaded(demo: gr.Blocks, name: str, data: bytes = b"data") -> dict[str, Any]:
    """A file as an upload leaves it: in the app's cache, named by a FileData."""
    with files_cache.using(demo.files):
        target = demo.files.new_upload(name)
    target.write_bytes(data)
    return FileData(path=str(target), orig_name=name, size=len(data)).model_dump()


def build(**kwargs: Any) -> tuple[gr.Blocks, gr.MultimodalTextbox]:
    with gr.Blocks() as demo:
        box = gr.MultimodalTextbox(**kwargs)
    return demo, box


# -- preprocess ------------------------------------------------------------------------------------


def test_preprocess_gives_text_and_the_paths_of_uploads() -> None:
    demo, box = build()
    first, second = uploaded(demo, "a.png"), uploaded(demo, "notes.txt")
    with files_cache.using(demo.files):
        value = box.preprocess({"text": "look", "files": [first, second]})
    assert value == {"text": "look", "files": [first["path"], second["path"]]}
    with files_cache.using(demo.files):
        assert box.preprocess({"text": "only text", "files": []}) == {
            "text": "only text",
            "files": [],
        }
        assert box.preprocess({"text": "no files key"}) == {"text": "no files key", "files": []}
        assert box.preprocess(None) is None


def test_a_file_of_the_wrong_type_is_a_gradio_error() -> None:
    demo, box = build(file_types=["image"])
    pdf = {**uploaded(demo, "paper.pdf"), "mime_type": "application/pdf"}
    with files_cache.using(demo.files), pytest.raises(gr.Error) as caught:
        box.preprocess({"text": "", "files": [pdf]})
    assert caught.value.message == (
        "Invalid file type: application/pdf. Please upload a file that is one of these formats: "
        "['image']"
    )
    png = uploaded(demo, "a.png")
    with files_cache.using(demo.files):
        assert box.preprocess({"text": "", "files": [png]})["files"] == [png["path"]]


def test_an_extension_in_file_types_accepts_that_extension_only() -> None:
    demo, box = build(file_types=[".csv"])
    with files_cache.using(demo.files):
        good = uploaded(demo, "table.CSV")
        assert box.preprocess({"text": "", "files": [good]})["files"] == [good["path"]]
        with pytest.raises(gr.Error, match="Invalid file type"):
            box.preprocess({"text": "", "files": [uploaded(demo, "table.tsv")]})


def test_a_path_outside_the_apps_cache_is_refused(tmp_path: Path) -> None:
    demo, box = build()
    outside = tmp_path / "secret.txt"
    outside.write_text("not uploaded")
    forged = FileData(path=str(outside)).model_dump()
    with files_cache.using(demo.files), pytest.raises(files_cache.InvalidPathError) as caught:
        box.preprocess({"text": "", "files": [forged]})
    assert "is not in the upload folder and cannot be accessed" in str(caught.value)
    other, _ = build()  # another app's upload is not this app's either
    with files_cache.using(demo.files), pytest.raises(files_cache.InvalidPathError):
        box.preprocess({"text": "", "files": [uploaded(other, "x.txt")]})


@pytest.mark.parametrize(
    "payload",
    ["just text", {"text": 3, "files": []}, {"text": "", "files": "a.png"}, {"files": [{}]}],
)
def test_malformed_payloads_are_errors(payload: Any) -> None:
    demo, box = build()
    with files_cache.using(demo.files), pytest.raises(gr.Error):
        box.preprocess(payload)


def test_through_the_queue_a_forged_path_fails_the_event_and_the_app_goes_on(
    client_for, tmp_path: Path
) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("not uploaded")
    with gr.Blocks() as demo:
        box = gr.MultimodalTextbox()
        out = gr.Textbox()
        box.submit(lambda m: f"{m['text']}:{len(m['files'])}", box, out, api_name="count")
    client = client_for(demo)
    dep = next(d for d in demo.fns if d.api_name == "count")
    forged = {"text": "x", "files": [FileData(path=str(outside)).model_dump()]}
    assert completed(run_queued(client, dep.id, [forged]))["success"] is False
    good = {"text": "x", "files": [uploaded(demo, "a.txt")]}
    done = completed(run_queued(client, dep.id, [good]))
    assert done["success"] is True and done["output"]["data"] == ["x:1"]


# -- postprocess -----------------------------------------------------------------------------------


def test_postprocess_of_none_and_strings() -> None:
    _, box = build()
    assert box.postprocess(None) == {"text": "", "files": []}
    assert box.postprocess("hello") == {"text": "hello", "files": []}
    assert box.postprocess({}) == {"text": "", "files": []}
    assert box.postprocess({"text": "t", "files": "not a list"}) == {"text": "t", "files": []}


def test_postprocess_serves_a_handlers_file_from_the_apps_cache(tmp_path: Path) -> None:
    made = tmp_path / "picture.png"
    made.write_bytes(b"\x89PNG....")
    demo, box = build()
    with files_cache.using(demo.files):
        value = box.postprocess({"text": "here", "files": [str(made)]})
    assert value["text"] == "here"
    (served,) = value["files"]
    assert files_cache.is_in_or_equal(served["path"], demo.files.folder)
    assert Path(served["path"]).read_bytes() == made.read_bytes()
    assert served["url"].endswith(f"/gradio_api/file={served['path']}")
    assert served["orig_name"] == "picture.png" and served["mime_type"] == "image/png"
    assert served["size"] == made.stat().st_size
    assert served["meta"] == {"_type": "gradio.FileData"}


def test_postprocess_keeps_an_upload_echoed_back_and_urls() -> None:
    demo, box = build()
    upload = uploaded(demo, "a.txt")
    url = "https://example.com/cat.png"
    with files_cache.using(demo.files):
        value = box.postprocess({"text": "", "files": [upload, url, {"path": url}]})
    echoed, by_url, dict_url = value["files"]
    assert echoed["path"] == upload["path"] and echoed["orig_name"] == "a.txt"
    assert echoed["url"].endswith(f"/gradio_api/file={upload['path']}")
    assert by_url["url"] == url and by_url["orig_name"] == "cat.png"
    assert dict_url["url"] == url and dict_url["path"] == url


def test_postprocess_refuses_what_the_app_may_not_hand_out(tmp_path: Path) -> None:
    _, box = build()
    with pytest.raises(TypeError, match="Expected 'text' to be a string"):
        box.postprocess({"text": 5})
    with pytest.raises(ValueError, match="expects a string or a dictionary"):
        box.postprocess(42)
    blocked = tmp_path / "blocked.txt"
    blocked.write_text("x")
    with gr.Blocks() as demo:
        box = gr.MultimodalTextbox()
    demo.files.configure(None, [str(tmp_path)])
    with files_cache.using(demo.files), pytest.raises(files_cache.InvalidPathError):
        box.postprocess({"text": "", "files": [str(blocked)]})


def test_an_initial_value_with_a_file_is_served_by_the_apps_file_route(
    client_for, tmp_path: Path
) -> None:
    made = tmp_path / "start.txt"
    made.write_text("initial")
    demo, box = build(value={"text": "hi", "files": [str(made)]})
    client = client_for(demo)
    config = client.get("/config").json()
    props = next(c["props"] for c in config["components"] if c["id"] == box.id)
    assert props["value"]["text"] == "hi"
    url = props["value"]["files"][0]["url"]
    assert client.get(url.removeprefix("http://testserver")).body == b"initial"


# -- constructor and events ------------------------------------------------------------------------


def test_constructor_rules() -> None:
    with pytest.raises(ValueError, match="`sources` must be a list"):
        gr.MultimodalTextbox(sources=["camera"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="file_types must be a list"):
        gr.MultimodalTextbox(file_types="image")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="file_count must be one of"):
        gr.MultimodalTextbox(file_count="many")  # type: ignore[arg-type]
    assert gr.MultimodalTextbox(sources="microphone", render=False).sources == ["microphone"]
    assert gr.MultimodalTextbox(lines=30, render=False).max_lines == 30


def test_events_are_gradios() -> None:
    with gr.Blocks() as demo:
        box = gr.MultimodalTextbox()
        for event in ("change", "input", "select", "submit", "focus", "blur", "stop"):
            getattr(box, event)(lambda m: m, box, box)
    assert [dep.targets[0][1] for dep in demo.fns] == [
        "change", "input", "select", "submit", "focus", "blur", "stop",
    ]  # fmt: skip
    assert (
        gr.Interface(lambda m: m["text"], "multimodaltextbox", "text")
        .input_components[0]
        .block_type
        == "multimodaltextbox"
    )


# -- the config, compared with real Gradio ---------------------------------------------------------

#: Constructor cases (JSON, so the same keywords go to both libraries).
CASES: dict[str, dict[str, Any]] = {
    "default": {},
    "text value": {"value": "hello"},
    "dict value": {"value": {"text": "x"}},
    "everything": {
        "file_types": ["image", ".pdf"],
        "file_count": "multiple",
        "sources": ["upload", "microphone"],
        "lines": 3,
        "max_lines": 5,
        "placeholder": "hi",
        "submit_btn": "Go",
        "stop_btn": True,
        "label": "L",
        "info": "i",
        "rtl": True,
        "text_align": "right",
        "autofocus": True,
        "autoscroll": False,
        "max_plain_text_length": 10,
        "interactive": True,
        "scale": 2,
        "min_width": 90,
    },
    "max_lines below lines": {"lines": 8, "max_lines": 2, "sources": "upload"},
    "no buttons": {"submit_btn": False, "stop_btn": "Halt", "file_count": "directory"},
    "html attributes": {"html_attributes": {"autocorrect": "off", "spellcheck": False}},
    "hidden": {"visible": False, "elem_id": "mm", "container": False},
}

#: Props every blocklite component leaves to the page's defaults (not this component's concern).
SHARED_DEFAULTS = {"show_label", "elem_classes", "_selectable"}

GRADIO_SIDE = """
import json, sys
import gradio as gr
cases = json.loads(sys.argv[1])
out = {"version": gr.__version__}
for name, kwargs in cases.items():
    if "html_attributes" in kwargs:
        kwargs["html_attributes"] = gr.InputHTMLAttributes(**kwargs["html_attributes"])
    with gr.Blocks() as demo:
        box = gr.MultimodalTextbox(**kwargs)
    config = demo.get_config_file()
    out[name] = next(c for c in config["components"] if c["id"] == box._id)["props"]
with gr.Blocks() as demo:
    box = gr.MultimodalTextbox()
    box.submit(lambda m: m["text"], box, gr.Textbox(), api_name="go")
parameter = demo.get_api_info()["named_endpoints"]["/go"]["parameters"][0]
out["__api__"] = {k: parameter[k] for k in ("component", "example_input", "parameter_default")}
out["__api__"]["python_type"] = parameter["python_type"]["type"]
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def gradio_props() -> dict[str, Any]:
    if sys.platform == "emscripten":
        pytest.skip("runs real Gradio in a subprocess, which Pyodide cannot")
    from real_gradio import gradio_python

    python = gradio_python()
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONWARNINGS": "ignore"}
    done = subprocess.run(
        [str(python), "-c", GRADIO_SIDE, json.dumps(CASES)],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result.pop("version") == "6.31.0"
    return result


def test_the_api_page_describes_it_as_gradio(client_for, gradio_props: dict[str, Any]) -> None:
    with gr.Blocks() as demo:
        box = gr.MultimodalTextbox()
        box.submit(lambda m: m["text"], box, gr.Textbox(), api_name="go")
    info = client_for(demo).get("/gradio_api/info").json()
    parameter = info["named_endpoints"]["/go"]["parameters"][0]
    ours = {k: parameter[k] for k in ("component", "example_input", "parameter_default")}
    ours["python_type"] = parameter["python_type"]["type"]
    assert ours == gradio_props["__api__"]


@pytest.mark.parametrize("case", sorted(CASES))
def test_config_props_are_gradios(gradio_props: dict[str, Any], case: str) -> None:
    _, box = build(**CASES[case])
    ours = box.get_config()["props"]
    theirs = {k: v for k, v in gradio_props[case].items() if k not in SHARED_DEFAULTS}
    assert ours == theirs
