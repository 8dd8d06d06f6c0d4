"""Pre- and postprocessing of each component's value."""

from __future__ import annotations

import pytest

import blocklite as gr


def test_textbox_passes_strings_and_none() -> None:
    box = gr.Textbox(render=False)
    assert box.preprocess("hi") == "hi"
    assert box.preprocess(None) is None
    assert box.postprocess(12) == "12"
    assert box.postprocess(None) is None


def test_textbox_rejects_unknown_type() -> None:
    with pytest.raises(ValueError, match="password"):
        gr.Textbox(type="number", render=False)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("precision", "payload", "expected"),
    [
        (None, 2, 2),  # an int stays an int, as in Gradio
        (None, 2.0, 2.0),
        (None, "2.5", 2.5),
        (0, 2.6, 3),
        (2, 1.23456, 1.23),
        (None, None, None),
        (None, "", None),
    ],
)
def test_number_preprocess_rounds_by_precision(
    precision: int | None, payload: object, expected: object
) -> None:
    number = gr.Number(precision=precision, render=False)
    result = number.preprocess(payload)
    assert result == expected
    assert type(result) is type(expected)


def test_number_enforces_bounds_like_gradio() -> None:
    number = gr.Number(minimum=0, maximum=10, render=False)
    with pytest.raises(gr.Error, match="less than minimum value 0"):
        number.preprocess(-1)
    with pytest.raises(gr.Error, match="greater than maximum value 10"):
        number.preprocess(11)
    assert number.preprocess(10) == 10.0


def test_number_rejects_text_and_wrong_python_types() -> None:
    number = gr.Number(label="Age", render=False)
    with pytest.raises(gr.Error, match="not a number"):
        number.preprocess("abc")
    with pytest.raises(TypeError, match=r"Number 'Age'.*expects a number.*dict"):
        number.postprocess({"a": 1})
    assert number.postprocess("4") == 4.0


def test_markdown_dedents_like_the_author_sees_it() -> None:
    md = gr.Markdown(render=False)
    assert md.postprocess("\n    # Title\n    text\n") == "# Title\ntext"
    assert md.postprocess(None) is None


def test_markdown_initial_value_is_raw_markdown_in_config() -> None:
    with gr.Blocks() as demo:
        md = gr.Markdown("**bold** <script>alert(1)</script>")
    entry = next(c for c in demo.get_config_file()["components"] if c["id"] == md.id)
    # Travels raw: the page renders and sanitizes it.
    assert entry["props"]["value"] == "**bold** <script>alert(1)</script>"


def test_button_value_is_its_text() -> None:
    button = gr.Button("Go", variant="primary", render=False)
    assert button.value == "Go"
    assert button.get_props()["variant"] == "primary"
    assert button.skip_api is True


def test_slider_passes_the_number_as_sent_and_rounds_by_precision() -> None:
    slider = gr.Slider(0, 10, step=1, render=False)
    assert type(slider.preprocess(3)) is int and slider.preprocess(3.5) == 3.5
    assert gr.Slider(0, 10, precision=0, render=False).preprocess(3.6) == 4
    assert gr.Slider(0, 10, precision=1, render=False).preprocess(3.14159) == 3.1
