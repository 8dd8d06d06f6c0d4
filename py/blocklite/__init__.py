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
    "Error": "errors",
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
    from .blocks import Blocks as Blocks
    from .components.button import Button as Button
    from .components.number import Number as Number
    from .components.text import Markdown as Markdown
    from .components.text import Textbox as Textbox
    from .errors import Error as Error
    from .layouts import Column as Column
    from .layouts import Row as Row
    from .updates import skip as skip
    from .updates import update as update
