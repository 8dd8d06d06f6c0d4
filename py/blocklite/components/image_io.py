"""Images in and out of an app: the one place an image is encoded to a file or decoded from one.

Why it exists: `gr.Image`, `gr.Gallery` and chat attachments all turn what a handler returns (a
file path or URL, a PIL image, a numpy array) into a FileData the page can show, and an upload
into what the handler asked for (a numpy array, a PIL image or a file path). Gradio does this
with numpy and PIL, which a browser app usually lacks (py/blocklite/optional.py). Here each path
does exactly what Gradio does when the packages are importable and, when they are not, the
plain-Python thing (the file as it is, one console note), or fails naming the package when there
is no plain-Python form (docs/files.md, "Images and optional packages").

Neither numpy nor PIL is imported before a value needs it, so `import blocklite` stays fast.
"""

from __future__ import annotations

import base64
import io
import os
import warnings
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote, unquote_to_bytes

from ..errors import Error
from ..files import cache
from ..optional import note_fallback, optional, require

ImageType = Literal["numpy", "pil", "filepath"]
Position = str | tuple[int, int]

#: The first bytes of the image formats a browser shows (what is checked when PIL is missing).
_SIGNATURES: tuple[tuple[int, bytes], ...] = (
    (0, b"\x89PNG\r\n\x1a\n"),
    (0, b"\xff\xd8\xff"),  # JPEG
    (0, b"GIF87a"),
    (0, b"GIF89a"),
    (0, b"BM"),
    (0, b"II*\x00"),  # TIFF
    (0, b"MM\x00*"),
    (0, b"\x00\x00\x01\x00"),  # ICO
    (8, b"WEBP"),
    (4, b"ftypavif"),
    (4, b"ftypheic"),
    (4, b"ftypmif1"),
)


def _is_array(value: Any) -> bool:
    return type(value).__module__ == "numpy" and hasattr(value, "dtype")


def _is_pil_image(value: Any) -> bool:
    pil = optional("PIL.Image") if optional("PIL") is not None else None
    return pil is not None and isinstance(value, pil.Image)


# -- encoding (postprocess) ---------------------------------------------------------------------


def encode_image(
    value: Any,
    format: str = "webp",
    *,
    watermark: Any = None,
    position: Position = "bottom-right",
) -> dict[str, Any] | None:
    """What a handler returned as an image → the FileData dict the page receives.

    A str or Path (a file or an http(s) URL) goes through the app's cache as it is, with no
    conversion, as in Gradio; an SVG file is shown from a data: URL (Gradio's form). A PIL image
    or numpy array is saved as `format` (PNG when PIL cannot write that format). `watermark` (an
    image in any of these forms) is pasted at `position`; without PIL it is left off (one note).
    """
    if value is None:
        return None
    if watermark is not None:
        if optional("PIL") is None:
            note_fallback("PIL", "an Image's watermark is not applied (the image is served as is)")
        else:
            value = _watermarked(value, watermark, position)
    if isinstance(value, (str, Path)):
        return _file_or_url(os.fspath(value))
    if _is_array(value):
        require("PIL", "An Image showing a numpy array")
        return _store_pil(_pil_from_array(value), format)
    if _is_pil_image(value):
        return _store_pil(value, format)
    raise ValueError(f"Cannot process this value as an Image, it is of type: {type(value)}")


def _file_or_url(text: str) -> dict[str, Any]:
    data = cache.current().file_data(text)
    if text.lower().endswith(".svg") and not text.startswith(("http://", "https://")):
        svg = Path(data["path"]).read_text(encoding="utf-8", errors="replace")
        data = {**data, "url": f"data:image/svg+xml,{quote(svg)}", "mime_type": "image/svg+xml"}
    return data


def _pil_from_array(array: Any) -> Any:
    """A numpy array as a PIL image, with Gradio's reading of dtypes (see `to_uint8`)."""
    pil_image = require("PIL.Image", "An Image showing a numpy array")
    pixels = to_uint8(array)
    try:
        return pil_image.fromarray(pixels)
    except (TypeError, ValueError) as exc:
        raise ValueError(
            f"Cannot show an array of shape {tuple(array.shape)} as an image: use (height, "
            "width) for gray, (height, width, 3) for RGB or (height, width, 4) for RGBA."
        ) from exc


