"""Write the Default theme's CSS variables where they are needed ready-made.

- js/theme-default.css: the page bundle carries them, so the page looks right before (and
  without) an app's theme;
- py/blocklite/themes/default_variables.py: what an app's config is diffed against
  (themes/css_variables.py),
  so a themed app does not build the Default theme at start-up.

Both are generated from the Python themes so they never disagree with them; unit tests
(tests/py/themes/test_page_payload.py) fail when either is stale.

    python3 scripts/theme_css.py          # rewrite both
    python3 scripts/theme_css.py --check  # exit 1 if either is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CSS_TARGET = REPO / "js" / "theme-default.css"
PY_TARGET = REPO / "py" / "blocklite" / "themes" / "default_variables.py"


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(REPO / "py"))
    from blocklite.themes.generate import default_theme_css, default_variables_module

    outputs = {CSS_TARGET: default_theme_css(), PY_TARGET: default_variables_module()}
    stale = [p for p, text in outputs.items() if not p.exists() or p.read_text() != text]
    if "--check" in argv:
        for path in stale:
            print(f"{path.relative_to(REPO)} is stale: run python3 scripts/theme_css.py")
        return 1 if stale else 0
    for path in stale:
        path.write_text(outputs[path])
        print(f"wrote {path.relative_to(REPO)} ({len(outputs[path])} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
