"""File, Files, UploadButton and DownloadButton: what the function receives for an upload, what
the page receives for a returned file, the refusals, and the config real Gradio builds."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import file_cases
import pytest
from helpers import completed, run_queued

import blocklite as gr
from blocklite.files import cache as files_cache
from blocklite.files.file_data import FILE_DATA_TYPE
from blocklite.testing import TestClient


def upload(client: TestClient, *files: tuple[str, bytes]) -> list[dict[str, Any]]:
    """Upload through the route, as the page does; the FileData the page then sends."""
    answer = client.request(
        "POST", "/gradio_api/upload", content=file_cases.form(*files), headers=file_cases.MULTIPART
    )
    assert answer.status == 200, answer.body
    return [
        {"path": path, "orig_name": name, "meta": {"_type": FILE_DATA_TYPE}}
        for path, (name, _) in zip(answer.json(), files)
    ]


def run(client: TestClient, demo: gr.Blocks, api_name: str, data: list[Any]) -> dict[str, Any]:
    dep = next(d for d in demo.fns if d.api_name == api_name)
    return completed(run_queued(client, dep.id, data))


def echo_app(component: gr.components.base.Component, fn: Any) -> tuple[gr.Blocks, gr.Textbox]:
    with gr.Blocks() as demo:
        component.render()
        out = gr.Textbox()
        component.change(fn, component, out, api_name="read")
    return demo, out


# -- what the function receives ------------------------------------------------------------------


def test_an_upload_reaches_the_function_as_a_path_with_a_name(client_for) -> None:
    seen: list[Any] = []

    def read(path: Any) -> str:
        seen.append(path)
        return Path(path).read_text()

    demo, _ = echo_app(gr.File(render=False), read)
    client = client_for(demo)
    [data] = upload(client, ("notes.txt", b"hello file"))
    done = run(client, demo, "read", [data])
    assert done["success"] is True and done["output"]["data"] == ["hello file"]
    assert isinstance(seen[0], str) and seen[0].name == seen[0] == data["path"]


def test_binary_gives_bytes_and_multiple_gives_a_list(client_for) -> None:
    demo, _ = echo_app(gr.File(type="binary", render=False), lambda data: data.decode())
    client = client_for(demo)
    [data] = upload(client, ("a.bin", b"\x00raw"))
    assert run(client, demo, "read", [data])["output"]["data"] == ["\x00raw"]

    many = gr.Files(render=False)
    demo, _ = echo_app(many, lambda paths: " + ".join(Path(p).name for p in paths))
    client = client_for(demo)
    files = upload(client, ("one.txt", b"1"), ("two.txt", b"2"))
    assert run(client, demo, "read", [files])["output"]["data"] == ["one.txt + two.txt"]
    # a many-file component given a single FileData takes it as a list of one (Gradio's rule)
    with files_cache.using(demo.files):
        assert many.preprocess(files[0]) == [files[0]["path"]]


def test_a_single_file_component_given_a_list_takes_the_first(client_for) -> None:
    box = gr.File(render=False)
    demo, _ = echo_app(box, lambda p: p)
    client = client_for(demo)
    files = upload(client, ("one.txt", b"1"), ("two.txt", b"2"))
    with files_cache.using(demo.files):
        assert box.preprocess(files) == files[0]["path"]


def test_a_path_the_app_never_received_is_refused(client_for, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("no")
    demo, _ = echo_app(gr.File(render=False), lambda p: Path(p).read_text())
    client = client_for(demo)
    for path in (str(secret), "/etc/passwd", f"{demo.files.folder}/../../../etc/passwd"):
        done = run(client, demo, "read", [{"path": path, "meta": {"_type": FILE_DATA_TYPE}}])
        assert done["success"] is False
        assert "cannot be accessed" in done["output"]["error"], done


def test_a_wrong_file_type_is_refused_with_gradios_message(client_for) -> None:
    demo, _ = echo_app(gr.File(file_types=[".pdf", "image"], render=False), lambda p: "read")
    client = client_for(demo)
    [text] = upload(client, ("notes.txt", b"not a pdf"))
    done = run(client, demo, "read", [text])
    assert done["success"] is False
    assert done["output"]["error"] == (
        "Invalid file type. Please upload a file that is one of these formats: ['.pdf', 'image']"
    )
    [pdf] = upload(client, ("paper.PDF", b"%PDF-1.4"))
    assert run(client, demo, "read", [pdf])["success"] is True


def test_a_malformed_file_value_is_a_clear_error(client_for) -> None:
    demo, _ = echo_app(gr.File(render=False), lambda p: p)
    client = client_for(demo)
    for bad in ("just a string", {"url": "x"}, {"path": 3}, [{"path": ""}]):
        done = run(client, demo, "read", [bad])
        assert done["success"] is False
        assert "FileData" in done["output"]["error"] or "path" in done["output"]["error"]


# -- what the page receives ----------------------------------------------------------------------


def test_a_returned_path_is_served_from_the_cache(client_for, tmp_path: Path) -> None:
    made = tmp_path / "report.csv"
    made.write_text("a,b\n1,2\n")
    with gr.Blocks() as demo:
        button = gr.Button()
        out = gr.File()
        button.click(lambda: str(made), None, out, api_name="make")
    client = client_for(demo)
    [value] = run(client, demo, "make", [])["output"]["data"]
    assert value["orig_name"] == "report.csv" and value["size"] == made.stat().st_size
    assert value["meta"] == {"_type": FILE_DATA_TYPE}
    assert files_cache.is_in_or_equal(value["path"], demo.files.folder)
    assert value["path"] != str(made)  # a copy: later changes to the original do not leak
    served = client.get(value["url"].removeprefix("http://testserver"))
    assert served.status == 200 and served.body == b"a,b\n1,2\n"


def test_every_return_form_becomes_file_data(tmp_path: Path) -> None:
    made = tmp_path / "x.txt"
    made.write_text("x")
    box = gr.Files(render=False)
    url = "https://example.com/data/file.json"
    sent = box.postprocess([made, str(made), url, gr.FileData(path=str(made), orig_name="y.txt")])
    assert [item["orig_name"] for item in sent] == ["x.txt", "x.txt", "file.json", "y.txt"]
    assert sent[2]["path"] == sent[2]["url"] == url  # a URL is shown as it is
    assert box.postprocess(None) is None
    assert box.postprocess(str(made))[0]["orig_name"] == "x.txt"  # many: always a list
    assert gr.File(render=False).postprocess(str(made))["orig_name"] == "x.txt"
    with pytest.raises(gr.Error, match="must be a path"):
        gr.File(render=False).postprocess(42)


def test_an_upload_handed_back_keeps_its_path(client_for) -> None:
    box = gr.File(render=False)
    demo, _ = echo_app(box, lambda p: p)
    client = client_for(demo)
    [data] = upload(client, ("same.txt", b"s"))
    with files_cache.using(demo.files):
        assert box.postprocess({**data, "url": None})["path"] == data["path"]


@pytest.mark.skipif(sys.platform == "emscripten", reason="/etc is not a real system folder there")
def test_a_returned_file_outside_the_allowed_folders_fails_the_event(client_for) -> None:
    with gr.Blocks() as demo:
        button = gr.Button()
        out = gr.File()
        button.click(lambda: "/etc/hostname", None, out, api_name="leak")
    client = client_for(demo)
    done = run(client, demo, "leak", [])
    assert done["success"] is False


def test_download_button_value_and_upload_button_events(tmp_path: Path) -> None:
    made = tmp_path / "out.zip"
    made.write_bytes(b"PK")
    button = gr.DownloadButton("Get it", value=str(made), render=False)
    assert button.value["orig_name"] == "out.zip"
    assert button.label == "Get it"
    up = gr.UploadButton("Pick", file_count="multiple", render=False)
    assert {"upload", "click", "change"} <= set(dir(up))
    assert up.python_type == "list[filepath]"


def test_file_event_data_carries_the_file() -> None:
    data = {"path": "/x/a.txt", "orig_name": "a.txt", "size": 3, "meta": {"_type": FILE_DATA_TYPE}}
    deleted = gr.DeletedFileData(None, data)
    assert deleted.file.path == "/x/a.txt" and deleted.file.orig_name == "a.txt"
    assert gr.DownloadData(None, {"path": 3}).file.path == ""


def test_bad_constructor_arguments_say_what_is_allowed() -> None:
    with pytest.raises(ValueError, match="file_count must be one of"):
        gr.File(file_count="many", render=False)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="Invalid value for parameter `type`"):
        gr.UploadButton(type="file", render=False)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="file_types must be a list"):
        gr.File(file_types=".pdf", render=False)  # type: ignore[arg-type]


def test_interface_shortcuts() -> None:
    demo = gr.Interface(lambda f: f, "file", "files")
    kinds = {type(c).__name__: c.file_count for c in demo.blocks.values() if isinstance(c, gr.File)}
    assert kinds == {"File": "single", "Files": "multiple"}


# -- the config real Gradio builds ---------------------------------------------------------------

CASES: list[tuple[str, dict[str, Any]]] = [
    ("File", {}),
    ("File", {"file_count": "directory", "file_types": [".csv"], "height": 200}),
    ("Files", {"label": "Docs", "type": "binary", "interactive": True}),
    ("UploadButton", {}),
    ("UploadButton", {"label": "Pick", "file_count": "multiple", "variant": "primary"}),
    ("DownloadButton", {}),
    ("DownloadButton", {"label": "Save", "size": "sm", "visible": False}),
]


@pytest.mark.skipif(sys.platform == "emscripten", reason="runs real Gradio in a subprocess")
def test_config_props_are_gradios() -> None:
    from real_gradio import NOT_IN_CONFIG, gradio_props

    expected = gradio_props(CASES)
    with gr.Blocks():
        ours = [getattr(gr, name)(**kwargs).get_props() for name, kwargs in CASES]
    for (name, kwargs), mine, theirs in zip(CASES, ours, expected):
        mine = {k: v for k, v in mine.items() if k not in NOT_IN_CONFIG}
        assert mine == theirs, (name, kwargs)
