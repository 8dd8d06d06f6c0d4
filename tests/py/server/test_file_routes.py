"""The upload and file routes through the in-process client: what Gradio's clients and the page
send, what comes back, and every path the file route must refuse."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import blocklite as gr
from blocklite.files import cache as files_cache
from blocklite.launch import parse_launch_options
from blocklite.testing import TestClient

UPLOAD = "/gradio_api/upload"
BOUNDARY = "blocklite-test-boundary"


def form(*files: tuple[str, bytes], field: str = "files", extra: bool = False) -> bytes:
    """A multipart body as a browser's FormData makes it."""
    parts = []
    if extra:
        parts.append(
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n'.encode()
        )
    for name, data in files:
        head = (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{field}"; '
            f'filename="{name}"\r\nContent-Type: application/octet-stream\r\n\r\n'
        )
        parts.append(head.encode() + data + b"\r\n")
    return b"".join(parts) + f"--{BOUNDARY}--\r\n".encode()


def upload(
    client: TestClient,
    body: bytes,
    query: str = "",
    chunk_size: int | None = None,
    headers: dict[str, str] | None = None,
):
    return client.request(
        "POST",
        UPLOAD + query,
        content=body,
        headers={"content-type": f"multipart/form-data; boundary={BOUNDARY}", **(headers or {})},
        chunk_size=chunk_size,
    )


@pytest.fixture
def demo() -> gr.Blocks:
    with gr.Blocks() as demo:
        gr.Textbox()
    return demo


def launched(demo: gr.Blocks, **options: Any) -> gr.Blocks:
    demo.launch_options = parse_launch_options((), options)
    return demo


@pytest.mark.parametrize("chunk_size", [None, 1, 7, 4096])
def test_upload_stores_each_file_and_answers_their_paths(
    client_for, demo: gr.Blocks, chunk_size
) -> None:
    client = client_for(demo)
    payload = bytes(range(256)) * 40 + b"\r\n--not-the-boundary\r\n"
    answer = upload(client, form(("a.bin", payload), ("b.txt", b"second")), chunk_size=chunk_size)
    assert answer.status == 200, answer.text
    paths = answer.json()
    assert [Path(p).name for p in paths] == ["a.bin", "b.txt"]
    assert Path(paths[0]).read_bytes() == payload
    assert Path(paths[1]).read_bytes() == b"second"
    folder = demo.app.files.folder
    assert all(files_cache.is_in_or_equal(p, folder) for p in paths)


def test_other_fields_are_read_past(client_for, demo: gr.Blocks) -> None:
    answer = upload(client_for(demo), form(("x.txt", b"x"), extra=True))
    assert answer.status == 200 and len(answer.json()) == 1


def test_an_uploaded_file_name_cannot_leave_its_folder(client_for, demo: gr.Blocks) -> None:
    answer = upload(client_for(demo), form(("../../etc/.passwd", b"x")))
    path = Path(answer.json()[0])
    assert path.name == "passwd" and files_cache.is_in_or_equal(path, demo.app.files.folder)


def test_max_file_size_is_a_413_with_gradios_message_and_leaves_nothing(
    client_for, demo: gr.Blocks
) -> None:
    launched(demo, max_file_size="1kb")
    client = client_for(demo)
    answer = upload(client, form(("ok.txt", b"fine"), ("big.bin", b"x" * 2000)), chunk_size=256)
    assert answer.status == 413
    assert answer.text == "File size exceeded maximum allowed size of 1024 bytes."
    assert answer.headers["content-type"].startswith("text/plain")
    folder = demo.app.files.folder
    assert not folder.exists() or not any(p.is_file() for p in folder.rglob("*"))
    assert upload(client, form(("ok.txt", b"fine"))).status == 200  # the app goes on


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/json", b"{}"),
        ("multipart/form-data", b"--x--"),
        (f"multipart/form-data; boundary={BOUNDARY}", b"no boundary here"),
        (f"multipart/form-data; boundary={BOUNDARY}", f"--{BOUNDARY}\r\nbroken".encode()),
        (
            f"multipart/form-data; boundary={BOUNDARY}",
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="files"\r\n\r\nx\r\n'
            f"--{BOUNDARY}--\r\n".encode(),
        ),
    ],
)
def test_a_malformed_upload_is_a_400_with_a_reason(
    client_for, demo: gr.Blocks, content_type, body
) -> None:
    client = client_for(demo)
    answer = client.request("POST", UPLOAD, content=body, headers={"content-type": content_type})
    assert answer.status == 400
    assert answer.text


