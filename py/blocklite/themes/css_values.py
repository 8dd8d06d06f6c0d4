"""One theme value as CSS: `*name` references to `var(--name)`, and what a value may not contain.

Why it exists: both the theme classes (base.py, which checks values as they are set) and the code
that writes a theme's variables for the page (css_variables.py) need these rules; kept apart, the
two do not import each other.
"""

from __future__ import annotations

import re

#: `*name` inside a value: a reference to another variable.
REFERENCE = re.compile(r"\*(\w+)")

#: What may not appear in a value: it could end the declaration or the rule (`;`, `{`, `}`),
#: also written as a CSS escape (`\7d`, `\}`), or close an HTML `<style>` element (`<`).
UNSAFE = re.compile(r"[{};<]|\\(?:[{};<]|0{0,4}(?:7[bBdD]|3[bBcC])(?![0-9a-fA-F]))")


def css_name(variable: str) -> str:
    """`button_primary_background_fill` → `button-primary-background-fill` (without `--`)."""
    return variable.replace("_", "-")


#: to_css results by value: themes share most values, so each distinct one is converted once.
_CSS_VALUES: dict[str, str] = {}


def to_css(value: object) -> str:
    """A variable's value as CSS: every `*name` becomes `var(--name)`."""
    text = str(value)
    css = _CSS_VALUES.get(text)
    if css is None:
        css = REFERENCE.sub(_var, text) if "*" in text else text
        if len(_CSS_VALUES) < 4096:
            _CSS_VALUES[text] = css
    return css


def _var(match: re.Match[str]) -> str:
    return "var(--" + css_name(match.group(1)) + ")"


def check_safe(name: str, value: object) -> None:
    """Refuse a value that could break out of its CSS declaration (`/theme.css` writes it as is)."""
    found = UNSAFE.search(str(value))
    if found:
        raise ValueError(
            f"theme variable '{name}' = {value!r} contains {found.group(0)!r}: theme values may "
            "not contain '{', '}', ';', '<' or a backslash escape of them"
        )
