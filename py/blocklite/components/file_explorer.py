"""`FileExplorer`: a tree of the files under `root_dir` (the worker's filesystem), with checkboxes.

The value on the wire is Gradio's FileExplorerData: a list of selected paths, each a list of its
parts relative to `root_dir` (`[["sub", "a.txt"]]`). The handler gets absolute paths (one, or a
list, per `file_count`). The tree is listed lazily, a folder at a time, as Gradio does: the page
calls the component's `ls` server function through `POST /gradio_api/component_server`
(server/routes.py), so a big `root_dir` costs nothing until a folder is opened. Every path, listed
or selected, is joined under `root_dir` and refused if it leaves it.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from typing import Any, ClassVar, Literal, Unpack

from ..errors import Error
from ..events import EventListener
from .base import Component, ComponentKeywords

FILE_EXPLORER_SCHEMA: dict[str, Any] = {
    "items": {"items": {"type": "string"}, "type": "array"},
    "title": "FileExplorerData",
    "type": "array",
}


class PathOutsideRoot(Error):
    """A path the page sent leads outside `root_dir`."""


class FileExplorer(Component):
    """Browse the files under `root_dir` and pick some."""

    props: ClassVar[tuple[str, ...]] = (
        *Component.props,
        "glob",
        "file_count",
        "root_dir",
        "ignore_glob",
        "height",
        "max_height",
        "min_height",
        "buttons",
        "server_fns",
    )
    api_type: ClassVar[dict[str, Any]] = FILE_EXPLORER_SCHEMA
    python_type = "list[str] | str | None"
    example_value: ClassVar[Any] = [["gradio", "app.py"]]
    #: The functions the page may call through `/gradio_api/component_server`.
    server_functions: ClassVar[tuple[str, ...]] = ("ls",)

    change = EventListener("change", "The selection changed.")
    input = EventListener("input", "The user checked or unchecked a file.")
    select = EventListener("select", "The user clicked a file or folder (SelectData).")

    def __init__(
        self,
        glob: str = "**/*",
        *,
        value: str | list[str] | Any | None = None,
        file_count: Literal["single", "multiple"] = "multiple",
        root_dir: str | Path = ".",
        ignore_glob: str | None = None,
        height: int | str | None = None,
        max_height: int | str | None = 500,
        min_height: int | str | None = None,
        preserved_by_key: list[str] | str | None = "value",
        buttons: list[Any] | None = None,
        **shared: Unpack[ComponentKeywords],
    ) -> None:
        root = os.path.abspath(root_dir)
        if not os.path.exists(root):
            raise ValueError(f"The specified root_dir does not exist: {root_dir}")
        if not os.path.isdir(root):
            raise ValueError(f"The specified root_dir is not a directory: {root_dir}")
        if file_count not in ("single", "multiple"):
            raise ValueError(
                f"Invalid value for parameter `file_count`: {file_count}. "
                "Please choose from one of: ['single', 'multiple']"
            )
        self.root_dir = root
        self.glob = glob
        self.ignore_glob = ignore_glob
        self.file_count = file_count
        self.height = height
        self.max_height = max_height
        self.min_height = min_height
        self.preserved_by_key = preserved_by_key
        self.buttons = list(buttons or [])
        self.server_fns = list(self.server_functions)
        super().__init__(value, **shared)

    # -- paths ---------------------------------------------------------------------------------

    def safe_join(self, parts: Any) -> str:
        """`root_dir` joined with the path parts the page sent; PathOutsideRoot if they leave it."""
        if not isinstance(parts, list) or not all(isinstance(p, str) for p in parts):
            raise Error(f"{self.describe()}: a path must be a list of names, not {parts!r}")
        if not parts:
            return self.root_dir
        if any(p in ("", ".", "..") or "\0" in p or os.path.isabs(p) for p in parts):
            raise PathOutsideRoot(f"{self.describe()}: {'/'.join(parts)!r} is outside root_dir")
        joined = os.path.normpath(os.path.join(self.root_dir, *parts))
        root = os.path.realpath(self.root_dir)
        real = os.path.realpath(joined)
        if real != root and not real.startswith(root.rstrip(os.sep) + os.sep):
            raise PathOutsideRoot(f"{self.describe()}: {'/'.join(parts)!r} is outside root_dir")
        return joined

    def _relative_parts(self, path: str) -> list[str]:
        absolute = os.path.normpath(os.path.join(self.root_dir, path))
        relative = os.path.relpath(absolute, self.root_dir)
        if relative == ".." or relative.startswith(".." + os.sep):
            raise ValueError(f"{self.describe()}: {path!r} is outside root_dir {self.root_dir!r}")
        return relative.split(os.sep)

    # -- page ↔ function -----------------------------------------------------------------------

    def preprocess(self, payload: Any) -> list[str] | str | None:
        """The selected paths (lists of parts) → absolute paths: one or None for "single"."""
        if payload is None:
            return None
        if not isinstance(payload, list):
            raise Error(f"{self.describe()}: expected a list of paths, not {payload!r}")
        paths = [self.safe_join(parts) for parts in payload]
        if self.file_count == "single":
            if len(paths) > 1:
                raise Error(f"Expected only one file, but {len(paths)} were selected.")
            return paths[0] if paths else None
        return paths

    def postprocess(self, value: Any) -> list[list[str]] | None:
        """A path or list of paths (under root_dir, or relative to it) → FileExplorerData."""
        if value is None:
            return None
        files = [value] if isinstance(value, (str, Path)) else value
        if not isinstance(files, list):
            raise TypeError(f"{self.describe()} expects a path or a list of paths, got {value!r}")
        return [self._relative_parts(os.fspath(file)) for file in files]

    # -- server functions ------------------------------------------------------------------------

    def ls(self, subdirectory: Any = None) -> list[dict[str, Any]]:
        """One folder's entries: folders first, then files matching `glob` (not `ignore_glob`),
        each `{"name", "type": "file" | "folder", "valid"}` (valid: matches `glob`)."""
        folder = self.safe_join(subdirectory if subdirectory is not None else [])
        try:
            names = sorted(os.listdir(folder))
        except (FileNotFoundError, NotADirectoryError, PermissionError):
            return []
        files: list[dict[str, Any]] = []
        folders: list[dict[str, Any]] = []
        for name in names:
            full = os.path.join(folder, name)
            try:
                is_file = not os.path.isdir(full)
            except OSError:
                continue
            valid = fnmatch.fnmatch(full, self.glob)
            if is_file and not valid:
                continue
            if self.ignore_glob and fnmatch.fnmatch(full, self.ignore_glob):
                continue
            entry = {"name": name, "type": "file" if is_file else "folder", "valid": valid}
            (files if is_file else folders).append(entry)
        return folders + files