def test_upload_progress_reports_updates_then_done(client_for, demo: gr.Blocks) -> None:
    client = client_for(demo)
    stream = client.open_stream("/gradio_api/upload_progress?upload_id=u1")
    answer = upload(client, form(("p.bin", b"y" * 5000)), "?upload_id=u1", chunk_size=1000)
    assert answer.status == 200
    messages = stream.read_until(lambda m: bool(m) and m[-1]["msg"] == "done")
    updates = [m for m in messages if m["msg"] == "update"]
    assert updates and all(m["orig_name"] == "p.bin" for m in updates)
    assert sum(m["chunk_size"] for m in updates) == 5000


def test_upload_progress_of_an_unknown_upload_is_a_404(
    client_for, demo: gr.Blocks, monkeypatch
) -> None:
    from blocklite.server import upload as upload_module

    monkeypatch.setattr(upload_module, "TRACK_WAIT", 0.01)
    answer = client_for(demo).get("/gradio_api/upload_progress?upload_id=nope")
    assert answer.status == 404


# -- the file route -----------------------------------------------------------------------------


def file_url(path: str | Path) -> str:
    return f"/gradio_api/file={path}"


def test_an_uploaded_file_is_served_with_its_type_inline(client_for, demo: gr.Blocks) -> None:
    client = client_for(demo)
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 100
    path = upload(client, form(("pic.png", png))).json()[0]
    answer = client.get(file_url(path))
    assert answer.status == 200 and answer.body == png
    assert answer.headers["content-type"] == "image/png"
    assert answer.headers["content-disposition"] == 'inline; filename="pic.png"'
    assert answer.headers["accept-ranges"] == "bytes"


def test_html_from_an_upload_is_an_attachment_never_a_page(client_for, demo: gr.Blocks) -> None:
    client = client_for(demo)
    path = upload(client, form(("x.html", b"<script>alert(1)</script>"))).json()[0]
    answer = client.get(file_url(path))
    assert answer.headers["content-type"] == "application/octet-stream"
    assert answer.headers["content-disposition"].startswith("attachment;")


def test_range_requests_get_206_and_the_bytes_asked_for(client_for, demo: gr.Blocks) -> None:
    client = client_for(demo)
    data = bytes(range(200))
    path = upload(client, form(("clip.wav", data))).json()[0]
    for header, expected, content_range in [
        ("bytes=10-19", data[10:20], "bytes 10-19/200"),
        ("bytes=190-", data[190:], "bytes 190-199/200"),
        ("bytes=-5", data[-5:], "bytes 195-199/200"),
        ("bytes=150-9999", data[150:], "bytes 150-199/200"),
    ]:
        answer = client.get(file_url(path), headers={"range": header})
        assert answer.status == 206, header
        assert answer.body == expected and answer.headers["content-range"] == content_range
    assert client.get(file_url(path), headers={"range": "bytes=500-"}).status == 416
    whole = client.get(file_url(path), headers={"range": "bytes=0-1,5-6"})
    assert whole.status == 200 and whole.body == data


def test_head_answers_the_headers_only(client_for, demo: gr.Blocks) -> None:
    client = client_for(demo)
    path = upload(client, form(("a.txt", b"abc"))).json()[0]
    answer = client.request("HEAD", file_url(path))
    assert answer.status == 200 and answer.body == b"" and answer.headers["content-length"] == "3"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    target = tmp_path / "secret.txt"
    target.write_text("secret")
    return target


def test_nothing_outside_the_allowed_places_is_served(
    client_for, demo: gr.Blocks, outside: Path
) -> None:
    client = client_for(demo)
    uploaded = upload(client, form(("a.txt", b"abc"))).json()[0]
    folder = Path(uploaded).parent
    for path in [
        str(outside),
        "/etc/passwd",
        f"{folder}/../../../../etc/passwd",
        f"{folder}/%2e%2e/%2e%2e/etc/passwd",
        "https://example.com/x.png",
        "relative/nothing.txt",
        str(folder),
    ]:
        answer = client.get(file_url(path))
        assert answer.status == 403, path
        assert answer.json()["detail"].startswith("File not allowed")


