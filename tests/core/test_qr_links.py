"""Links in the QR codes of a picture: generated codes, several in one picture, and a
photographed one (turned, in perspective, blurred and noisy)."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF, QTransform
from PySide6.QtWidgets import QApplication

from secguard.core.links import LinkJudge, Verdict
from secguard.core.qr import InvalidImage, read_qr_texts
from secguard.core.qr_links import judge_qr_texts
from secguard.core.totp.qr import qr_modules
from secguard.resources import broker_directory
from secguard.ui.qr_image import qr_picture, qr_texts_from_file, qr_texts_from_qimage

FAKE = "https://sbisec.co.jp.account-verify.com/login"
REAL = "https://www.rakuten-sec.co.jp/"


@pytest.fixture(scope="module")
def judge() -> LinkJudge:
    return LinkJudge(broker_directory())


def _canvas(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#d8d4c8"))  # paper under a desk lamp, not pure white
    return image


def _two_codes() -> QImage:
    image = _canvas(900, 500)
    painter = QPainter(image)
    painter.drawImage(40, 60, qr_picture(qr_modules(FAKE), scale=6))
    painter.drawImage(500, 60, qr_picture(qr_modules(REAL), scale=6))
    painter.end()
    return image


def _photographed(text: str) -> QImage:
    """A code as a phone photographs a letter: turned, in perspective, out of focus, noisy."""
    code = qr_picture(qr_modules(text), scale=8)
    side = code.width()
    paper = _canvas(side + 200, side + 200)
    painter = QPainter(paper)
    painter.drawImage(100, 100, code)
    painter.end()
    width, height = paper.width(), paper.height()
    square = QPolygonF(
        [QPointF(0, 0), QPointF(width, 0), QPointF(width, height), QPointF(0, height)]
    )
    slanted = QPolygonF(
        [
            QPointF(60, 30),
            QPointF(width - 20, 90),
            QPointF(width - 70, height - 10),
            QPointF(10, height - 60),
        ]
    )
    perspective = QTransform()
    assert QTransform.quadToQuad(square, slanted, perspective)
    turned = QTransform().rotate(17) * perspective
    photo = _canvas(int(width * 1.6), int(height * 1.6))
    painter = QPainter(photo)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.translate(photo.width() * 0.25, photo.height() * 0.05)
    painter.setTransform(turned, combine=True)
    painter.drawImage(QRectF(0, 0, width, height), paper)
    painter.end()
    # Out of focus: down to a third and back up, smoothly.
    blurred = photo.scaled(
        photo.width() // 3,
        photo.height() // 3,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    ).scaled(
        photo.width(),
        photo.height(),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    gray = blurred.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = bytearray(bytes(gray.constBits()))
    rng = random.Random(16)  # noqa: S311 - a repeatable picture, not a secret
    for index in range(0, len(pixels), 3):  # sensor noise on every third pixel
        pixels[index] = max(0, min(255, pixels[index] + rng.randint(-40, 40)))
    return QImage(
        bytes(pixels),
        gray.width(),
        gray.height(),
        gray.bytesPerLine(),
        QImage.Format.Format_Grayscale8,
    ).copy()


def test_every_code_in_a_picture_is_judged(qapp: QApplication, judge):
    del qapp  # QPainter needs the application
    found = judge_qr_texts(qr_texts_from_qimage(_two_codes()), judge)
    assert found.codes == 2
    verdicts = {link.url: link.verdict for link in found.links}
    assert verdicts == {FAKE: Verdict.LOOKALIKE, REAL: Verdict.OFFICIAL}
    assert [n.message_id for n in found.notes] == ["qr.found"]
    assert found.notes[0].params == {"count": "2"}


def test_a_photographed_code_is_read(qapp: QApplication, judge):
    del qapp
    photo = _photographed(FAKE)
    found = judge_qr_texts(qr_texts_from_qimage(photo), judge)
    assert [(link.url, link.verdict) for link in found.links] == [(FAKE, Verdict.LOOKALIKE)]


def test_a_picture_without_a_code_says_so(judge):
    found = judge_qr_texts(qr_texts_from_qimage(_canvas(400, 300)), judge)
    assert (found.codes, found.links) == (0, ())
    assert [n.message_id for n in found.notes] == ["qr.none_found"]


_URI = "otpauth://totp/SBI:taro?secret=JBSWY3DPEHPK3PXP&issuer=SBI"


@pytest.mark.parametrize(
    "text",
    [
        _URI,
        "\ufeff" + _URI,  # invisible characters before it
        "\u200b" + _URI,
        "Key: " + _URI,  # words before it
        "https://www.sbisec.co.jp/ " + _URI,  # a link before it
        # written in full width
        _URI.replace("otpauth", "\uff4f\uff54\uff50\uff41\uff55\uff54\uff48"),
        "JBSWY3DPEHPK3PXP",  # a bare key
        "jbsw y3dp ehpk 3pxp",
    ],
)
def test_a_set_up_key_is_never_shown_or_judged(judge, text: str):
    found = judge_qr_texts([text], judge)
    assert found.links == ()
    assert [n.message_id for n in found.notes] == ["qr.found", "qr.setup_key"]
    assert "JBSWY3DPEHPK3PXP" not in repr(found).upper().replace(" ", "")


def test_a_set_up_address_in_pasted_text_is_no_link(judge):
    text = "新しい設定です https://www.sbisec.co.jp/ " + _URI
    assert [link.url for link in judge.judge(text).links] == ["https://www.sbisec.co.jp/"]


def test_text_without_a_link(judge):
    found = judge_qr_texts(["会員番号 12345"], judge)
    assert found.links == ()
    assert found.notes[-1].message_id == "qr.no_link"
    assert found.notes[-1].params == {"text": "会員番号 12345"}


def test_files_png_jpeg_and_not_a_picture(qapp: QApplication, tmp_path):
    del qapp
    picture = _two_codes()
    for name in ("codes.png", "codes.jpg"):
        assert picture.save(str(tmp_path / name))
        assert sorted(qr_texts_from_file(str(tmp_path / name))) == sorted([FAKE, REAL])
    (tmp_path / "not.png").write_bytes(b"no picture here")
    with pytest.raises(InvalidImage) as raised:
        qr_texts_from_file(str(tmp_path / "not.png"))
    assert raised.value.message_id == "qr.unreadable"
    with pytest.raises(InvalidImage):
        qr_texts_from_file(str(tmp_path / "absent.png"))
    with pytest.raises(InvalidImage):
        read_qr_texts(b"", 0, 0)


def test_a_pipe_or_a_folder_is_no_picture_and_never_waited_on(tmp_path):
    pipe = tmp_path / "codes.png"
    os.mkfifo(pipe)  # nothing ever writes to it: a reader would wait forever
    # In a child process, so that a reader that waits fails the test instead of hanging it.
    probe = (
        "import sys\n"
        "from secguard.core.qr import InvalidImage\n"
        "from secguard.ui.qr_image import qr_texts_from_file\n"
        "for path in sys.argv[1:]:\n"
        "    try:\n"
        "        qr_texts_from_file(path)\n"
        "    except InvalidImage:\n"
        "        print('refused')\n"
    )
    child = subprocess.run(
        [sys.executable, "-c", probe, str(pipe), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert child.stdout.split() == ["refused", "refused"], child.stderr
