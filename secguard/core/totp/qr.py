"""QR codes of a set-up key: made with segno (drawn later by Qt), read with zxing-cpp.

No Qt here: reading takes raw pixel data, which the caller gets from a
QImage (``QImage.constBits()`` after ``convertToFormat(Format_Grayscale8)``,
with ``bytesPerLine()`` as the row stride).  Neither the picture nor its text
is kept, logged or written anywhere.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from secguard.core.totp.keys import Finding, KeyCheck, check_setup_text

QUIET_ZONE = 4  # modules of white border the QR specification asks for
MAX_IMAGE_PIXELS = 40_000_000  # a 40-megapixel photo; beyond that decoding takes too long


class PixelFormat(enum.StrEnum):
    """Byte layouts the decoder reads."""

    GRAY = "gray"
    RGB = "rgb"
    RGBA = "rgba"
    BGRA = "bgra"  # QImage's Format_RGB32/ARGB32 on a little-endian machine

    @property
    def bytes_per_pixel(self) -> int:
        return 1 if self is PixelFormat.GRAY else len(self.value)


@dataclass(frozen=True)
class QrModules:
    """The dark (True) and light modules of a QR code, quiet zone included, row by row."""

    rows: tuple[tuple[bool, ...], ...] = field(repr=False)
    border: int = QUIET_ZONE

    @property
    def size(self) -> int:
        """Modules per side, quiet zone included."""
        return len(self.rows)


def qr_modules(text: str, border: int = QUIET_ZONE) -> QrModules:
    """The module matrix of ``text``, with error correction M (a photo of a screen with
    glare still reads; segno raises it further when the size allows)."""
    import segno

    code = segno.make_qr(text, error="m")
    rows = tuple(tuple(bool(module) for module in row) for row in code.matrix_iter(border=border))
    return QrModules(rows, border)


class InvalidImage(ValueError):
    pass


def read_qr_texts(
    pixels: bytes | memoryview,
    width: int,
    height: int,
    pixel_format: PixelFormat = PixelFormat.GRAY,
    row_stride: int = 0,
) -> list[str]:
    """The text of every QR code found in the image (none found: an empty list)."""
    import zxingcpp

    if width <= 0 or height <= 0:
        raise InvalidImage("size")
    if width * height > MAX_IMAGE_PIXELS:
        raise InvalidImage("too large")
    stride = row_stride or width * pixel_format.bytes_per_pixel
    if stride < width * pixel_format.bytes_per_pixel or len(pixels) < stride * height:
        raise InvalidImage("buffer smaller than the image")
    formats = {
        PixelFormat.GRAY: zxingcpp.ImageFormat.Lum,
        PixelFormat.RGB: zxingcpp.ImageFormat.RGB,
        PixelFormat.RGBA: zxingcpp.ImageFormat.RGBA,
        PixelFormat.BGRA: zxingcpp.ImageFormat.BGRA,
    }
    view = zxingcpp.ImageView(bytes(pixels), width, height, formats[pixel_format], stride)
    found = zxingcpp.read_barcodes(
        view, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    )
    return [barcode.text for barcode in found if barcode.valid]


def setup_from_image(
    pixels: bytes | memoryview,
    width: int,
    height: int,
    pixel_format: PixelFormat = PixelFormat.GRAY,
    row_stride: int = 0,
) -> KeyCheck:
    """The check of the set-up key in a screenshot or photo of a QR code.

    With several codes in the picture, the first key URI wins; a picture with
    no code, or one too large to read, is a problem of its own.
    """
    try:
        texts = read_qr_texts(pixels, width, height, pixel_format, row_stride)
    except InvalidImage:
        return KeyCheck("unknown", problems=(Finding("totp.image_unreadable"),))
    if not texts:
        return KeyCheck("unknown", problems=(Finding("totp.no_qr_found"),))
    uris = [t for t in texts if t.strip().lower().startswith("otpauth")]
    return check_setup_text((uris or texts)[0])
