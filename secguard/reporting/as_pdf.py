"""The report as a PDF, laid out by Qt (QTextDocument into QPdfWriter).

Qt embeds the subset of the font it draws with and writes a ToUnicode map, so the
Japanese text can be copied and searched in a PDF viewer (``pdftotext`` reads it
back in the tests).  The font is a Japanese one when the system has one: without
it, every Japanese character would be drawn as an empty box.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from secguard.reporting.as_html import report_html
from secguard.reporting.words import ReportText

# The first of these the system has draws the report: IPA P Gothic on Debian/Ubuntu
# (fonts-ipafont-gothic, in scripts/system-deps.sh), then Noto CJK, Windows' and
# macOS's own Japanese fonts.
JAPANESE_FONTS = (
    "IPAPGothic",
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "Yu Gothic",
    "Meiryo",
    "MS Gothic",
    "Hiragino Sans",
    "Hiragino Kaku Gothic ProN",
    "IPAGothic",  # fixed width: only when no proportional one is there
)
POINT_SIZE = 10
MARGIN_MM = 15


def ensure_gui_application() -> None:
    """Qt draws text only with a GUI application; the command line makes an off-screen one."""
    if QGuiApplication.instance() is None:
        # Kept on the module so it lives as long as the process.
        global _app  # noqa: PLW0603 - one application per process, by Qt's rule
        _app = QGuiApplication([sys.argv[0], "-platform", "offscreen"])


_app: QGuiApplication | None = None


def report_font() -> QFont:
    families = set(QFontDatabase.families())
    family = next((name for name in JAPANESE_FONTS if name in families), None)
    font = QFont(family) if family else QGuiApplication.font()
    font.setPointSize(POINT_SIZE)
    return font


def report_pdf(text: ReportText) -> bytes:
    """The PDF file's bytes (A4)."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(text.title)
    writer.setCreator("secguard")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    document = QTextDocument()
    font = report_font()
    document.setDefaultFont(font)
    document.setHtml(report_html(text, font_family=f"'{font.family()}'"))
    document.print_(writer)
    del writer  # the PDF is finished when the writer goes
    buffer.close()
    return bytes(data.data())
