"""The public names of `blocklite` (and `blocklite.themes`) and the block registry behind them.

The lists below are what the package exported before the registry existed (issue 10): a name
may be added on purpose, never lost by accident.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

import blocklite as gr
from blocklite.components import registry

REPO = Path(__file__).resolve().parents[2]

EXPORTED = [
    "Accordion",
    "AnnotatedImage",
    "Audio",
    "BarPlot",
    "Blocks",
    "BrowserState",
    "Brush",
    "Button",
    "ChatInterface",
    "ChatMessage",
    "Chatbot",
    "Checkbox",
    "CheckboxGroup",
    "ClearButton",
    "Code",
    "ColorPicker",
    "Column",
    "CopyData",
    "DataFrame",
    "Dataframe",
    "Dataset",
    "DateTime",
    "DeletedFileData",
    "DownloadButton",
    "DownloadData",
    "Dropdown",
    "EditData",
    "Eraser",
    "Error",
    "EventData",
    "Examples",
    "File",
    "FileData",
    "FileExplorer",
    "Files",
    "Gallery",
    "Group",
    "HTML",
    "HighlightedText",
    "I18n",
    "I18nData",
    "Image",
    "ImageEditor",
    "ImageMask",
    "ImageSlider",
    "Info",
    "Interface",
    "JSON",
    "KeyUpData",
    "Label",
    "LayerOptions",
    "LikeData",
    "LinePlot",
    "List",
    "Markdown",
    "Matrix",
    "MessageDict",
    "Microphone",
    "Model3D",
    "MultimodalTextbox",
    "Number",
    "Numpy",
    "Paint",
    "PlayableVideo",
    "Plot",
    "Progress",
    "Radio",
    "Request",
    "RetryData",
    "Row",
    "ScatterPlot",
    "SelectData",
    "Sidebar",
    "Sketchpad",
    "Slider",
    "State",
    "Success",
    "Tab",
    "TabItem",
    "TabbedInterface",
    "Tabs",
    "Textbox",
    "Theme",
    "Timer",
    "UndoData",
    "UploadButton",
    "Video",
    "Warning",
    "WatermarkOptions",
    "WaveformOptions",
    "WebcamOptions",
    "__version__",
    "on",
    "set_static_paths",
    "skip",
    "themes",
    "update",
]

THEMES_EXPORTED = [
    "Base",
    "Citrus",
    "Color",
    "Default",
    "Font",
    "Glass",
    "GoogleFont",
    "LocalFont",
    "Monochrome",
    "Ocean",
    "Origin",
    "Size",
    "Soft",
    "ThemeClass",
    "builder",
    "colors",
    "fonts",
    "sizes",
    "utils",
]

#: Where each exported object is defined (`__module__`, `__qualname__`), as before the registry.
DEFINED_IN = {
    "Accordion": ("blocklite.layouts", "Accordion"),
    "AnnotatedImage": ("blocklite.components.annotated_image", "AnnotatedImage"),
    "Blocks": ("blocklite.blocks", "Blocks"),
    "BrowserState": ("blocklite.components.browser_state", "BrowserState"),
    "Brush": ("blocklite.components.editor_options", "Brush"),
    "Button": ("blocklite.components.button", "Button"),
    "ChatInterface": ("blocklite.chat_interface.interface", "ChatInterface"),
    "ChatMessage": ("blocklite.components.chat_format", "ChatMessage"),
    "Chatbot": ("blocklite.components.chat", "Chatbot"),
    "Checkbox": ("blocklite.components.choice", "Checkbox"),
    "CheckboxGroup": ("blocklite.components.choice", "CheckboxGroup"),
    "ClearButton": ("blocklite.components.button", "ClearButton"),
    "Code": ("blocklite.components.display", "Code"),
    "ColorPicker": ("blocklite.components.pickers", "ColorPicker"),
    "Column": ("blocklite.layouts", "Column"),
    "CopyData": ("blocklite.request", "CopyData"),
    "Dataframe": ("blocklite.components.dataframe", "Dataframe"),
    "Numpy": ("blocklite.components.dataframe", "Numpy"),
    "Matrix": ("blocklite.components.dataframe", "Matrix"),
    "List": ("blocklite.components.dataframe", "List"),
    "FileExplorer": ("blocklite.components.file_explorer", "FileExplorer"),
    "Dataset": ("blocklite.examples", "Dataset"),
    "DateTime": ("blocklite.components.pickers", "DateTime"),
    "Dropdown": ("blocklite.components.choice", "Dropdown"),
    "EditData": ("blocklite.request", "EditData"),
    "Eraser": ("blocklite.components.editor_options", "Eraser"),
    "Error": ("blocklite.errors", "Error"),
    "EventData": ("blocklite.request", "EventData"),
    "Examples": ("blocklite.examples", "Examples"),
    "Group": ("blocklite.layouts", "Group"),
    "HTML": ("blocklite.components.display", "HTML"),
    "HighlightedText": ("blocklite.components.display", "HighlightedText"),
    "I18n": ("blocklite.i18n", "I18n"),
    "I18nData": ("blocklite.i18n", "I18nData"),
    "Image": ("blocklite.components.image", "Image"),
    "Audio": ("blocklite.components.audio", "Audio"),
    "Microphone": ("blocklite.components.audio", "Microphone"),
    "Video": ("blocklite.components.video", "Video"),
    "PlayableVideo": ("blocklite.components.video", "PlayableVideo"),
    "WaveformOptions": ("blocklite.components.audio", "WaveformOptions"),
    "ImageEditor": ("blocklite.components.image_editor", "ImageEditor"),
    "ImageMask": ("blocklite.components.editor_templates", "ImageMask"),
    "ImageSlider": ("blocklite.components.image_slider", "ImageSlider"),
    "Info": ("blocklite.alerts", "Info"),
    "Interface": ("blocklite.interface", "Interface"),
    "JSON": ("blocklite.components.display", "JSON"),
    "KeyUpData": ("blocklite.request", "KeyUpData"),
    "Label": ("blocklite.components.display", "Label"),
    "LayerOptions": ("blocklite.components.editor_options", "LayerOptions"),
    "LikeData": ("blocklite.request", "LikeData"),
    "Markdown": ("blocklite.components.text", "Markdown"),
    "MessageDict": ("blocklite.components.chat_format", "MessageDict"),
    "Model3D": ("blocklite.components.model3d", "Model3D"),
    "MultimodalTextbox": ("blocklite.components.multimodal", "MultimodalTextbox"),
    "Number": ("blocklite.components.number", "Number"),
    "Paint": ("blocklite.components.editor_templates", "Paint"),
    "Progress": ("blocklite.progress", "Progress"),
    "Radio": ("blocklite.components.choice", "Radio"),
    "Request": ("blocklite.request", "Request"),
    "RetryData": ("blocklite.request", "RetryData"),
    "Row": ("blocklite.layouts", "Row"),
    "SelectData": ("blocklite.request", "SelectData"),
    "Sidebar": ("blocklite.layouts", "Sidebar"),
    "Sketchpad": ("blocklite.components.editor_templates", "Sketchpad"),
    "Slider": ("blocklite.components.number", "Slider"),
    "State": ("blocklite.state", "State"),
    "Success": ("blocklite.alerts", "Success"),
    "Tab": ("blocklite.layouts", "Tab"),
    "TabItem": ("blocklite.layouts", "Tab"),
    "TabbedInterface": ("blocklite.interface", "TabbedInterface"),
    "Tabs": ("blocklite.layouts", "Tabs"),
    "Textbox": ("blocklite.components.text", "Textbox"),
    "Theme": ("blocklite.themes.base", "ThemeClass"),
    "Timer": ("blocklite.components.timer", "Timer"),
    "UndoData": ("blocklite.request", "UndoData"),
    "Warning": ("blocklite.alerts", "Warning"),
    "WatermarkOptions": ("blocklite.components.image_options", "WatermarkOptions"),
    "WebcamOptions": ("blocklite.components.image_options", "WebcamOptions"),
    "on": ("blocklite.events", "on"),
    "skip": ("blocklite.updates", "skip"),
    "themes": (None, None),
    "update": ("blocklite.updates", "update"),
}

#: Interface string shortcuts → (class, constructor keywords), as before the registry.
SHORTCUTS = {
    "text": ("Textbox", {}),
    "textbox": ("Textbox", {}),
    "textarea": ("Textbox", {"lines": 7}),
    "markdown": ("Markdown", {}),
    "multimodaltextbox": ("MultimodalTextbox", {}),
    "number": ("Number", {}),
    "slider": ("Slider", {}),
    "checkbox": ("Checkbox", {}),
    "checkboxgroup": ("CheckboxGroup", {}),
    "radio": ("Radio", {}),
    "dropdown": ("Dropdown", {}),
    "colorpicker": ("ColorPicker", {}),
    "datetime": ("DateTime", {}),
    "html": ("HTML", {}),
    "json": ("JSON", {}),
    "label": ("Label", {}),
    "highlightedtext": ("HighlightedText", {}),
    "highlight": ("HighlightedText", {}),
    "code": ("Code", {}),
    "chatbot": ("Chatbot", {}),
    "image": ("Image", {}),
    "audio": ("Audio", {}),
    "microphone": ("Microphone", {}),
    "video": ("Video", {}),
    "playablevideo": ("PlayableVideo", {}),
    "imageeditor": ("ImageEditor", {}),
    "sketchpad": ("Sketchpad", {}),
    "paint": ("Paint", {}),
    "imagemask": ("ImageMask", {}),
    "imageslider": ("ImageSlider", {}),
    "annotatedimage": ("AnnotatedImage", {}),
    "model3d": ("Model3D", {}),
    "state": ("State", {}),
    "browserstate": ("BrowserState", {}),
    "file": ("File", {}),
    "gallery": ("Gallery", {}),
    "plot": ("Plot", {}),
    "lineplot": ("LinePlot", {}),
    "scatterplot": ("ScatterPlot", {}),
    "barplot": ("BarPlot", {}),
    "files": ("Files", {}),
    "dataframe": ("Dataframe", {}),
    "numpy": ("Numpy", {}),
    "matrix": ("Matrix", {}),
    "list": ("List", {}),
    "fileexplorer": ("FileExplorer", {}),
}


def test_exported_names_are_unchanged() -> None:
    assert sorted(gr.__all__) == EXPORTED
    assert sorted(dir(gr)) == EXPORTED
    assert sorted(gr.themes.__all__) == THEMES_EXPORTED


@pytest.mark.parametrize("name", sorted(DEFINED_IN))
def test_each_name_is_the_object_it_was(name: str) -> None:
    value = getattr(gr, name)
    assert (getattr(value, "__module__", None), getattr(value, "__qualname__", None)) == tuple(
        DEFINED_IN[name]
    )


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'Textbx'"):
        _ = gr.Textbx


def test_registry_entries_name_their_class_and_its_config_type() -> None:
    for name, entry in registry.BLOCKS.items():
        cls = entry.load()
        assert cls is getattr(gr, name)
        assert entry.type == cls.block_type, name


def test_interface_shortcuts_are_unchanged() -> None:
    assert registry.shortcut_names() == sorted(SHORTCUTS)
    for shortcut, (name, kwargs) in SHORTCUTS.items():
        entry, implied = registry.shortcut(shortcut.upper())  # type: ignore[misc]
        assert (entry.symbol, implied) == (name, kwargs)


def test_component_for_type_only_builds_components() -> None:
    assert registry.component_for_type("textbox").load() is gr.Textbox  # type: ignore[union-attr]
    assert registry.component_for_type("clearbutton").load() is gr.ClearButton  # type: ignore[union-attr]
    for not_a_component in ("row", "tabitem", "state", "dataset", "nothing"):
        assert registry.component_for_type(not_a_component) is None


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in Pyodide")
def test_importing_blocklite_imports_no_component() -> None:
    code = (
        "import sys, blocklite; print(sorted(m for m in sys.modules if m.startswith('blocklite')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO / "py",
    ).stdout
    assert eval(out) == ["blocklite", "blocklite.components", "blocklite.components.registry"]


@pytest.mark.skipif(
    not (REPO / "scripts").exists(), reason="the Pyodide suite sees tests/ only, not scripts/"
)
def test_the_type_stub_is_current() -> None:
    spec = importlib.util.spec_from_file_location(
        "exports_stub", REPO / "scripts" / "exports_stub.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    stub = REPO / "py" / "blocklite" / "__init__.pyi"
    assert stub.read_text() == module.stub_text(), "run: python3 scripts/exports_stub.py"
