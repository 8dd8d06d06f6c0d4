"""Choice components and Slider: choices, types, validation both ways."""

from __future__ import annotations

import pytest

import blocklite as gr


def test_choices_become_label_value_pairs_in_config() -> None:
    with gr.Blocks() as demo:
        radio = gr.Radio(["a", ("Bee", "b")], label="pick")
    props = next(c for c in demo.get_config_file()["components"] if c["id"] == radio.id)["props"]
    assert props["choices"] == [["a", "a"], ["Bee", "b"]]
    assert props["type"] == "value"


def test_radio_checks_values_from_the_page_and_from_python() -> None:
    radio = gr.Radio(["a", "b"], label="letters", render=False)
    assert radio.preprocess("b") == "b"
    with pytest.raises(gr.Error, match=r"Value: 'z' is not in the list of choices: \['a', 'b'\]"):
        radio.preprocess("z")
    with pytest.raises(ValueError, match=r"Radio 'letters'.*'z' is not one of its choices"):
        radio.postprocess("z")
    assert gr.Radio(["a", "b"], type="index", render=False).preprocess("b") == 1


def test_checkbox_group_lists() -> None:
    group = gr.CheckboxGroup(["x", "y", "z"], render=False)
    assert group.preprocess(["x", "z"]) == ["x", "z"]
    assert group.postprocess("y") == ["y"]
    assert gr.CheckboxGroup(["x", "y"], type="index", render=False).preprocess(["y"]) == [1]
    with pytest.raises(gr.Error):
        group.preprocess(["nope"])


def test_dropdown_single_multi_custom_and_max_choices() -> None:
    single = gr.Dropdown(["a", "b"], render=False)
    assert single.value == "a"  # Gradio preselects the first choice
    multi = gr.Dropdown(["a", "b", "c"], multiselect=True, max_choices=2, render=False)
    assert multi.value is None
    assert multi.preprocess(["a", "c"]) == ["a", "c"]
    with pytest.raises(gr.Error, match="at most 2"):
        multi.preprocess(["a", "b", "c"])
    custom = gr.Dropdown(["a"], allow_custom_value=True, render=False)
    assert custom.preprocess("typed") == "typed"
    assert custom.postprocess("other") == "other"
    with pytest.raises(ValueError):
        gr.Radio(["a"], type="label", render=False)  # type: ignore[arg-type]


def test_checkbox() -> None:
    box = gr.Checkbox(label="ok", render=False)
    assert box.preprocess(True) is True and box.value is False
    with pytest.raises(TypeError, match=r"Checkbox 'ok' .*expects True or False"):
        box.postprocess("yes")


def test_slider_range_step_and_rejects_out_of_range() -> None:
    slider = gr.Slider(0, 10, 4, label="level", render=False)
    assert slider.step == 0.1 and slider.value == 4  # Gradio's default: 1/100 of the range
    assert gr.Slider(render=False).step == 1
    assert gr.Slider(0, 1, render=False).step == 0.01
    assert slider.preprocess("7") == 7.0
    with pytest.raises(gr.Error, match="out of range for Slider 'level'"):
        slider.preprocess(11)
    with pytest.raises(TypeError, match="expects a number"):
        slider.postprocess({"x": 1})
    with pytest.raises(ValueError, match="minimum 5 is greater than maximum 1"):
        gr.Slider(5, 1, render=False)
    randomized = gr.Slider(0, 10, randomize=True, render=False)
    assert 0 <= randomized.value <= 10
