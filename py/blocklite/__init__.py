"""blocklite: Gradio Blocks apps that run entirely in the browser.

`import blocklite as gr` (or, inside the browser runtime, `import gradio as gr`) gives the Gradio
Blocks API. Names load lazily on first use, so importing the package costs almost nothing at
start-up, which in the browser is the user's waiting time.

Components and layouts are listed once, in components/registry.py; the other public names are in
`_API` below. Editors and type checkers read `__init__.pyi`, generated from both tables by
scripts/exports_stub.py (a test keeps it current).
"""

from __future__ import annotations

import importlib
from typing import Any

from .components.registry import exports as _block_exports

__version__ = "0.1.0"

#: Public names that are not blocks → `"module:Name"` (relative to this package).
_API: dict[str, str] = {
    "Blocks": "blocks:Blocks",
    "Interface": "interface:Interface",
    "TabbedInterface": "interface:TabbedInterface",
    "ChatInterface": "chat_interface.interface:ChatInterface",
    "Examples": "examples:Examples",
    "ChatMessage": "components.chat_format:ChatMessage",
    "MessageDict": "components.chat_format:MessageDict",
    "WebcamOptions": "components.image_options:WebcamOptions",
    "WatermarkOptions": "components.image_options:WatermarkOptions",
    "WaveformOptions": "components.audio:WaveformOptions",
    "DataFrame": "components.dataframe:Dataframe",  # Gradio keeps this spelling as an alias
    "Brush": "components.editor_options:Brush",
    "Eraser": "components.editor_options:Eraser",
    "LayerOptions": "components.editor_options:LayerOptions",
    "I18n": "i18n:I18n",
    "I18nData": "i18n:I18nData",
    "Progress": "progress:Progress",
    "Error": "errors:Error",
    "Info": "alerts:Info",
    "Warning": "alerts:Warning",
    "Success": "alerts:Success",
    "Request": "request:Request",
    "EventData": "request:EventData",
    "SelectData": "request:SelectData",
    "KeyUpData": "request:KeyUpData",
    "LikeData": "request:LikeData",
    "RetryData": "request:RetryData",
    "UndoData": "request:UndoData",
    "EditData": "request:EditData",
    "CopyData": "request:CopyData",
    "DeletedFileData": "request:DeletedFileData",
    "DownloadData": "request:DownloadData",
    "FileData": "files.file_data:FileData",
    "set_static_paths": "files.cache:set_static_paths",
    "on": "events:on",
    "update": "updates:update",
    "skip": "updates:skip",
    "Theme": "themes.base:Theme",
}

#: Every public name → where it is defined.
_EXPORTS: dict[str, str] = {**_block_exports(), **_API}

#: Subpackages reachable as attributes (`gr.themes.Soft()`), imported on first use.
_SUBMODULES = ("themes",)

__all__ = [*sorted(_EXPORTS), *_SUBMODULES, "__version__"]


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module 'blocklite' has no attribute '{name}'")
    module, _, symbol = where.partition(":")
    value = getattr(importlib.import_module(f".{module}", __name__), symbol)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
