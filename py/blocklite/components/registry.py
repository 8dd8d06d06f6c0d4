"""The block registry: every component and layout a user can build, one entry each.

Why it exists: adding a component means writing its module and adding ONE entry here. From this
table `blocklite/__init__.py` builds its lazy exports (`gr.Textbox`), `gr.Interface` resolves its
string shortcuts (`"textbox"`, `"textarea"`), and a component inside a chat message finds its class
from the config type the page sends back (`"textbox"`).

Importing this module imports no component (it runs at `import blocklite`, i.e. at start-up):
each entry names its class as `"module:Class"`, relative to the `blocklite` package, and
`load_class()` imports it on first use.
"""

from __future__ import annotations

import importlib
from typing import Any


class Entry:
    """One public block: where its class is defined, its config type, its Interface shortcuts."""

    __slots__ = ("module", "shortcuts", "symbol", "type")

    def __init__(
        self,
        where: str,
        *,
        type: str | None = None,
        shortcuts: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        self.module, _, self.symbol = where.partition(":")
        #: The config's `type` (the class's `block_type`: its lowercase name unless it says else).
        self.type = type or self.symbol.lower()
        #: `gr.Interface(inputs="textarea")` names → constructor keywords they imply.
        self.shortcuts = shortcuts or {}

    def load(self) -> Any:
        """The class itself (its module is imported now)."""
        return getattr(importlib.import_module(f"blocklite.{self.module}"), self.symbol)

    def __repr__(self) -> str:
        return f"Entry({self.module}:{self.symbol}, type={self.type!r})"


#: Public name (`gr.<name>`) → entry. Keep it grouped like the modules.
BLOCKS: dict[str, Entry] = {
    # components/
    "Textbox": Entry(
        "components.text:Textbox",
        shortcuts={"text": {}, "textbox": {}, "textarea": {"lines": 7}},
    ),
    "Markdown": Entry("components.text:Markdown", shortcuts={"markdown": {}}),
    "MultimodalTextbox": Entry(
        "components.multimodal:MultimodalTextbox", shortcuts={"multimodaltextbox": {}}
    ),
    "Number": Entry("components.number:Number", shortcuts={"number": {}}),
    "Slider": Entry("components.number:Slider", shortcuts={"slider": {}}),
    "Button": Entry("components.button:Button"),
    "ClearButton": Entry("components.button:ClearButton"),
    "Checkbox": Entry("components.choice:Checkbox", shortcuts={"checkbox": {}}),
    "CheckboxGroup": Entry("components.choice:CheckboxGroup", shortcuts={"checkboxgroup": {}}),
    "Radio": Entry("components.choice:Radio", shortcuts={"radio": {}}),
    "Dropdown": Entry("components.choice:Dropdown", shortcuts={"dropdown": {}}),
    "ColorPicker": Entry("components.pickers:ColorPicker", shortcuts={"colorpicker": {}}),
    "DateTime": Entry("components.pickers:DateTime", shortcuts={"datetime": {}}),
    "HTML": Entry("components.display:HTML", shortcuts={"html": {}}),
    "JSON": Entry("components.display:JSON", shortcuts={"json": {}}),
    "Label": Entry("components.display:Label", shortcuts={"label": {}}),
    "HighlightedText": Entry(
        "components.display:HighlightedText", shortcuts={"highlightedtext": {}, "highlight": {}}
    ),
    "Code": Entry("components.display:Code", shortcuts={"code": {}}),
    "Image": Entry("components.image:Image", shortcuts={"image": {}}),
    "Audio": Entry("components.audio:Audio", shortcuts={"audio": {}}),
    "Microphone": Entry("components.audio:Microphone", type="audio", shortcuts={"microphone": {}}),
    "Video": Entry("components.video:Video", shortcuts={"video": {}}),
    "PlayableVideo": Entry(
        "components.video:PlayableVideo", type="video", shortcuts={"playablevideo": {}}
    ),
    "ImageEditor": Entry("components.image_editor:ImageEditor", shortcuts={"imageeditor": {}}),
    "Sketchpad": Entry(
        "components.editor_templates:Sketchpad", type="imageeditor", shortcuts={"sketchpad": {}}
    ),
    "Paint": Entry(
        "components.editor_templates:Paint", type="imageeditor", shortcuts={"paint": {}}
    ),
    "ImageMask": Entry(
        "components.editor_templates:ImageMask", type="imageeditor", shortcuts={"imagemask": {}}
    ),
    "ImageSlider": Entry("components.image_slider:ImageSlider", shortcuts={"imageslider": {}}),
    "AnnotatedImage": Entry(
        "components.annotated_image:AnnotatedImage", shortcuts={"annotatedimage": {}}
    ),
    "Model3D": Entry("components.model3d:Model3D", shortcuts={"model3d": {}}),
    "Chatbot": Entry("components.chat:Chatbot", shortcuts={"chatbot": {}}),
    "Plot": Entry("components.plot:Plot", shortcuts={"plot": {}}),
    "LinePlot": Entry(
        "components.native_plot:LinePlot", type="nativeplot", shortcuts={"lineplot": {}}
    ),
    "ScatterPlot": Entry(
        "components.native_plot:ScatterPlot", type="nativeplot", shortcuts={"scatterplot": {}}
    ),
    "BarPlot": Entry(
        "components.native_plot:BarPlot", type="nativeplot", shortcuts={"barplot": {}}
    ),
    "Gallery": Entry("components.gallery:Gallery", shortcuts={"gallery": {}}),
    "File": Entry("components.files:File", shortcuts={"file": {}}),
    "Files": Entry("components.files:Files", type="file", shortcuts={"files": {}}),
    "Dataframe": Entry("components.dataframe:Dataframe", shortcuts={"dataframe": {}}),
    "Numpy": Entry("components.dataframe:Numpy", type="dataframe", shortcuts={"numpy": {}}),
    "Matrix": Entry("components.dataframe:Matrix", type="dataframe", shortcuts={"matrix": {}}),
    "List": Entry("components.dataframe:List", type="dataframe", shortcuts={"list": {}}),
    "FileExplorer": Entry("components.file_explorer:FileExplorer", shortcuts={"fileexplorer": {}}),
    "UploadButton": Entry("components.file_buttons:UploadButton"),
    "DownloadButton": Entry("components.file_buttons:DownloadButton"),
    "Timer": Entry("components.timer:Timer"),
    "BrowserState": Entry("components.browser_state:BrowserState", shortcuts={"browserstate": {}}),
    # components outside components/ (they belong with the feature they serve)
    "State": Entry("state:State", shortcuts={"state": {}}),
    "Dataset": Entry("examples:Dataset"),
    # layouts
    "Row": Entry("layouts:Row"),
    "Column": Entry("layouts:Column"),
    "Tabs": Entry("layouts:Tabs"),
    "Tab": Entry("layouts:Tab", type="tabitem"),
    "TabItem": Entry("layouts:TabItem", type="tabitem"),
    "Accordion": Entry("layouts:Accordion"),
    "Group": Entry("layouts:Group"),
    "Sidebar": Entry("layouts:Sidebar"),
}


def exports() -> dict[str, str]:
    """Public name → `"module:Class"`, for `blocklite.__getattr__`."""
    return {name: f"{entry.module}:{entry.symbol}" for name, entry in BLOCKS.items()}


def shortcut(name: str) -> tuple[Entry, dict[str, Any]] | None:
    """`gr.Interface`'s string shortcut (any case) → (entry, constructor keywords), or None."""
    key = name.lower()
    for entry in BLOCKS.values():
        if key in entry.shortcuts:
            return entry, entry.shortcuts[key]
    return None


def shortcut_names() -> list[str]:
    """Every string shortcut, sorted (for error messages)."""
    return sorted(key for entry in BLOCKS.values() for key in entry.shortcuts)


def component_for_type(config_type: str) -> Entry | None:
    """The entry of the component (from components/) whose config type is `config_type`.

    Only components/ counts: the page names the component of a chat message item, and that must
    not be able to build a layout, a State or a Dataset.
    """
    for entry in BLOCKS.values():
        if entry.type == config_type and entry.module.startswith("components."):
            return entry
    return None
