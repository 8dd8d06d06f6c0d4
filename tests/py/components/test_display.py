"""Display components, pickers and layouts: their values and config."""

from __future__ import annotations

import datetime as dt

import pytest

import blocklite as gr


def test_label_from_confidences_ranks_and_limits() -> None:
    label = gr.Label(num_top_classes=2, render=False)
    assert label.postprocess({"cat": 0.2, "dog": 0.7, "cow": 0.1}) == {
        "label": "dog",
        "confidences": [{"label": "dog", "confidence": 0.7}, {"label": "cat", "confidence": 0.2}],
    }
    assert label.postprocess("bird") == {"label": "bird"}
    assert label.preprocess({"label": "dog"}) == "dog"
    with pytest.raises(TypeError, match="confidences must be numbers"):
        label.postprocess({"cat": "high"})


def test_highlighted_text_pairs_entities_and_combining() -> None:
    text = gr.HighlightedText(combine_adjacent=True, render=False)
    assert text.postprocess([("The ", None), ("big", "adj"), (" ", "adj"), ("cat", "noun")]) == [
        {"token": "The ", "class_or_confidence": None},
        {"token": "big ", "class_or_confidence": "adj"},
        {"token": "cat", "class_or_confidence": "noun"},
    ]
    entities = {"text": "Hi Ann!", "entities": [{"entity": "PER", "start": 3, "end": 6}]}
    assert gr.HighlightedText(render=False).postprocess(entities) == [
        {"token": "Hi ", "class_or_confidence": None},
        {"token": "Ann", "class_or_confidence": "PER"},
        {"token": "!", "class_or_confidence": None},
    ]


def test_json_html_code() -> None:
    assert gr.JSON(render=False).postprocess('{"a": [1, 2]}') == {"a": [1, 2]}
    with pytest.raises(gr.Error, match="Invalid JSON string"):
        gr.JSON(render=False).postprocess("NaN")
    assert gr.JSON(render=False).postprocess({"a": (float("nan"), {1}, "x")}) == {
        "a": [None, "{1}", "x"]
    }
    assert gr.HTML("<b>x</b>", render=False).value == "<b>x</b>"
    code = gr.Code("print(1)", language="python", render=False)
    assert code.get_props()["language"] == "python" and code.value == "print(1)"
    assert gr.Code(language="sql-pgSQL", render=False).language == "sql-pgSQL"
    with pytest.raises(ValueError, match="'cobol' is not supported"):
        gr.Code(language="cobol", render=False)


def test_color_picker_and_datetime() -> None:
    color = gr.ColorPicker(render=False)
    assert color.preprocess("#ff8800") == "#ff8800"
    with pytest.raises(gr.Error):
        color.preprocess("orange")
    when = gr.DateTime(render=False)
    assert when.preprocess("2024-05-01 13:45:00") == dt.datetime(2024, 5, 1, 13, 45).timestamp()
    assert (
        gr.DateTime(type="string", include_time=False, render=False).preprocess("2024-05-01")
        == "2024-05-01"
    )
    assert when.postprocess(dt.datetime(2024, 5, 1, 13, 45)) == "2024-05-01 13:45:00"
    with pytest.raises(gr.Error, match="not a date"):
        when.preprocess("yesterday")


def test_tabs_accordion_group_sidebar_config_and_implicit_tabs() -> None:
    with gr.Blocks() as demo:
        with gr.Tab("One", id="one") as one:
            gr.Markdown("1")
        with gr.Tab("Two") as two:
            gr.Markdown("2")
        with gr.Accordion("More", open=False) as more:
            gr.Markdown("hidden")
        with gr.Group() as group:
            gr.Textbox()
        with gr.Sidebar(position="right") as side:
            gr.Markdown("side")
    config = demo.get_config_file()
    by_id = {c["id"]: c for c in config["components"]}
    tabs = demo.children[0]
    assert by_id[tabs.id]["type"] == "tabs"
    assert [child.id for child in tabs.children] == [one.id, two.id]
    assert by_id[one.id]["type"] == "tabitem" and by_id[one.id]["props"]["id"] == "one"
    assert by_id[two.id]["props"]["id"] == two.id
    assert by_id[more.id]["props"] == {**by_id[more.id]["props"], "label": "More", "open": False}
    assert by_id[group.id]["type"] == "group"
    assert by_id[side.id]["props"]["position"] == "right"


def test_clear_button_empties_in_the_page_and_resets_state() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox("x")
        num = gr.Number(3)
        state = gr.State([1])
        clear = gr.ClearButton([box, num, state])
    deps = demo.get_config_file()["dependencies"]
    page = next(d for d in deps if d["js"])
    assert page["targets"] == [[clear.id, "click"]] and page["backend_fn"] is False
    assert page["js"] == "() => [null, null]" and page["outputs"] == [box.id, num.id]
    python = next(d for d in deps if d["backend_fn"])
    assert python["outputs"] == [state.id]
    assert demo(fn_index=python["id"]) is None  # State outputs are not returned
