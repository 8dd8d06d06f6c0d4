"""What the app adds to the page around its components: css, js, head and translations.

Why it exists: Gradio 6 takes `css`, `css_paths`, `js`, `head`, `head_paths` and `i18n` in
`launch()`, while code written for Gradio 4/5 passes `css`/`js`/`head` to `Blocks(...)`. Both are
accepted; for each parameter a value given to `launch()` wins over the one given to `Blocks()`.
`css_paths`/`head_paths` name files in the app's file system (in the browser: the worker's, relative
to its working directory); they are read once, at `launch()`, and appended after `css`/`head`.

Trust: all of this is the app author's own page content, like the app's Python: `head` scripts and
`js` run in the page with its full powers. Never build them from data a visitor supplies.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .i18n import I18n

if TYPE_CHECKING:
    from .blocks import Blocks
    from .launch import LaunchOptions


@dataclass(frozen=True)
class PageOptions:
    """The resolved values the config carries."""

    css: str | None = None
    js: str | None = None
    head: str | None = None
    i18n: I18n | None = None

    @property
    def translations(self) -> dict[str, dict[str, str]] | None:
        return None if self.i18n is None else self.i18n.translations_dict


def resolve_page_options(blocks: Blocks, launch: LaunchOptions) -> PageOptions:
    """Merge Blocks(...) and launch(...) values (launch wins) and read the files they name."""

    def pick(name: str) -> Any:
        # js=True is Gradio's "transpile this Python function" flag, not code to run on load.
        given = [launch[name], getattr(blocks, name, None)]
        return next((v for v in given if v is not None and v is not True), None)

    css = _join(_text("css", pick("css")), _read_files("css_paths", pick("css_paths")))
    head = _join(_text("head", pick("head")), _read_files("head_paths", pick("head_paths")))
    i18n = launch["i18n"]
    if i18n is not None and not isinstance(i18n, I18n):
        raise TypeError(
            f"launch(i18n=...) expects a gr.I18n(...) instance, got {type(i18n).__name__}"
        )
    return PageOptions(css=css, js=_text("js", pick("js")), head=head, i18n=i18n)


def _text(name: str, value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise TypeError(f"{name}= expects a string, got {type(value).__name__}")
    return value


def _join(first: str | None, rest: str | None) -> str | None:
    parts = [part for part in (first, rest) if part]
    return "\n".join(parts) if parts else None


def _read_files(name: str, paths: Any) -> str | None:
    """The files' text, in order, joined by newlines; None when no path is given."""
    if paths is None:
        return None
    items = [paths] if isinstance(paths, (str, os.PathLike)) else paths
    if not isinstance(items, (list, tuple)):
        raise TypeError(f"{name}= expects a path or a list of paths, got {type(paths).__name__}")
    texts = []
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise TypeError(f"{name}= expects paths (str or pathlib.Path), got {item!r}")
        path = Path(item)
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise FileNotFoundError(
                f"{name}=: there is no file '{item}' (relative paths start at the app's working "
                f"directory, {os.getcwd()})"
            ) from None
        except IsADirectoryError:
            raise IsADirectoryError(f"{name}=: '{item}' is a directory, not a file") from None
    return "\n".join(texts) if texts else None
