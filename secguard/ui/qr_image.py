"""QR pictures for Qt: a set-up key's code as a QImage, and a picture read back.

Shared by the step 3 page, ``secguard totp check --image``, step 1 and
``secguard check-link --image``.  Pictures are converted in memory only:
nothing is copied, cached or written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage, QImageReader

from secguard.core.qr import MAX_IMAGE_PIXELS, InvalidImage, PixelFormat, read_qr_texts
from secguard.core.totp.keys import Finding, KeyCheck
from secguard.core.totp.qr import QrModules, setup_from_image


def qr_picture(modules: QrModules, scale: int = 6) -> QImage:
    """The code as a black-on-white picture, ``scale`` pixels per module.

    Built from bytes in one go rather than painted module by module: a QR of
    a long URI has thousands of modules, and PySide6 6.12 on Python 3.11
    loses a reference to None on every call of a method returning void
    (thousands of them crash the interpreter).
    """
    rows = [
        bytes(0 if dark else 255 for dark in row for _ in range(scale))
        for row in modules.rows
        for _ in range(scale)
    ]
    side = modules.size * scale
    # copy(): the QImage must own its pixels once the bytes object is gone.
    return QImage(b"".join(rows), side, side, side, QImage.Format.Format_Grayscale8).copy()


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


def qr_texts_from_qimage(image: QImage) -> list[str]:
    """The text of every QR code in ``image``; InvalidImage for an empty or huge picture."""
    if image.isNull() or image.width() * image.height() > MAX_IMAGE_PIXELS:
        raise InvalidImage
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return read_qr_texts(
        bytes(gray.constBits()), gray.width(), gray.height(), PixelFormat.GRAY, gray.bytesPerLine()
    )


def qr_texts_from_file(path: str) -> list[str]:
    """The text of every QR code in the picture at ``path``; InvalidImage when it is no
    picture Qt can read, or one too large (its size is read before its pixels)."""
    if not Path(path).is_file():
        raise InvalidImage  # a folder, a device or a pipe (a reader would wait on it forever)
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # a phone's photo, upright as the phone showed it
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_IMAGE_PIXELS:
        raise InvalidImage
    return qr_texts_from_qimage(reader.read())
