"""Reading the QR codes in a picture, from raw pixels, with zxing-cpp.

Shared by the TOTP assistant (a set-up key) and the link checker (a link in
a letter or a poster).  No Qt here: the caller gets the pixels from a QImage
(``QImage.constBits()`` after ``convertToFormat(Format_Grayscale8)``, with
``bytesPerLine()`` as the row stride).  Neither the picture nor its text is
kept, logged or written anywhere.
"""

from __future__ import annotations

import enum

from secguard.core.errors import SecguardError

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


class InvalidImage(SecguardError, ValueError):
    """A picture that cannot be read: empty, too large, or not a picture at all."""

    message_id = "qr.unreadable"


def read_qr_texts(
    pixels: bytes | memoryview,
    width: int,
    height: int,
    pixel_format: PixelFormat = PixelFormat.GRAY,
    row_stride: int = 0,
) -> list[str]:
    """The text of every QR code found in the image (none found: an empty list)."""
    import zxingcpp

    if width <= 0 or height <= 0 or width * height > MAX_IMAGE_PIXELS:
        raise InvalidImage
    stride = row_stride or width * pixel_format.bytes_per_pixel
    if stride < width * pixel_format.bytes_per_pixel or len(pixels) < stride * height:
        raise InvalidImage
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
