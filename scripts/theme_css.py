"""Write js/theme-default.css: the Default theme's CSS variables, which the page bundle carries.

Why it exists: the page must look right before (and without) an app's theme, and an app's config
only carries the variables that differ from the Default theme (py/blocklite/themes/page.py). The
bundled copy is generated from the Python themes so the two never disagree; a unit test
(tests/py/themes/test_page_payload.py) fails when this file is stale.

    python3 scripts/theme_css.py          # rewrite js/theme-default.css
    python3 scripts/theme_css.py --check  # exit 1 if it is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET = REPO / "js" / "theme-default.css"


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(REPO / "py"))
    from blocklite.themes.page import default_theme_css

    css = default_theme_css()
    if "--check" in argv:
        if not TARGET.exists() or TARGET.read_text() != css:
            print(f"{TARGET.relative_to(REPO)} is stale: run python3 scripts/theme_css.py")
            return 1
        return 0
    TARGET.write_text(css)
    print(f"wrote {TARGET.relative_to(REPO)} ({len(css)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
