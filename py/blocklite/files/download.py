"""Fetch a URL's bytes for the cache: what a URL input (an example named by URL) becomes.

Gradio downloads a URL it is given as an input into its cache before the handler sees a path;
an inline app in the browser names its example files by URL (there are no files next to it yet),
so the worker must do the same. A worker may make synchronous requests with a binary answer
(unlike the page), which keeps preprocessing synchronous in both runtimes: urllib on CPython, a
synchronous XMLHttpRequest in Pyodide. The request goes to the real network, not to the app.
"""

from __future__ import annotations

import sys

#: Largest download accepted for an input (the app's max_file_size applies first when set).
DEFAULT_LIMIT = 200 * 1024 * 1024


class DownloadError(ValueError):
    """The URL could not be fetched (the message says why)."""


def fetch_bytes(url: str, limit: int | None = None) -> bytes:
    """The body of `url` (http or https), at most `limit` bytes; DownloadError otherwise."""
    if not url.startswith(("http://", "https://")):
        raise DownloadError(f"Only http(s) URLs can be fetched, not {url[:80]!r}.")
    cap = limit if limit is not None else DEFAULT_LIMIT
    data = _fetch_in_browser(url) if sys.platform == "emscripten" else _fetch_with_urllib(url, cap)
    if len(data) > cap:
        raise DownloadError(f"{url} is larger than {cap} bytes.")
    return data


def _fetch_with_urllib(url: str, cap: int) -> bytes:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=30) as answer:
            return answer.read(cap + 1)
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise DownloadError(f"Could not fetch {url}: {error}") from None


def _fetch_in_browser(url: str) -> bytes:
    try:
        from js import XMLHttpRequest  # type: ignore[import-not-found]
    except ImportError:  # Pyodide outside a browser (Node)
        raise DownloadError(f"Could not fetch {url}: no XMLHttpRequest here.") from None
    request = XMLHttpRequest.new()
    try:
        request.open("GET", url, False)
        request.responseType = "arraybuffer"
        request.send()
    except Exception as error:  # a network error surfaces as a JS exception
        raise DownloadError(f"Could not fetch {url}: {error}") from None
    if not 200 <= request.status < 300:
        raise DownloadError(f"Could not fetch {url}: HTTP {request.status}.")
    return bytes(request.response.to_py())
