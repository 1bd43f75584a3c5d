"""A picture (file, clipboard, screenshot) handed to core's QR reader as raw pixels.

Shared by the step 3 page and ``secguard totp check --image``.  The picture
is converted in memory only: nothing is copied, cached or written.
"""

from __future__ import annotations

from PySide6.QtGui import QImage

from secguard.core.totp.keys import Finding, KeyCheck
from secguard.core.totp.qr import MAX_IMAGE_PIXELS, PixelFormat, setup_from_image


def setup_from_qimage(image: QImage) -> KeyCheck:
    """The set-up key in ``image``, checked; an empty or huge picture is a problem of its own."""
    if image.isNull() or image.width() * image.height() > MAX_IMAGE_PIXELS:
        return KeyCheck("unknown", problems=(Finding("totp.image_unreadable"),))
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = bytes(gray.constBits())
    return setup_from_image(
        pixels, gray.width(), gray.height(), PixelFormat.GRAY, gray.bytesPerLine()
    )


def setup_from_image_file(path: str) -> KeyCheck:
    """The set-up key in the picture at ``path``; the file is read, never copied."""
    image = QImage(path)
    return setup_from_qimage(image)