def to_uint8(array: Any) -> Any:
    """An image array as uint8, the way Gradio (after scikit-image) reads each dtype: bool is
    0/255, floats in [-1, 1] scale by 255 (negatives become 0; outside that range is an error),
    unsigned and signed integers keep values below 256 and are shifted down otherwise."""
    np = require("numpy", "An Image showing a numpy array")
    array = np.asarray(array)
    kind = array.dtype.kind
    if array.dtype == np.uint8:
        return array
    if kind == "b":
        return array.astype(np.uint8) * np.uint8(255)
    if kind == "f":
        if array.size and (np.min(array) < -1.0 or np.max(array) > 1.0):
            raise ValueError("Images of type float must be between -1 and 1.")
        return np.clip(np.rint(array.astype(np.float64) * 255), 0, 255).astype(np.uint8)
    if kind in "ui":
        bits = array.dtype.itemsize * 8 - (1 if kind == "i" else 0)
        if array.size and array.max() >= 256:
            array = array // (2 ** (bits - 8))
        return np.clip(array, 0, 255).astype(np.uint8)
    raise ValueError(f"Cannot show an array of dtype {array.dtype} as an image.")


def _store_pil(image: Any, format: str) -> dict[str, Any]:
    return cache.current().file_data(save_pil(image, format))


def save_pil(image: Any, format: str, name: str = "image") -> str:
    """`image` saved as `format` (PNG when PIL cannot write that format, as Gradio) in the app's
    cache, as `<name>.<format>`; its path."""
    try:
        data, ext = _pil_bytes(image, format), format
    except (KeyError, ValueError):
        data, ext = _pil_bytes(image, "png"), "png"
    return cache.current().store_bytes(data, f"{name}.{ext.lower()}")


def _pil_bytes(image: Any, format: str) -> bytes:
    """`image` encoded as `format`, keeping what Gradio keeps: every frame of a GIF, the text
    metadata of a PNG, the EXIF block otherwise."""
    out = io.BytesIO()
    kind = format.lower()
    if kind == "gif":
        sequence = require("PIL.ImageSequence", "Saving a GIF")
        frames = [frame.copy() for frame in sequence.Iterator(image)]
        frames[0].save(out, format=format, save_all=True, append_images=frames[1:], loop=0)
    elif kind == "png":
        png = require("PIL.PngImagePlugin", "Saving a PNG")
        info = png.PngInfo()
        for key, text in image.info.items():
            if isinstance(key, str) and isinstance(text, str):
                info.add_text(key, text)
        image.save(out, format, pnginfo=info)
    else:
        exif = image.info.get("exif")
        image.save(out, format, **({"exif": exif} if exif else {}))
    return out.getvalue()


def _open_any(value: Any) -> Any:
    pil_image = require("PIL.Image", "A watermark")
    if _is_array(value):
        return _pil_from_array(value)
    if isinstance(value, (str, Path)):
        return pil_image.open(value)
    if _is_pil_image(value):
        return value
    raise ValueError(f"Cannot use a {type(value).__name__} as an image.")


def _watermarked(value: Any, watermark: Any, position: Position) -> Any:
    """`value` with `watermark` pasted 10 px from the named corner (or at an (x, y)); a mark
    that does not fit there goes to the bottom right, as in Gradio. SVGs and URLs are left alone."""
    if isinstance(value, (str, Path)):
        text = os.fspath(value)
        if text.lower().endswith(".svg") or text.startswith(("http://", "https://")):
            return value  # an SVG or a URL is shown as it is
    base, mark = _open_any(value), _open_any(watermark)
    (width, height), (w, h) = base.size, mark.size
    corners = {
        "top-left": (10, 10),
        "top-right": (width - w - 10, 10),
        "bottom-left": (10, height - h - 10),
        "bottom-right": (width - w - 10, height - h - 10),
    }
    x, y = corners.get(position, corners["bottom-right"]) if isinstance(position, str) else position
    if x < 0 or y < 0 or x + w > width or y + h > height:
        x, y = corners["bottom-right"]
    mode = base.mode
    merged = base.convert("RGBA")
    mark = mark.convert("RGBA")
    merged.paste(mark, (x, y), mask=mark)
    return merged.convert(mode)


