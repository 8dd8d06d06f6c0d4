"""The file cache's rules, one by one: what a handler may return, what the page may send back,
what the file route may serve; and FileData's wire shape."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from blocklite.files import cache as files_cache
from blocklite.files.cache import FileCache, InvalidPathError, parse_file_size
from blocklite.files.file_data import FileData, is_file_data, traverse


@pytest.fixture
def cache() -> Iterator[FileCache]:
    made = FileCache()
    yield made
    made.clear()


@pytest.fixture
def in_tmp(tmp_path: Path) -> Path:
    target = tmp_path / "out.txt"
    target.write_text("made by a handler")
    return target


def test_a_handler_file_is_copied_into_the_cache_once(cache: FileCache, in_tmp: Path) -> None:
    first = cache.store(in_tmp)
    assert files_cache.is_in_or_equal(first, cache.folder)
    assert Path(first).read_text() == "made by a handler" and Path(first).name == "out.txt"
    assert cache.store(in_tmp) == first
    in_tmp.write_text("changed")  # a changed original is a new copy; the old one is untouched
    second = cache.store(in_tmp)
    assert second != first and Path(first).read_text() == "made by a handler"


def test_a_file_handed_out_again_is_not_read_again(
    cache: FileCache, in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[str] = []

    def counting_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        reads.append(str(file))
        return open(file, mode, *args, **kwargs)

    monkeypatch.setattr(files_cache, "open", counting_open, raising=False)
    first = cache.store(in_tmp)
    assert [cache.store(in_tmp) for _ in range(5)] == [first] * 5
    assert reads == [str(in_tmp.resolve())]  # hashed once (a streamed chat yields it each time)
    os.remove(first)  # the copy went (delete_cache): made again
    assert Path(cache.store(in_tmp)).read_text() == "made by a handler"


def test_a_file_outside_cwd_and_tmp_needs_allowed_paths(cache: FileCache, monkeypatch) -> None:
    monkeypatch.setattr(tempfile, "gettempdir", lambda: "/nonexistent-tmp")
    monkeypatch.setattr(files_cache, "upload_root", lambda: Path("/nonexistent-tmp/gradio"))
    outside = Path("/etc/hostname")
    if not outside.exists():
        pytest.skip("needs a readable file outside the working and temp directories")
    with pytest.raises(InvalidPathError, match="allowed_paths"):
        cache.store(outside)


def test_blocked_paths_win_over_everything(cache: FileCache, in_tmp: Path) -> None:
    cache.configure(allowed=[in_tmp.parent], blocked=[in_tmp])
    with pytest.raises(InvalidPathError, match="blocked"):
        cache.store(in_tmp)
    with pytest.raises(InvalidPathError):
        cache.servable(str(in_tmp))


def test_inputs_must_be_uploads(cache: FileCache, in_tmp: Path) -> None:
    with pytest.raises(InvalidPathError, match="not in the upload folder"):
        cache.check_input(str(in_tmp))
    with pytest.raises(InvalidPathError):
        cache.check_input("/etc/passwd")
    upload = cache.new_upload("photo.png")
    upload.write_bytes(b"x")
    assert cache.check_input(str(upload)) == str(upload.resolve())
    sneaky = f"{upload.parent}/../../../../etc/passwd"
    with pytest.raises(InvalidPathError):
        cache.check_input(sneaky)


def test_a_symlink_out_of_the_cache_is_not_served(cache: FileCache, in_tmp: Path) -> None:
    link = cache.new_upload("link.txt")
    os.symlink(in_tmp, link)
    with pytest.raises(InvalidPathError):
        cache.servable(str(link))


def test_file_data_for_a_path_and_for_a_url(cache: FileCache, in_tmp: Path) -> None:
    cache.root_url = "http://host/app"
    data = cache.file_data(in_tmp)
    assert data["url"] == f"http://host/app/gradio_api/file={data['path']}"
    assert data["size"] == len("made by a handler") and data["orig_name"] == "out.txt"
    assert data["mime_type"] == "text/plain" and data["meta"] == {"_type": "gradio.FileData"}
    remote = cache.file_data("https://example.com/a/cat.png?x=1")
    assert remote["url"] == remote["path"] == "https://example.com/a/cat.png?x=1"
    assert remote["orig_name"] == "cat.png"


def test_sweep_deletes_old_files_only(cache: FileCache, in_tmp: Path) -> None:
    old = Path(cache.store(in_tmp))
    fresh = Path(cache.store_bytes(b"new", "new.bin"))
    past = time.time() - 3600
    os.utime(old, (past, past))
    assert cache.sweep(max_age=60) == 1
    assert not old.exists() and fresh.exists() and not old.parent.exists()


@pytest.mark.parametrize(
    ("given", "expected"),
    [(None, None), (10, 10), ("5mb", 5 * 1024**2), ("1 GB", 1024**3), ("200kb", 204800)],
)
def test_parse_file_size(given, expected) -> None:
    assert parse_file_size(given) == expected


@pytest.mark.parametrize("given", ["5 parsecs", "mb", "-1kb"])
def test_parse_file_size_refuses_nonsense(given) -> None:
    with pytest.raises(ValueError, match="Invalid file size"):
        parse_file_size(given)


def test_file_data_round_trips_the_wire_shape() -> None:
    wire = FileData(path="/tmp/x.png", size=3, orig_name="x.png").model_dump()
    assert is_file_data(wire)
    assert FileData.from_wire(wire).model_dump() == wire
    for bad in [None, "x", {"path": ""}, {"path": "/x", "size": "3"}, {"path": "/x", "url": 1}]:
        with pytest.raises(ValueError):
            FileData.from_wire(bad)


def test_traverse_finds_file_data_anywhere() -> None:
    inner = FileData(path="/a").model_dump()
    value = {"files": [inner, {"text": "no"}], "one": inner}
    seen = traverse(value, lambda d: d["path"])
    assert seen == {"files": ["/a", {"text": "no"}], "one": "/a"}
