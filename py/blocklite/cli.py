"""The `blocklite` command: `blocklite serve DIR` serves a folder of static pages for development.

A blocklite app is a static page, so serving it needs only correct MIME types (module scripts and
wasm are refused otherwise) and cache validators (so Chromium can keep compiled wasm). Python's
`http.server` gives the rest. By default it also sends the cross-origin isolation headers, which
give the page `SharedArrayBuffer`, so Stop can interrupt a running Python handler
(docs/reliability.md); `--no-isolate` turns them off.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import sys
from collections.abc import Sequence
from pathlib import Path

MIME_TYPES = {
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".wasm": "application/wasm",
    ".json": "application/json",
    ".map": "application/json",
    ".zip": "application/zip",
    ".whl": "application/zip",
    ".css": "text/css",
    ".html": "text/html",
    ".svg": "image/svg+xml",
}


#: Cross-origin isolation: COOP same-origin plus COEP credentialless (not require-corp, so that
#: cross-origin images without a Cross-Origin-Resource-Policy header still load, without cookies).
ISOLATION_HEADERS = (
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Cross-Origin-Embedder-Policy", "credentialless"),
)


class StaticHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with the MIME types module workers need; quiet unless `verbose`; the
    isolation headers when `isolate` (make_server turns it on unless told not to)."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}
    verbose = False
    isolate = False

    def end_headers(self) -> None:
        if self.isolate:
            # Cross-origin isolation gives the worker SharedArrayBuffer (interrupting Python).
            for name, value in ISOLATION_HEADERS:
                self.send_header(name, value)
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        if self.verbose:
            super().log_message(format, *args)


def make_server(
    directory: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    verbose: bool = False,
    isolate: bool = True,
) -> http.server.ThreadingHTTPServer:
    # A subclass per server: the flags are this server's, not every StaticHandler's.
    configured = type(
        "ConfiguredHandler", (StaticHandler,), {"verbose": verbose, "isolate": isolate}
    )
    handler = functools.partial(configured, directory=str(directory))
    return http.server.ThreadingHTTPServer((host, port), handler)


def serve(args: argparse.Namespace) -> int:
    directory = Path(args.directory).resolve()
    if not directory.is_dir():
        print(f"blocklite serve: {directory} is not a folder", file=sys.stderr)
        return 2
    server = make_server(
        directory, args.host, args.port, verbose=args.verbose, isolate=args.isolate
    )
    host, port = server.server_address[:2]
    path = args.open.strip("/")
    print(f"Serving {directory} at http://{host}:{port}/{path + '/' if path else ''}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="blocklite", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve_parser = commands.add_parser("serve", help="serve a folder of static pages")
    serve_parser.add_argument("directory", nargs="?", default=".")
    serve_parser.add_argument("--host", default="127.0.0.1")
    serve_parser.add_argument("--port", type=int, default=8000)
    serve_parser.add_argument("--open", default="", help="path to print in the URL")
    serve_parser.add_argument("--verbose", action="store_true", help="log every request")
    serve_parser.add_argument(
        "--no-isolate",
        dest="isolate",
        action="store_false",
        help="do not send the COOP/COEP headers (no cross-origin isolation: Stop cannot interrupt"
        " a running handler, it restarts the worker)",
    )
    serve_parser.add_argument(
        "--isolate", dest="isolate", action="store_true", help=argparse.SUPPRESS
    )  # the default now; accepted for old scripts
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    return serve(build_parser().parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
