"""`gr.I18n`: the app's own translations, looked up in the page by the browser's language.

Why it exists: Gradio apps name translatable text by key (`i18n("greeting")`) wherever a label,
placeholder, info, button text, Markdown or title is given, and hand the translations to
`launch(i18n=...)`. Python never translates: an `I18nData` travels to the page as Gradio sends it
(its `str()`, a `__i18n__{...}` marker, because the JSON encoder stringifies what it does not know),
the translations travel in the config's `i18n_translations`, and js/page/i18n.ts picks the language.
So Python code that reads such a value back sees the key, never a translation.
"""

from __future__ import annotations

import json
import re
import warnings
from typing import Any

#: A BCP 47 tag as Gradio checks it: a 2-3 letter lowercase language, subtags of 2-8 characters.
_LOCALE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")

#: What the page looks for in a string (and in an object's `__type__`).
MARKER = "__i18n__"
TYPE = "translation_metadata"


class I18nData:
    """A translation key standing in for text; the page shows the text for the reader's language."""

    def __init__(self, key: str) -> None:
        if not isinstance(key, str):
            raise TypeError(f"i18n(): the translation key must be a str, got {type(key).__name__}")
        self.key = key

    def to_dict(self) -> dict[str, Any]:
        """The metadata object the page recognises: `{"__type__": "translation_metadata", ...}`."""
        return {"__type__": TYPE, "key": self.key}

    def tojson(self) -> dict[str, Any]:
        return self.to_dict()

    def __str__(self) -> str:
        # The form that survives `str(value)`, f-strings and concatenation: the page finds the
        # marker inside any text and replaces it with the translation.
        return MARKER + json.dumps(self.to_dict())

    def __repr__(self) -> str:
        return str(self)

    def __add__(self, other: object) -> str:
        return str(self) + str(other)

    def __radd__(self, other: object) -> str:
        return str(other) + str(self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, I18nData):
            return other.key == self.key
        return isinstance(other, str) and other == str(self)

    def __hash__(self) -> int:
        return hash(str(self))

    def __getattr__(self, name: str) -> Any:
        # As in Gradio, a str method called on a key answers with the key itself, so code that
        # tidies a label (`label.strip()`, `.capitalize()`) keeps it translatable.
        if name.startswith("__") or not hasattr(str, name):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        return lambda *args, **kwargs: self


class I18n:
    """`gr.I18n(en={"greeting": "Hello"}, fr={"greeting": "Bonjour"})`: locale code → {key: text}.

    Call it with a key to get the value to use in place of text: `label=i18n("greeting")`.
    """

    def __init__(self, **translations: dict[str, str]) -> None:
        self.translations: dict[str, dict[str, str]] = {}
        for locale, table in translations.items():
            if not _LOCALE.match(locale):
                warnings.warn(
                    f"Invalid locale code: '{locale}'. Locale codes should follow BCP 47 "
                    "(e.g. 'en', 'en-US', 'zh-CN'); its translations are kept but may never be "
                    "picked.",
                    UserWarning,
                    stacklevel=2,
                )
            if not isinstance(table, dict):
                raise TypeError(
                    f"I18n({locale}=...): expected a dict of key → text, got {type(table).__name__}"
                )
            self.translations[locale] = dict(table)

    def __call__(self, key: str) -> I18nData:
        return I18nData(key)

    @property
    def translations_dict(self) -> dict[str, dict[str, str]]:
        """What the config's `i18n_translations` carries."""
        return self.translations

    def __repr__(self) -> str:
        return f"I18n(locales={sorted(self.translations)})"
