"""The keywords components and layouts share: declared once, still Gradio's signatures.

`Block.__init__` and `Component.__init__` declare them (names and defaults); `BlockKeywords`,
`ValueKeywords` and `ComponentKeywords` type them for subclasses' `**shared`. What each class
accepts, and what it records as "given", must be what it was when every constructor wrote the
keywords out (the table below was taken then).
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from helpers import completed, run_queued

import blocklite as gr
from blocklite.block import Block, BlockKeywords
from blocklite.components.base import Component, ComponentKeywords, ValueKeywords

#: Each shared keyword with a value every class that takes it accepts.
SHARED: dict[str, Any] = {
    "label": "L", "info": "i", "show_label": True, "container": True, "scale": 1,
    "min_width": 100, "interactive": True, "visible": True, "elem_id": "e", "elem_classes": "c",
    "render": False, "key": "k", "every": None, "inputs": None,
}  # fmt: skip

#: Class → which of SHARED its constructor accepts (taken before the keywords were shared).
ACCEPTS: dict[str, list[str]] = {
    "Accordion": ["elem_classes", "elem_id", "key", "label", "render", "visible"],
    "AnnotatedImage": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "inputs",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "Audio": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "BrowserState": ["render"],
    "Button": [
        "elem_classes",
        "elem_id",
        "every",
        "inputs",
        "interactive",
        "key",
        "min_width",
        "render",
        "scale",
        "visible",
    ],
    "Chatbot": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "inputs",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "Checkbox": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "info",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "CheckboxGroup": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "info",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "ClearButton": [
        "elem_classes",
        "elem_id",
        "every",
        "inputs",
        "interactive",
        "key",
        "min_width",
        "render",
        "scale",
        "visible",
    ],
    "Code": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "info",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "ColorPicker": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "info",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "Column": ["elem_classes", "elem_id", "key", "min_width", "render", "scale", "visible"],
    "Dataframe": [
        "elem_classes",
        "elem_id",
        "every",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "DateTime": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "info",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "Dropdown": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "info",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "FileExplorer": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "info",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "Group": ["elem_classes", "elem_id", "key", "render", "visible"],
    "HTML": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "info",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "HighlightedText": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "info",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "Image": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "ImageEditor": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "JSON": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "info",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "Label": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "info",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "Markdown": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "inputs",
        "key",
        "label",
        "render",
        "show_label",
        "visible",
    ],
    "Microphone": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "MultimodalTextbox": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "info",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "Number": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "info",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "PlayableVideo": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "Radio": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "info",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "Row": ["elem_classes", "elem_id", "key", "render", "scale", "visible"],
    "Sidebar": ["elem_classes", "elem_id", "key", "label", "render", "visible"],
    "Slider": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "info",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "State": ["render"],
    "Tab": ["elem_classes", "elem_id", "interactive", "key", "label", "render", "scale", "visible"],
    "TabItem": [
        "elem_classes",
        "elem_id",
        "interactive",
        "key",
        "label",
        "render",
        "scale",
        "visible",
    ],
    "Tabs": ["elem_classes", "elem_id", "key", "render", "visible"],
    "Textbox": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "info",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
    "Timer": ["key", "render"],
    "Video": [
        "container",
        "elem_classes",
        "elem_id",
        "every",
        "inputs",
        "interactive",
        "key",
        "label",
        "min_width",
        "render",
        "scale",
        "show_label",
        "visible",
    ],
}


def _keyword_annotations(init: Any) -> dict[str, str]:
    return {
        name: _as_text(p.annotation)
        for name, p in inspect.signature(init).parameters.items()
        if p.kind is p.KEYWORD_ONLY
    }


def _as_text(annotation: Any) -> str:
    """An annotation as text, whether kept as a string, a ForwardRef or evaluated (3.14)."""
    if isinstance(annotation, str):
        return annotation
    if hasattr(annotation, "__forward_arg__"):
        return annotation.__forward_arg__
    return inspect.formatannotation(annotation)


def _typed_dict_annotations(typed: Any) -> dict[str, str]:
    """Name → annotation text (a TypedDict holds its bases' keys too)."""
    return {name: _as_text(value) for name, value in typed.__annotations__.items()}


def test_the_typed_dicts_mirror_the_base_signatures() -> None:
    """The TypedDicts give subclasses the base's keywords: same names, same types."""
    assert _typed_dict_annotations(BlockKeywords) == _keyword_annotations(Block.__init__)
    assert _typed_dict_annotations(ComponentKeywords) == _keyword_annotations(Component.__init__)
    assert set(ValueKeywords.__annotations__) < set(ComponentKeywords.__annotations__)


@pytest.mark.parametrize("name", sorted(ACCEPTS))
def test_each_class_accepts_the_shared_keywords_it_accepted(name: str) -> None:
    cls = getattr(gr, name)
    for keyword, value in SHARED.items():
        if keyword in ACCEPTS[name]:
            with gr.Blocks():
                block = cls(**{keyword: value})
            assert block._constructor_args == {keyword: value}, keyword
        else:
            with pytest.raises(TypeError, match=f"unexpected keyword argument '{keyword}'"):
                cls(**{keyword: value})


@pytest.mark.parametrize("name", sorted(ACCEPTS))
def test_an_unknown_keyword_is_a_type_error_naming_it(name: str) -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        getattr(gr, name)(colour="red")


def test_the_error_names_the_class_the_user_built() -> None:
    with pytest.raises(
        TypeError, match=r"^Radio\.__init__\(\) got an unexpected keyword argument 'lable'$"
    ):
        gr.Radio(["a"], lable="x")
    with pytest.raises(TypeError, match=r"^Markdown\.__init__\(\) got .* 'scale'$"):
        gr.Markdown("x", scale=2)


def test_defaults_that_differ_from_the_base_stay() -> None:
    with gr.Blocks():
        assert gr.HTML().container is False
        assert gr.Markdown().container is False
        assert gr.Button().interactive is True
        assert gr.Button().min_width is None
        assert gr.Textbox().container is True
        assert gr.Textbox().min_width == 160


def test_recorded_arguments_are_exactly_the_given_ones() -> None:
    with gr.Blocks():
        box = gr.Textbox("hi", lines=3, label="Name", visible=False)
        slider = gr.Slider(0, 10, 5, step=1, interactive=False)
        row = gr.Row(equal_height=True, elem_id="r")
    assert box._constructor_args == {"value": "hi", "lines": 3, "label": "Name", "visible": False}
    assert slider._constructor_args == {
        "minimum": 0,
        "maximum": 10,
        "value": 5,
        "step": 1,
        "interactive": False,
    }
    assert row._constructor_args == {"equal_height": True, "elem_id": "r"}


def test_a_returned_instance_updates_exactly_the_keywords_given(client_for: Any) -> None:
    """Shared keywords (`interactive`, `visible`, `elem_classes`) and a class's own ones alike."""
    with gr.Blocks() as demo:
        slider = gr.Slider(0, 10, label="keep")
        text = gr.Markdown("x")
        row = gr.Row()
        gr.Button().click(
            lambda: (
                gr.Slider(maximum=20, interactive=False),
                gr.Markdown(visible=False, elem_classes="gone"),
                gr.Row(equal_height=True),
            ),
            None,
            [slider, text, row],
        )
    data = completed(run_queued(client_for(demo), 0, []))["output"]["data"]
    assert data == [
        {"__type__": "update", "maximum": 20, "interactive": False},
        {"__type__": "update", "visible": False, "elem_classes": ["gone"]},
        {"__type__": "update", "equal_height": True},
    ]


def test_a_subclass_must_import_its_keywords_typed_dict_at_run_time() -> None:
    namespace: dict[str, Any] = {"Component": Component}
    source = (
        "from __future__ import annotations\n"
        "class Broken(Component):\n"
        "    def __init__(self, value=None, **shared: Unpack[MissingKeywords]) -> None:\n"
        "        super().__init__(value, **shared)\n"
    )
    with pytest.raises(TypeError, match="MissingKeywords"):
        exec(source, namespace)
