"""gr.I18n and I18nData: locale checks, how a key travels to the page, and that Python never translates."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable

import pytest
from helpers import completed, run_queued

import blocklite as gr
from blocklite.testing import TestClient

ClientFor = Callable[..., TestClient]

MARKER = '__i18n__{"__type__": "translation_metadata", "key": "greeting"}'


@pytest.fixture(autouse=True)
def _no_server(monkeypatch: pytest.MonkeyPatch) -> None:
    import blocklite.server.serve as serve

    monkeypatch.setattr(serve, "serve", lambda blocks, options: None)


def test_calling_an_i18n_gives_i18n_data_with_gradios_metadata() -> None:
    i18n = gr.I18n(en={"greeting": "Hello"}, fr={"greeting": "Bonjour"})
    data = i18n("greeting")
    assert isinstance(data, gr.I18nData)
    assert data.key == "greeting"
    assert data.to_dict() == {"__type__": "translation_metadata", "key": "greeting"}
    assert str(data) == MARKER
    assert f"{data}" == MARKER
    assert "Say " + data == "Say " + MARKER and data + "!" == MARKER + "!"
    assert i18n.translations_dict == {"en": {"greeting": "Hello"}, "fr": {"greeting": "Bonjour"}}


def test_valid_locale_codes_do_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        gr.I18n(en={}, **{"en-US": {}, "zh-CN": {}, "zh-Hant-TW": {}, "fil": {}})


@pytest.mark.parametrize("locale", ["english", "EN", "e", "en_US", "fr-"])
def test_an_invalid_locale_code_warns_and_is_kept(locale: str) -> None:
    with pytest.warns(UserWarning, match=f"Invalid locale code: '{locale}'"):
        i18n = gr.I18n(**{locale: {"k": "v"}})
    assert i18n.translations_dict == {locale: {"k": "v"}}


def test_translations_must_be_dicts_and_keys_strings() -> None:
    with pytest.raises(TypeError, match=r"I18n\(fr=...\): expected a dict"):
        gr.I18n(fr=["Bonjour"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="translation key must be a str"):
        gr.I18n()(3)  # type: ignore[arg-type]


def test_the_config_carries_keys_as_gradio_sends_them_and_the_translations() -> None:
    i18n = gr.I18n(en={"greeting": "Hello", "title": "App"}, fr={"greeting": "Bonjour"})
    with gr.Blocks(title=i18n("title")) as demo:
        box = gr.Textbox(label=i18n("greeting"), placeholder=i18n("greeting"))
        md = gr.Markdown(i18n("greeting"))
        btn = gr.Button(i18n("greeting"))
        with gr.Accordion(i18n("greeting")) as acc:
            gr.Markdown("x")
    demo.launch(i18n=i18n)
    config = json.loads(json.dumps(demo.get_config_file(), default=str))
    props = {c["id"]: c["props"] for c in config["components"]}
    assert props[box.id]["label"] == MARKER and props[box.id]["placeholder"] == MARKER
    assert props[md.id]["value"] == MARKER
    assert props[btn.id]["value"] == MARKER
    assert props[acc.id]["label"] == MARKER
    assert config["title"] == '__i18n__{"__type__": "translation_metadata", "key": "title"}'
    assert config["i18n_translations"] == {
        "en": {"greeting": "Hello", "title": "App"},
        "fr": {"greeting": "Bonjour"},
    }


def test_the_wire_format_is_the_marker_string(client_for: ClientFor) -> None:
    i18n = gr.I18n(en={"greeting": "Hello"})
    with gr.Blocks() as demo:
        gr.Textbox(label=i18n("greeting"))
    demo.launch(i18n=i18n)
    config = client_for(demo).get("/config").json()
    assert config["components"][0]["props"]["label"] == MARKER
    assert config["i18n_translations"] == {"en": {"greeting": "Hello"}}


def test_no_i18n_means_null_translations() -> None:
    with gr.Blocks() as demo:
        gr.Markdown("x")
    assert demo.get_config_file()["i18n_translations"] is None


def test_i18n_is_a_launch_parameter_not_a_blocks_one() -> None:
    with pytest.raises(TypeError, match="i18n"):
        gr.Blocks(i18n=gr.I18n(en={}))  # type: ignore[call-arg]
    with gr.Blocks() as demo:
        gr.Markdown("x")
    with pytest.raises(TypeError, match=r"launch\(i18n=...\) expects a gr.I18n"):
        demo.launch(i18n={"en": {"k": "v"}})


def test_python_reads_keys_back_never_translations(client_for: ClientFor) -> None:
    """A value Python holds (a State) or returns stays the key; only the page translates."""
    i18n = gr.I18n(en={"greeting": "Hello"}, fr={"greeting": "Bonjour"})
    seen: list[object] = []

    def read(stored: object) -> tuple[object, object]:
        seen.append(stored)
        return stored, "Say: " + i18n("greeting")

    with gr.Blocks() as demo:
        state = gr.State(i18n("greeting"))
        md = gr.Markdown()
        box = gr.Textbox()
        gr.Button().click(read, state, [md, box])
    demo.launch(i18n=i18n)
    data = completed(run_queued(client_for(demo), 0, [None]))["output"]["data"]
    assert isinstance(seen[0], gr.I18nData) and seen[0].key == "greeting"
    assert seen[0] == i18n("greeting") and seen[0] == MARKER
    assert data == [MARKER, "Say: " + MARKER]


def test_error_messages_name_a_translated_component_by_its_key() -> None:
    i18n = gr.I18n(en={"count": "Count"})
    box = gr.Number(label=i18n("count"), render=False)
    assert box.describe() == f"Number 'count' (id {box.id})"


def test_str_methods_on_a_key_keep_the_key() -> None:
    i18n = gr.I18n(en={"hi": "Hello"})
    key = i18n("hi")
    assert key.strip() is key and key.upper() is key and key.replace("a", "b") is key
    with pytest.raises(AttributeError, match="no attribute 'not_a_str_method'"):
        key.not_a_str_method  # noqa: B018