def test_a_dotfile_is_never_served_even_in_the_cache(client_for, demo: gr.Blocks) -> None:
    client = client_for(demo)
    uploaded = Path(upload(client, form(("a.txt", b"abc"))).json()[0])
    hidden = uploaded.parent / ".env"
    hidden.write_text("KEY=1")
    assert client.get(file_url(hidden)).status == 403


def test_allowed_paths_are_served_and_blocked_paths_win(
    client_for, demo: gr.Blocks, outside: Path
) -> None:
    launched(demo, allowed_paths=[str(outside.parent)])
    client = client_for(demo)
    answer = client.get(file_url(outside))
    assert answer.status == 200 and answer.body == b"secret"
    launched(demo, allowed_paths=[str(outside.parent)], blocked_paths=[str(outside)])
    assert client_for(demo).get(file_url(outside)).status == 403


def test_static_paths_are_served_in_place(client_for, demo: gr.Blocks, outside: Path) -> None:
    files_cache.set_static_paths([outside.parent])
    try:
        assert client_for(demo).get(file_url(outside)).body == b"secret"
    finally:
        files_cache.set_static_paths([])


def test_one_apps_files_are_not_anothers(client_for, demo: gr.Blocks) -> None:
    with gr.Blocks() as other:
        gr.Textbox()
    path = upload(client_for(demo), form(("a.txt", b"abc"))).json()[0]
    assert client_for(other).get(file_url(path)).status == 403


def test_non_ascii_names_get_an_rfc_6266_disposition(client_for, demo: gr.Blocks) -> None:
    client = client_for(demo)
    path = upload(client, form(("résumé.txt", b"x"))).json()[0]
    disposition = client.get(file_url(path)).headers["content-disposition"]
    assert disposition == "inline; filename*=utf-8''r%C3%A9sum%C3%A9.txt"


def test_config_reports_max_file_size_in_bytes(client_for, demo: gr.Blocks) -> None:
    launched(demo, max_file_size="2mb")
    config = client_for(demo).get("/config").json()
    assert config["max_file_size"] == 2 * 1024 * 1024
    assert json.loads(json.dumps(config))  # still plain JSON


def test_the_working_directory_dotfiles_are_not_outputs(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".secret").write_text("x")
    (tmp_path / "ok.txt").write_text("x")
    cache = files_cache.FileCache("test-dotfiles")
    with pytest.raises(files_cache.InvalidPathError, match="dotfiles"):
        cache.store(".secret")
    stored = cache.store("ok.txt")
    assert files_cache.is_in_or_equal(stored, cache.folder) and os.path.exists(stored)
    cache.clear()


def test_delete_cache_sweeps_old_files_while_the_app_runs(client_for) -> None:
    with gr.Blocks(delete_cache=(0, 0)) as demo:
        gr.Textbox()
    client = client_for(demo)
    path = Path(upload(client, form(("old.txt", b"x"))).json()[0])
    past = path.stat().st_mtime - 10
    os.utime(path, (past, past))

    async def wait_for_sweep() -> None:
        import asyncio

        for _ in range(200):
            if not path.exists():
                return
            await asyncio.sleep(0.01)

    client.run(wait_for_sweep())
    assert not path.exists()
    demo.app.shutdown()
    assert not demo.app.files.folder.exists()


def test_a_large_upload_is_reserved_then_cut_to_its_real_size(client_for) -> None:
    with gr.Blocks() as demo:
        gr.Textbox()
    first = bytes(range(256)) * 8192  # 2 MB: its file is sized for the whole body up front
    body = form(("one.bin", first), ("two.bin", b"tail"))
    answer = upload(
        client_for(demo), body, chunk_size=300_000, headers={"content-length": str(len(body))}
    )
    one, two = (Path(p) for p in answer.json())
    assert one.read_bytes() == first and two.read_bytes() == b"tail"
