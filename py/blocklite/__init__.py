"""blocklite: Gradio Blocks apps that run entirely in the browser.

`import blocklite as gr` (or, inside the browser runtime, `import gradio as gr`) gives the Gradio
Blocks API. Names load lazily on first use, so importing the package costs almost nothing at
start-up, which in the browser is the user's waiting time.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Public name → module that defines it.
_EXPORTS: dict[str, str] = {
    "Blocks": "blocks",
    "Row": "layouts",
    "Column": "layouts",
    "Markdown": "components.text",
    "Textbox": "components.text",
    "Number": "components.number",
    "Button": "components.button",
    "State": "state",
    "Timer": "components.timer",
    "Progress": "progress",
    "Error": "errors",
    "Info": "alerts",
    "Warning": "alerts",
    "Success": "alerts",
    "Request": "request",
    "EventData": "request",
    "SelectData": "request",
    "KeyUpData": "request",
    "LikeData": "request",
    "on": "events",
    "update": "updates",
    "skip": "updates",
}

__all__ = [*sorted(_EXPORTS), "__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'blocklite' has no attribute '{name}'")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from .alerts import Info as Info
    from .alerts import Success as Success
    from .alerts import Warning as Warning
    from .blocks import Blocks as Blocks
    from .components.button import Button as Button
    from .components.number import Number as Number
    from .components.text import Markdown as Markdown
    from .components.text import Textbox as Textbox
    from .components.timer import Timer as Timer
    from .errors import Error as Error
    from .events import on as on
    from .layouts import Column as Column
    from .layouts import Row as Row
    from .progress import Progress as Progress
    from .request import EventData as EventData
    from .request import KeyUpData as KeyUpData
    from .request import LikeData as LikeData
    from .request import Request as Request
    from .request import SelectData as SelectData
    from .state import State as State
    from .updates import skip as skip
    from .updates import update as update
