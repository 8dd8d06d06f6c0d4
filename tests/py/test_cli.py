"""`blocklite serve`: cross-origin isolation headers by default, none with --no-isolate."""

from __future__ import annotations

import sys
import threading
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from blocklite import cli

pytestmark = pytest.mark.skipif(sys.platform == "emscripten", reason="no sockets in Pyodide")


@contextmanager
def serving(directory: Path, *, isolate: bool) -> Iterator[str]:
    server = cli.make_server(directory, "127.0.0.1", 0, isolate=isolate)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()


def headers_of(url: str) -> dict[str, str]:
    with urllib.request.urlopen(url) as response:
        return {k.lower(): v for k, v in response.headers.items()}


def test_serve_isolates_by_default_and_not_with_no_isolate(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<!doctype html>")
    (tmp_path / "worker.js").write_text("")
    assert cli.build_parser().parse_args(["serve"]).isolate is True
    assert cli.build_parser().parse_args(["serve", "--no-isolate"]).isolate is False
    with serving(tmp_path, isolate=True) as url:
        for path in ("/index.html", "/worker.js"):
            headers = headers_of(url + path)
            assert headers["cross-origin-opener-policy"] == "same-origin"
            assert headers["cross-origin-embedder-policy"] == "credentialless"
        assert headers_of(url + "/worker.js")["content-type"] == "text/javascript"
    with serving(tmp_path, isolate=False) as url:
        headers = headers_of(url + "/index.html")
        assert "cross-origin-opener-policy" not in headers
        assert "cross-origin-embedder-policy" not in headers


def test_two_servers_do_not_share_their_flags(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<!doctype html>")
    with serving(tmp_path, isolate=True) as isolated, serving(tmp_path, isolate=False) as plain:
        assert "cross-origin-opener-policy" in headers_of(isolated + "/index.html")
        assert "cross-origin-opener-policy" not in headers_of(plain + "/index.html")
    assert cli.StaticHandler.isolate is False