# -- decoding (preprocess) ----------------------------------------------------------------------


def store_data_url(url: str) -> str:
    """A `data:` URL a client sent (Gradio's base64 image form) as a cache file; its path."""
    head, _, body = url.partition(",")
    try:
        data = base64.b64decode(body) if ";base64" in head else unquote_to_bytes(body)
    except ValueError:
        raise Error("The image sent is not valid base64 data.") from None
    mime = head.removeprefix("data:").split(";")[0] or "image/png"
    ext = {"image/jpeg": "jpeg", "image/svg+xml": "svg"}.get(mime, mime.rsplit("/", 1)[-1])
    return cache.current().store_bytes(data, f"image.{ext}")


def decode_image(
    path: str,
    type: ImageType,
    image_mode: str | None,
    *,
    orig_name: str | None = None,
) -> Any:
    """An image file in the app's cache (already checked) → a numpy array, a PIL image, or a path.

    As Gradio: an SVG passes as its path (other types refuse it); the image is opened with PIL,
    turned upright by its EXIF orientation and converted to `image_mode` (not a GIF); for
    "filepath" it is saved again (named and typed like `orig_name`) only when its mode changes.
    Without PIL, "filepath" gets the file as uploaded (one note) once its first bytes say it is
    an image. A file that is not an image is a gr.Error (a toast in the page).
    """
    shown = orig_name or Path(path).name
    named = Path(orig_name or "image.webp")
    stem, suffix = named.stem, named.suffix.removeprefix(".")
    suffix = "jpeg" if suffix.lower() in ("jpg", "jpeg") else suffix
    if suffix.lower() == "svg":
        if type == "filepath":
            return path
        raise Error("SVG files are not supported as input images for this app.")
    if optional("PIL") is None:
        if type != "filepath":
            require("PIL", f"Image(type={type!r})")
        _check_signature(path, shown)
        if image_mode is not None:
            note_fallback("PIL", "uploaded images reach the function as they are (no image_mode)")
        return path
    image = _open(path, shown)
    if type == "filepath" and image_mode in (None, image.mode):
        return path
    image = _upright(image)
    if suffix.lower() != "gif" and image_mode is not None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            image = image.convert(image_mode)
    if type == "pil":
        return image
    if type == "numpy":
        return require("numpy", "Image(type='numpy')").array(image)
    return save_pil(image, suffix or "webp", stem or "image")


def _open(path: str, shown: str) -> Any:
    pil_image = require("PIL.Image", "Reading an image")
    try:
        with open(path, "rb") as file:  # read whole: no file handle outlives the call
            image = pil_image.open(io.BytesIO(file.read()))
        image.load()
    except (OSError, SyntaxError, ValueError, pil_image.DecompressionBombError) as exc:
        message = f"{shown} is not an image that can be read ({exc})."
        raise Error(message, title="Bad image") from None
    return image


def _upright(image: Any) -> Any:
    ops = require("PIL.ImageOps", "Reading an image")
    if image.getexif().get(274, 1) != 1:  # 274: orientation, 1: already upright
        try:
            return ops.exif_transpose(image)
        except Exception:
            warnings.warn("Failed to transpose an image based on its EXIF data.", stacklevel=2)
    return image


def _check_signature(path: str, shown: str) -> None:
    """Without PIL: refuse a file whose first bytes are no image format a browser shows."""
    with open(path, "rb") as file:
        head = file.read(32)
    if any(head[at : at + len(magic)] == magic for at, magic in _SIGNATURES):
        return
    raise Error(f"{shown} is not an image that can be read.", title="Bad image")
