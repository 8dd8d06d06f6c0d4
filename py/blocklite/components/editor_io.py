"""One image of an ImageEditor value (background, a layer, the composite) read for the handler.

Why it exists: the editor's images differ from gr.Image's in one rule Gradio applies: the page
exports PNGs whose transparent pixels are black at alpha 0, so for an `image_mode` without alpha
the background and the composite are flattened on white before the conversion (layers only lose
their alpha). Every image is then given as `type` says; "filepath" is a converted copy in the
app's cache, named like the upload. Without PIL the upload's path is given as it is (one note),
once its first bytes say it is an image (image_io.py holds the shared readers).
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from ..optional import note_fallback, optional, require
from .image_io import ImageType, _check_signature, _open, save_pil

_WITH_ALPHA = ("RGBA", "LA", "PA")


def decode_editor_image(
    path: str,
    type: ImageType,
    image_mode: str | None,
    format: str,
    *,
    orig_name: str | None = None,
    flatten_on_white: bool = False,
) -> Any:
    """An image file of the app's cache (already checked) → numpy array, PIL image or path."""
    shown = orig_name or Path(path).name
    if optional("PIL") is None:
        if type != "filepath":
            require("PIL", f"ImageEditor(type={type!r})")
        _check_signature(path, shown)
        note_fallback("PIL", "ImageEditor images reach the function as uploaded (no image_mode)")
        return path
    pil_image = require("PIL.Image", "Reading an image")
    image = _open(path, shown)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        has_alpha = "A" in image.getbands() or "transparency" in image.info
        if flatten_on_white and image_mode not in _WITH_ALPHA and has_alpha:
            image = image.convert("RGBA")
            image = pil_image.alpha_composite(pil_image.new("RGBA", image.size, "white"), image)
        if image_mode is not None:
            image = image.convert(image_mode)
    if type == "pil":
        return image
    if type == "numpy":
        return require("numpy", "ImageEditor(type='numpy')").array(image)
    if orig_name:
        named = Path(orig_name)
        name, suffix = named.stem or "image", named.suffix.removeprefix(".") or format
    else:
        name, suffix = "image", format
    suffix = "jpeg" if suffix.lower() in ("jpg", "jpeg") else suffix
    return save_pil(image, suffix, name)
