"""Blocks as a context manager: creation order, nesting, ids and the config's layout."""

from __future__ import annotations

import pytest

import blocklite as gr


def test_creation_order_is_render_order_and_nesting_follows_with() -> None:
    with gr.Blocks() as demo:
        title = gr.Markdown("# Title")
        with gr.Row() as row:
            a = gr.Number(label="a")
            with gr.Column(scale=2) as column:
                b = gr.Number(label="b")
        button = gr.Button("Go")
    assert demo.layout() == {
        "id": demo.id,
        "children": [
            {"id": title.id},
            {
                "id": row.id,
                "children": [{"id": a.id}, {"id": column.id, "children": [{"id": b.id}]}],
            },
            {"id": button.id},
        ],
    }
    assert set(demo.blocks) == {demo.id, title.id, row.id, a.id, column.id, b.id, button.id}


def test_render_false_keeps_a_block_out_until_rendered() -> None:
    hidden = gr.Textbox(render=False)
    with gr.Blocks() as demo:
        first = gr.Textbox()
        hidden.render()
    assert [child.id for child in demo.children] == [first.id, hidden.id]


def test_component_config_has_type_props_and_leaves_out_none() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox(label="Name", elem_id="name", elem_classes="big", lines=3)
    entry = next(c for c in demo.get_config_file()["components"] if c["id"] == box.id)
    assert entry["type"] == "textbox"
    props = entry["props"]
    assert props["label"] == "Name"
    assert props["elem_id"] == "name"
    assert props["elem_classes"] == ["big"]
    assert props["lines"] == 3
    assert props["name"] == "textbox"
    assert "placeholder" not in props  # None values are left out
    assert "interactive" not in props  # inferred by the page unless given
    assert entry["api_info"] == {"type": "string"}


def test_root_blocks_is_not_a_component_and_layouts_are() -> None:
    with gr.Blocks() as demo, gr.Row(variant="panel") as row:
        gr.Markdown("x")
    config = demo.get_config_file()
    types = {c["id"]: c["type"] for c in config["components"]}
    assert demo.id not in types
    assert types[row.id] == "row"
    row_entry = next(c for c in config["components"] if c["id"] == row.id)
    assert row_entry["props"]["variant"] == "panel"
    assert row_entry["skip_api"] is True


def test_column_rejects_fractional_scale() -> None:
    with pytest.raises(ValueError, match="whole number"):
        gr.Column(scale=1.5, render=False)  # type: ignore[arg-type]


def test_listener_outside_blocks_is_an_error() -> None:
    button = gr.Button(render=False)
    with pytest.raises(AttributeError, match=r"outside of a gradio\.Blocks context"):
        button.click(lambda: None)


def test_unknown_attribute_fails_like_python() -> None:
    with pytest.raises(AttributeError):
        gr.NoSuchComponent  # noqa: B018


def test_interactive_override_reaches_the_config() -> None:
    with gr.Blocks() as demo:
        out = gr.Textbox(interactive=True)
    entry = next(c for c in demo.get_config_file()["components"] if c["id"] == out.id)
    assert entry["props"]["interactive"] is True
