"""QR codes of a set-up key: made with segno (drawn later by Qt), read with zxing-cpp
through ``core.qr``, the reader the link checker shares.

Neither the picture nor its text is kept, logged or written anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from secguard.core.qr import InvalidImage, PixelFormat, read_qr_texts
from secguard.core.totp.keys import Finding, KeyCheck, check_setup_text

QUIET_ZONE = 4  # modules of white border the QR specification asks for


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
