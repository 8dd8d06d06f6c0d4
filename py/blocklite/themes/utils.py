"""`gr.themes.utils`: Gradio's home of `colors`, `fonts`, `sizes` (`gr.themes.utils.colors.red`)."""

from __future__ import annotations

from . import colors as colors
from . import fonts as fonts
from . import sizes as sizes
