"""QR codes: segno's matrix and PNG read back by zxing-cpp, alone and inside a busy screenshot."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import segno
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from secguard.core.qr import PixelFormat, read_qr_texts
from secguard.core.totp import check_setup_text, provisioning_uri, read_key
from secguard.core.totp.qr import qr_modules, setup_from_image
from secguard.ui.qr_image import qr_picture, setup_from_image_file, setup_from_qimage

URI = (
    "otpauth://totp/%E6%A5%BD%E5%A4%A9%E8%A8%BC%E5%88%B8:taro%40example.jp"
    "?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=%E6%A5%BD%E5%A4%A9%E8%A8%BC%E5%88%B8"
)


def _matrix_pixels(text: str, scale: int = 4) -> tuple[bytes, int]:
    """Grey pixels of qr_modules(text): black modules on white, ``scale`` pixels each."""
    modules = qr_modules(text)
    rows = [
        bytes(0 if dark else 255 for dark in row for _ in range(scale))
        for row in modules.rows
        for _ in range(scale)
    ]
    return b"".join(rows), modules.size * scale


def test_the_matrix_has_a_quiet_zone_and_reads_back():
    modules = qr_modules(URI)
    assert modules.border == 4
    assert len(modules.rows) == modules.size
    assert all(len(row) == modules.size for row in modules.rows)
    assert not any(modules.rows[0])  # a white border all round
    assert not any(row[0] for row in modules.rows)
    assert modules.rows[4][4]  # the top-left finder pattern starts inside the border
    pixels, side = _matrix_pixels(URI)
    assert read_qr_texts(pixels, side, side) == [URI]
    assert URI not in repr(modules)


def test_round_trip_segno_png_zxing(tmp_path: Path):
    png = tmp_path / "setup.png"
    segno.make_qr(URI, error="m").save(str(png), scale=5)
    checked = setup_from_image_file(str(png))
    assert checked.valid, checked.problems
    assert checked.key == read_key(URI)
    assert provisioning_uri(checked.key) == provisioning_uri(read_key(URI))


def test_the_picture_qt_shows_reads_back_to_the_same_key():
    picture = qr_picture(qr_modules(URI), scale=5)
    assert picture.width() == picture.height() == qr_modules(URI).size * 5
    checked = setup_from_qimage(picture.convertToFormat(QImage.Format.Format_RGB32))
    assert checked.key == read_key(URI)


def test_rgb_and_bgra_layouts_with_row_padding():
    pixels, side = _matrix_pixels(URI, scale=3)
    rgb = b"".join(bytes((v, v, v)) for v in pixels)
    assert read_qr_texts(rgb, side, side, PixelFormat.RGB) == [URI]
    stride = side * 4 + 8  # rows padded, as QImage does
    bgra = b"".join(
        b"".join(bytes((v, v, v, 255)) for v in pixels[y * side : (y + 1) * side]) + b"\0" * 8
        for y in range(side)
    )
    assert read_qr_texts(bgra, side, side, PixelFormat.BGRA, stride) == [URI]


def _busy_screenshot(qr_text: str, decoy_text: str) -> QImage:
    """A 1280x800 'screenshot': gradient, windows, noise, a decoy QR, the set-up QR and text.

    Built as bytes with only a few painter calls: PySide6 6.12 on Python 3.11
    loses a reference to None on each call of a method returning void, and
    some thousands of them crash the interpreter.
    """
    width, height = 1280, 800
    rng = random.Random(13)  # noqa: S311 - a repeatable picture, not a secret
    pixels = bytearray(
        (x * 200 // width + y * 55 // height) % 256 for y in range(height) for x in range(width)
    )
    for _ in range(60):  # windows and buttons
        x, y = rng.randrange(width - 300), rng.randrange(height - 40)
        w, h, shade = rng.randrange(20, 300), rng.randrange(10, 40), rng.randrange(256)
        for row in range(y, y + h):
            pixels[row * width + x : row * width + x + w] = bytes((shade,)) * w
    for _ in range(20000):  # noise, as a photographed or scaled screen has
        pixels[rng.randrange(width * height)] = rng.randrange(256)
    for text, left, top in ((decoy_text, 40, 420), (qr_text, 860, 260)):
        for row_index, row in enumerate(qr_modules(text).rows):
            line = bytes(0 if dark else 255 for dark in row for _ in range(4))
            for y in range(top + row_index * 4, top + row_index * 4 + 4):
                pixels[y * width + left : y * width + left + len(line)] = line
    image = QImage(bytes(pixels), width, height, width, QImage.Format.Format_Grayscale8).copy()
    painter = QPainter(image)
    painter.setFont(QFont("Sans", 11))
    for line in range(8):
        painter.drawText(
            QPoint(300, 60 + line * 24), "二段階認証の設定 Setup: scan this code 123456"
        )
    painter.end()
    return image


def test_a_qr_inside_a_busy_screenshot_is_found(qapp: QApplication):
    del qapp  # QPainter needs the application for fonts
    screenshot = _busy_screenshot(URI, "https://www.rakuten-sec.co.jp/")
    checked = setup_from_qimage(screenshot)
    assert checked.valid, checked.problems
    assert checked.key == read_key(URI)


def test_a_picture_without_a_qr_or_with_an_unusable_one(qapp: QApplication):
    del qapp
    blank = QImage(400, 300, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    assert [p.message_id for p in setup_from_qimage(blank).problems] == ["totp.no_qr_found"]
    assert [p.message_id for p in setup_from_qimage(QImage()).problems] == ["totp.image_unreadable"]
    pixels, side = _matrix_pixels("otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&counter=0")
    hotp = setup_from_image(pixels, side, side)
    assert (
        hotp.problems
        == check_setup_text("otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&counter=0").problems
    )


@pytest.mark.parametrize(("width", "height", "size"), [(0, 10, 0), (10, 10, 99), (9000, 9000, 0)])
def test_impossible_buffers_are_refused_not_read(width: int, height: int, size: int):
    checked = setup_from_image(b"\xff" * size, width, height)
    assert [p.message_id for p in checked.problems] == ["totp.image_unreadable"]
