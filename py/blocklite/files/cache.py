"""An app's file cache, and the rules for which paths it may hand out, accept and serve.

Why it exists: the file route and every file-holding component must agree on one question, "may
this path leave (or enter) the app?", and Gradio's answer has three parts that are easy to get
subtly wrong:
- a handler's output may come from the working directory, the temp directory, `allowed_paths` or
  the cache (never `blocked_paths`, never a dotfile of the working directory); it is *copied* into
  the app's cache folder, so later changes to the original do not leak;
- an input the page sends may only name a file that was uploaded to (or created in) the cache, or
  a static path (`gr.set_static_paths`): a client cannot make a handler read `/etc/passwd`;
- the file route serves only the cache, `allowed_paths` and static paths; `blocked_paths` wins;
  never `..` tricks (paths are resolved first), never a dotfile.

One FileCache per served app, in its own folder (`<GRADIO_TEMP_DIR or tmp/gradio>/app-<key>`), so
two apps in one process (CPython tests, `blocklite serve`) never see each other's files.
Components find the cache of the app they run in through `current()`, which the server sets for
each request.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from .file_data import FileData

FILE_ROUTE = "/gradio_api/file="

Reason = Literal["allowed", "created", "static"]


class InvalidPathError(ValueError):
    """A path the app may not read, return or serve (Gradio's `InvalidPathError`)."""


def upload_root() -> Path:
    """Where every app's cache folder lives: Gradio's `GRADIO_TEMP_DIR`, else `<tmp>/gradio`."""
    return Path(os.environ.get("GRADIO_TEMP_DIR") or Path(tempfile.gettempdir()) / "gradio")


_static_paths: list[Path] = []


def set_static_paths(paths: str | Path | Iterable[str | Path]) -> None:
    """`gr.set_static_paths`: files (or folders) served in place, never copied to the cache.

    Like Gradio's, it replaces the previous list and holds for every app in this interpreter.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    _static_paths[:] = [_resolve(path) for path in paths]


def static_paths() -> list[Path]:
    return list(_static_paths)


def parse_file_size(size: str | int | None) -> int | None:
    """`max_file_size` as bytes: an int, None, or Gradio's strings ("5mb", "1 GB", "200kb")."""
    if size is None or (isinstance(size, int) and not isinstance(size, bool)):
        return size
    if not isinstance(size, str):
        raise TypeError(f"max_file_size must be an int or a string like '5mb', not {size!r}")
    text = size.replace(" ", "").lower()
    digits = len(text) - len(text.lstrip("0123456789"))
    units = {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3, "tb": 1024**4}
    if digits == 0 or text[digits:] not in units:
        raise ValueError(f"Invalid file size {size!r}: use a number of bytes or e.g. '5mb'.")
    return int(text[:digits]) * units[text[digits:]]


def _resolve(path: str | Path) -> Path:
    return Path(os.path.realpath(os.path.abspath(os.fspath(path))))


def is_in_or_equal(path: str | Path, folder: str | Path) -> bool:
    """True if `path` is `folder` or inside it, after both are resolved (`..`, symlinks)."""
    try:
        _resolve(path).relative_to(_resolve(folder))
        return True
    except ValueError:
        return False


def _has_dot_part(path: Path, below: Path) -> bool:
    """A hidden file or folder (a name starting with ".") on the way from `below` to `path`."""
    try:
        parts = path.relative_to(below).parts
    except ValueError:
        parts = path.parts
    return any(part.startswith(".") for part in parts)


def _safe_name(name: str) -> str:
    """A file name that cannot leave its folder or hide (what an upload's name becomes)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(ch for ch in base if ch.isprintable() and ch not in '<>:"|?*').strip()
    cleaned = cleaned.lstrip(".") or "file"
    return cleaned[:200]


def mime_type_of(path: str | Path) -> str | None:
    return mimetypes.guess_type(os.fspath(path))[0]


class FileCache:
    """One app's folder of files, and its rules (module docstring)."""

    def __init__(self, key: str | None = None) -> None:
        self.folder = _resolve(upload_root() / f"app-{key or uuid.uuid4().hex[:16]}")
        #: `launch(allowed_paths=..., blocked_paths=...)`, set by the server from the app's options.
        self.allowed_paths: list[Path] = []
        self.blocked_paths: list[Path] = []
        #: The app's absolute root URL ("" outside a request): the prefix of every file URL.
        self.root_url = ""
        #: Caches of apps rendered inside this one (`demo.render()`): their files are this app's.
        self._linked: list[FileCache] = []
        #: (resolved path, mtime_ns, size) → its cache copy: a file handed out again (each yield
        #: of a streamed chat, a gallery shown twice) is not read and hashed again.
        self._stored: dict[tuple[str, int, int], Path] = {}

    def link(self, other: FileCache) -> None:
        if other is not self and other not in self._linked:
            self._linked.append(other)

    def _own_folders(self) -> list[Path]:
        """This app's folder and those of the apps rendered inside it."""
        folders = [self.folder]
        for other in self._linked:
            folders += [f for f in other._own_folders() if f not in folders]
        return folders

    def configure(self, allowed: Iterable[Any] | None, blocked: Iterable[Any] | None) -> None:
        self.allowed_paths = [_resolve(p) for p in allowed or []]
        self.blocked_paths = [_resolve(p) for p in blocked or []]

    # -- the three rules ---------------------------------------------------------------------

    def _blocked(self, path: Path) -> bool:
        lowered = Path(str(path).lower())
        return any(is_in_or_equal(lowered, str(b).lower()) for b in self.blocked_paths)

    def check_output(self, path: str | Path) -> Path:
        """A handler's returned file: allowed to leave the app? Returns the resolved path."""
        resolved = _resolve(path)
        if self._blocked(resolved):
            raise InvalidPathError(
                f"Cannot move {resolved} to the cache because it is in one of the blocked_paths."
            )
        explicitly = any(is_in_or_equal(resolved, a) for a in self.allowed_paths)
        roots = [Path.cwd(), Path(tempfile.gettempdir()), upload_root(), *static_paths()]
        if not explicitly and not any(is_in_or_equal(resolved, r) for r in roots):
            raise InvalidPathError(
                f"Cannot move {resolved} to the cache because it was not created by the app and "
                f"is not in the working directory ({Path.cwd()}) or the temp directory "
                f"({tempfile.gettempdir()}). Add {resolved.parent} to launch(allowed_paths=[...])."
            )
        if (
            not explicitly
            and is_in_or_equal(resolved, Path.cwd())
            and _has_dot_part(resolved, _resolve(Path.cwd()))
        ):
            raise InvalidPathError(
                f"Cannot move {resolved} to the cache: dotfiles are not served. Add it to "
                "launch(allowed_paths=[...]) to serve it anyway."
            )
        if not resolved.is_file():
            raise InvalidPathError(f"File not found: {path}")
        return resolved

    def check_input(self, path: str) -> str:
        """A path the page or a client sent as input: only uploads, cache files, static paths.
        An http(s) URL (an example named by URL) is downloaded into the cache, as Gradio does."""
        if path.startswith(("http://", "https://")):
            return self.store_url(path)
        resolved = _resolve(path)
        inside = any(is_in_or_equal(resolved, f) for f in self._own_folders()) or any(
            is_in_or_equal(resolved, s) for s in static_paths()
        )
        if self._blocked(resolved) or not inside:
            raise InvalidPathError(
                f"File {path} is not in the upload folder and cannot be accessed."
            )
        return str(resolved)

    def servable(self, requested: str) -> tuple[Path, Reason]:
        """What `GET /gradio_api/file=<requested>` may send and why; else InvalidPathError."""
        refused = InvalidPathError(f"File not allowed: {requested}.")
        if "://" in requested or requested.startswith(("data:", "blob:")) or "\0" in requested:
            raise refused
        resolved = _resolve(requested)
        if self._blocked(resolved) or not resolved.is_file():
            raise refused
        for reason, roots in (
            ("allowed", self.allowed_paths),
            ("static", static_paths()),
            ("created", self._own_folders()),
        ):
            for root in roots:
                if is_in_or_equal(resolved, root):
                    if _has_dot_part(resolved, root) and resolved != root:
                        raise refused
                    return resolved, reason  # type: ignore[return-value]
        raise refused

    # -- putting files in ----------------------------------------------------------------------

    def store(self, path: str | Path) -> str:
        """The cache copy of a handler's file (made once per content), after `check_output`."""
        resolved = self.check_output(path)
        if is_in_or_equal(resolved, self.folder) or any(
            is_in_or_equal(resolved, s) for s in static_paths()
        ):
            return str(resolved)
        stat = resolved.stat()
        key = (str(resolved), stat.st_mtime_ns, stat.st_size)
        known = self._stored.get(key)
        if known is not None and known.is_file():
            os.utime(known)  # delete_cache ages by time: a file handed out again is new again
            return str(known)
        digest = hashlib.sha256()
        with open(resolved, "rb") as source:
            for block in iter(lambda: source.read(1 << 20), b""):
                digest.update(block)
        target = self.folder / digest.hexdigest()[:32] / _safe_name(resolved.name)
        if target.exists():
            os.utime(target)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + f".{uuid.uuid4().hex[:8]}.part")
            shutil.copyfile(resolved, partial)
            os.replace(partial, target)
        self._stored[key] = target
        return str(target)

    def store_bytes(self, data: bytes, name: str) -> str:
        """Bytes a handler made (an image it encoded) as a cache file named `name`."""
        target = self.folder / hashlib.sha256(data).hexdigest()[:32] / _safe_name(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            target.write_bytes(data)
        return str(target)

    def store_url(self, url: str) -> str:
        """The cache copy of a URL's content (fetched once per URL)."""
        from .download import fetch_bytes  # only apps given URLs as inputs need it

        name = url.split("?")[0].split("#")[0].rstrip("/").rsplit("/", 1)[-1] or "download"
        key = hashlib.sha256(url.encode()).hexdigest()[:32]
        target = self.folder / f"url-{key}" / _safe_name(name)
        if not target.exists():
            data = fetch_bytes(url)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return str(target)

    def new_upload(self, name: str) -> Path:
        """A fresh path for an upload called `name` (its folder exists; the file does not)."""
        folder = self.folder / uuid.uuid4().hex
        folder.mkdir(parents=True, exist_ok=True)
        return folder / _safe_name(name)

    # -- handing files out ---------------------------------------------------------------------

    def url_for(self, path: str) -> str:
        """The URL the page and clients load a cache (or static) file from."""
        return f"{self.root_url}{FILE_ROUTE}{quote(path, safe='/')}"

    def file_data(
        self, path: str | Path, orig_name: str | None = None, mime_type: str | None = None
    ) -> dict[str, Any]:
        """A handler's file (or URL) as the FileData dict the page receives."""
        text = os.fspath(path)
        if text.startswith(("http://", "https://", "data:")):
            name = orig_name or text.split("?")[0].rstrip("/").rsplit("/", 1)[-1] or None
            return FileData(path=text, url=text, orig_name=name, mime_type=mime_type).model_dump()
        stored = self.store(text)
        return FileData(
            path=stored,
            url=self.url_for(stored),
            size=os.path.getsize(stored),
            orig_name=orig_name or Path(text).name,
            mime_type=mime_type or mime_type_of(stored),
        ).model_dump()

    def with_url(self, data: dict[str, Any]) -> dict[str, Any]:
        """A FileData the page sent back (an input echoed as output): url made current."""
        path = data.get("path", "")
        if isinstance(path, str) and path.startswith(("http://", "https://")):
            return {**data, "url": data.get("url") or path}
        return {**data, "url": self.url_for(self.check_input(path))}

    # -- delete_cache --------------------------------------------------------------------------

    def sweep(self, max_age: float, now: float | None = None) -> int:
        """Delete cache files older than `max_age` seconds (`Blocks(delete_cache=...)`)."""
        if not self.folder.is_dir():
            return 0
        limit = (now if now is not None else time.time()) - max_age
        removed = 0
        for entry in self._entries():
            try:
                if entry.stat().st_mtime < limit:
                    entry.unlink()
                    removed += 1
            except OSError:
                continue
        for folder in sorted(self.folder.glob("*"), reverse=True):
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        return removed

    def _entries(self) -> Iterator[Path]:
        for root, _dirs, names in os.walk(self.folder):
            for name in names:
                yield Path(root) / name

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


_default: FileCache | None = None
_active: ContextVar[FileCache | None] = ContextVar("blocklite_file_cache", default=None)


def current() -> FileCache:
    """The cache of the app being served here (a process-wide one outside any app)."""
    global _default
    active = _active.get()
    if active is not None:
        return active
    if _default is None:
        _default = FileCache("default")
    return _default


def activate(cache: FileCache) -> Token[FileCache | None]:
    """Make `cache` current until `deactivate(token)` (what `with gr.Blocks()` does)."""
    return _active.set(cache)


def deactivate(token: Token[FileCache | None] | None) -> None:
    if token is not None:
        _active.reset(token)


@contextmanager
def using(cache: FileCache) -> Iterator[FileCache]:
    """Make `cache` the current one for the code inside (and tasks it starts)."""
    token = _active.set(cache)
    try:
        yield cache
    finally:
        _active.reset(token)
