"""blocklite.optional: a missing package falls back with one note, or fails naming the package."""

import sys

import pytest

from blocklite import optional as opt


@pytest.fixture(autouse=True)
def _fresh():
    opt.forget()
    yield
    opt.forget()


def test_optional_returns_the_module_or_none():
    assert opt.optional("json") is sys.modules["json"]
    assert opt.optional("no_such_package_xyz") is None


def test_require_names_the_package_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "PIL", None)  # import of PIL now fails
    with pytest.raises(opt.MissingPackageError, match=r"Image\(type='pil'\) needs the 'pillow'"):
        opt.require("PIL", "Image(type='pil')")


def test_note_fallback_says_it_once(capsys):
    opt.note_fallback("numpy", "images are passed as file paths")
    opt.note_fallback("numpy", "images are passed as file paths")
    err = capsys.readouterr().err
    assert err.count("'numpy' is not installed, so images are passed as file paths.") == 1
