"""gr.FileExplorer: arguments, pre/postprocess, the `ls` listing, the component_server route, and
paths outside root_dir refused; the config against real Gradio."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

import blocklite as gr
from blocklite.errors import Error


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "sub" / "deep").mkdir(parents=True)
    (tmp_path / "a.py").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "sub" / "c.py").write_text("c")
    (tmp_path / "sub" / "deep" / "d.py").write_text("d")
    (tmp_path.parent / "secret.txt").write_text("no")
    return tmp_path


def build(**kwargs):
    with gr.Blocks():
        return gr.FileExplorer(**kwargs)


def test_ls_lists_folders_first_then_files_matching_the_glob(tree: Path) -> None:
    explorer = build(glob="**/*.py", root_dir=tree)
    assert explorer.ls(None) == [  # fnmatch on the full path, as Gradio: "*" spans "/"
        {"name": "sub", "type": "folder", "valid": False},
        {"name": "a.py", "type": "file", "valid": True},
    ]
    assert explorer.ls(["sub"]) == [
        {"name": "deep", "type": "folder", "valid": False},
        {"name": "c.py", "type": "file", "valid": True},
    ]
    everything = build(root_dir=tree, ignore_glob="*.txt")
    assert [e["name"] for e in everything.ls([])] == ["sub", "a.py"]
    assert everything.ls(["missing"]) == []


@pytest.mark.parametrize("parts", [[".."], ["sub", "..", ".."], ["/etc"], ["..", "secret.txt"]])
def test_paths_outside_root_dir_are_refused(tree: Path, parts: list[str]) -> None:
    explorer = build(root_dir=tree)
    with pytest.raises(Error, match="outside root_dir"):
        explorer.ls(parts)
    with pytest.raises(Error, match="outside root_dir"):
        explorer.preprocess([parts])


def test_a_symlink_out_of_root_is_refused(tree: Path) -> None:
    os.symlink(tree.parent, tree / "up")
    with pytest.raises(Error, match="outside root_dir"):
        build(root_dir=tree).ls(["up"])


def test_preprocess_gives_absolute_paths_one_or_many(tree: Path) -> None:
    many = build(root_dir=tree)
    assert many.preprocess([["a.py"], ["sub", "c.py"]]) == [
        str(tree / "a.py"),
        str(tree / "sub" / "c.py"),
    ]
    single = build(root_dir=tree, file_count="single")
    assert single.preprocess([["a.py"]]) == str(tree / "a.py")
    assert single.preprocess([]) is None and single.preprocess(None) is None
    with pytest.raises(Error, match="Expected only one file, but 2"):
        single.preprocess([["a.py"], ["b.txt"]])
    with pytest.raises(Error, match="list of paths"):
        many.preprocess("a.py")


def test_postprocess_splits_paths_relative_to_root(tree: Path) -> None:
    explorer = build(root_dir=tree)
    assert explorer.postprocess(str(tree / "sub" / "c.py")) == [["sub", "c.py"]]
    assert explorer.postprocess(["a.py", tree / "b.txt"]) == [["a.py"], ["b.txt"]]
    assert explorer.postprocess(None) is None
    with pytest.raises(ValueError, match="outside root_dir"):
        explorer.postprocess(str(tree.parent / "secret.txt"))


def test_bad_arguments(tree: Path) -> None:
    with pytest.raises(ValueError, match="does not exist"):
        build(root_dir=tree / "nope")
    with pytest.raises(ValueError, match="not a directory"):
        build(root_dir=tree / "a.py")
    with pytest.raises(ValueError, match="file_count"):
        build(root_dir=tree, file_count="some")


def test_the_component_server_route_answers_ls_and_refuses_the_rest(tree: Path, client_for) -> None:
    with gr.Blocks() as demo:
        explorer = gr.FileExplorer(root_dir=tree)
        text = gr.Textbox()
    client = client_for(demo)

    def call(**body):
        return client.post("/gradio_api/component_server", json={"session_hash": "s", **body})

    answer = call(component_id=explorer.id, fn_name="ls", data=["sub"])
    assert answer.status == 200
    assert [e["name"] for e in answer.json()] == ["deep", "c.py"]
    assert call(component_id=explorer.id, fn_name="ls", data=[".."]).status == 403
    assert call(component_id=explorer.id, fn_name="preprocess", data=[]).status == 404
    assert call(component_id=text.id, fn_name="ls", data=[]).status == 404
    assert call(component_id="x", fn_name="ls").status == 422


@pytest.mark.skipif(sys.platform == "emscripten", reason="runs real Gradio in a subprocess")
def test_config_props_are_gradios(tree: Path) -> None:
    from real_gradio import NOT_IN_CONFIG, gradio_props

    cases = [
        ("FileExplorer", {"root_dir": str(tree)}),
        (
            "FileExplorer",
            {
                "glob": "*.py",
                "file_count": "single",
                "root_dir": str(tree),
                "label": "Files",
                "height": 300,
                "ignore_glob": "*.txt",
            },
        ),
    ]
    expected = gradio_props(cases)
    with gr.Blocks():
        ours = [gr.FileExplorer(**kwargs).get_props() for _, kwargs in cases]
    for mine, theirs in zip(ours, expected):
        assert {k: v for k, v in mine.items() if k not in NOT_IN_CONFIG} == theirs
