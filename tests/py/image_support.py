"""Fixtures and helpers the gr.Image tests share (tests/py/components/test_image*.py).

Why it exists: both test modules need a fresh app cache, uploads as the page makes them, and
"this package is missing" simulated the way tests/py/test_optional.py does it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from blocklite import optional as opt
from blocklite.files import cache as files_cache


@pytest.fixture
def fresh_optional():
    opt.forget()
    yield
    opt.forget()


@pytest.fixture
def demo_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A fresh app cache made current for the test."""
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "gradio"))
    store = files_cache.FileCache("image-test")
    with files_cache.using(store):
        yield store
    store.clear()


def upload(store: files_cache.FileCache, data: bytes, name: str = "photo.png") -> dict[str, Any]:
    """A file as if the page had uploaded it: in the cache, and its FileData."""
    target = store.new_upload(name)
    target.write_bytes(data)
    return {"path": str(target), "orig_name": name, "meta": {"_type": "gradio.FileData"}}


def without(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    for name in names:
        monkeypatch.setitem(sys.modules, name, None)
    opt.forget()


def needs(*names: str) -> None:
    for name in names:
        pytest.importorskip(name)
