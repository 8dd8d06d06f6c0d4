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
    "ClearButton": "components.button",
    "Slider": "components.number",
    "Checkbox": "components.choice",
    "CheckboxGroup": "components.choice",
    "Radio": "components.choice",
    "Dropdown": "components.choice",
    "ColorPicker": "components.pickers",
    "DateTime": "components.pickers",
    "HTML": "components.display",
    "JSON": "components.display",
    "Label": "components.display",
    "HighlightedText": "components.display",
    "Code": "components.display",
    "Tabs": "layouts",
    "Tab": "layouts",
    "TabItem": "layouts",
    "Accordion": "layouts",
    "Group": "layouts",
    "Sidebar": "layouts",
    "State": "state",
    "Interface": "interface",
    "ChatInterface": "chat_interface",
    "TabbedInterface": "interface",
    "Examples": "examples",
    "Dataset": "examples",
    "Timer": "components.timer",
    "BrowserState": "components.browser_state",
    "I18n": "i18n",
    "I18nData": "i18n",
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
    "RetryData": "request",
    "UndoData": "request",
    "EditData": "request",
    "CopyData": "request",
    "Chatbot": "components.chat",
    "ChatMessage": "components.chat",
    "MessageDict": "components.chat",
    "on": "events",
    "update": "updates",
    "skip": "updates",
    "Theme": "themes.base",
}

#: Subpackages reachable as attributes (`gr.themes.Soft()`), imported on first use.
_SUBMODULES = ("themes",)

__all__ = [*sorted(_EXPORTS), *_SUBMODULES, "__version__"]


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'blocklite' has no attribute '{name}'")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from . import themes as themes
    from .alerts import Info as Info
    from .alerts import Success as Success
    from .alerts import Warning as Warning
    from .blocks import Blocks as Blocks
    from .chat_interface import ChatInterface as ChatInterface
    from .components.browser_state import BrowserState as BrowserState
    from .components.button import Button as Button
    from .components.button import ClearButton as ClearButton
    from .components.chat import Chatbot as Chatbot
    from .components.chat import ChatMessage as ChatMessage
    from .components.chat import MessageDict as MessageDict
    from .components.choice import Checkbox as Checkbox
    from .components.choice import CheckboxGroup as CheckboxGroup
    from .components.choice import Dropdown as Dropdown
    from .components.choice import Radio as Radio
    from .components.display import HTML as HTML
    from .components.display import JSON as JSON
    from .components.display import Code as Code
    from .components.display import HighlightedText as HighlightedText
    from .components.display import Label as Label
    from .components.number import Number as Number
    from .components.number import Slider as Slider
    from .components.pickers import ColorPicker as ColorPicker
    from .components.pickers import DateTime as DateTime
    from .components.text import Markdown as Markdown
    from .components.text import Textbox as Textbox
    from .components.timer import Timer as Timer
    from .errors import Error as Error
    from .events import on as on
    from .examples import Dataset as Dataset
    from .examples import Examples as Examples
    from .i18n import I18n as I18n
    from .i18n import I18nData as I18nData
    from .interface import Interface as Interface
    from .interface import TabbedInterface as TabbedInterface
    from .layouts import Accordion as Accordion
    from .layouts import Column as Column
    from .layouts import Group as Group
    from .layouts import Row as Row
    from .layouts import Sidebar as Sidebar
    from .layouts import Tab as Tab
    from .layouts import TabItem as TabItem
    from .layouts import Tabs as Tabs
    from .progress import Progress as Progress
    from .request import CopyData as CopyData
    from .request import EditData as EditData
    from .request import EventData as EventData
    from .request import KeyUpData as KeyUpData
    from .request import LikeData as LikeData
    from .request import Request as Request
    from .request import RetryData as RetryData
    from .request import SelectData as SelectData
    from .request import UndoData as UndoData
    from .state import State as State
    from .themes.base import Theme as Theme
    from .updates import skip as skip
    from .updates import update as update
