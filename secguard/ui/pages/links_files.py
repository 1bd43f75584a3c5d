"""Step 1's other inputs: a saved e-mail (.eml) and a picture with QR codes.

Opened with a button, dropped on the page or (a picture) pasted into the
box.  Files are read in place on a worker thread, never copied; nothing in
them is loaded from the network or run.  The sender's card stands above the
link cards and says how far the mail provider's verdict is trusted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QFrame, QPlainTextEdit

from secguard.core.checklist import CheckState
from secguard.core.mail import SenderResult, SenderVerdict
from secguard.i18n import render_message
from secguard.i18n_marker import QT_TRANSLATE_NOOP
from secguard.ui.parts.state_banner import StateBanner
from secguard.ui.parts.text import Body
from secguard.ui.parts.verdict_card import lay_out_card, reason_lines

MAIL_SUFFIXES = frozenset({".eml"})
# Formats a Qt build reads everywhere (the image plugins of the bundle); others are tried too.
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp"})

SENDER_STATES = {
    SenderVerdict.OFFICIAL: CheckState.OK,
    SenderVerdict.LOOKALIKE: CheckState.RISK,
    SenderVerdict.SUSPICIOUS: CheckState.ATTENTION,
    SenderVerdict.UNKNOWN: CheckState.UNKNOWN,
}
_WORDS = {
    SenderVerdict.OFFICIAL: QT_TRANSLATE_NOOP("SenderCard", "Verified sender"),
    SenderVerdict.LOOKALIKE: QT_TRANSLATE_NOOP("SenderCard", "Fake sender"),
    SenderVerdict.SUSPICIOUS: QT_TRANSLATE_NOOP("SenderCard", "Suspicious sender"),
    SenderVerdict.UNKNOWN: QT_TRANSLATE_NOOP("SenderCard", "Sender not verified"),
}
_HEADLINES = {
    SenderVerdict.OFFICIAL: QT_TRANSLATE_NOOP(
        "SenderCard",
        "This e-mail really comes from {broker}. Still, log in only from your bookmark.",
    ),
    SenderVerdict.LOOKALIKE: QT_TRANSLATE_NOOP(
        "SenderCard", "This e-mail pretends to come from {broker}. Do not open its links."
    ),
    SenderVerdict.SUSPICIOUS: QT_TRANSLATE_NOOP(
        "SenderCard", "Something about the sender is wrong. Do not trust this e-mail."
    ),
    SenderVerdict.UNKNOWN: QT_TRANSLATE_NOOP(
        "SenderCard",
        "Nothing shows who really sent this e-mail. Do not log in from its links.",
    ),
}


def file_kind(path: str) -> str | None:
    """ "mail" for a saved e-mail, "image" for a picture, None for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix in MAIL_SUFFIXES:
        return "mail"
    readable = {bytes(f.data()).decode().lower() for f in QImageReader.supportedImageFormats()}
    if suffix in IMAGE_SUFFIXES or suffix.lstrip(".") in readable:
        return "image"
    return None


def dropped_file(mime: QMimeData) -> str | None:
    """The one local e-mail or picture file in a drop or paste, if that is what it holds."""
    if not mime.hasUrls():
        return None
    files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    if len(files) != 1 or file_kind(files[0]) is None:
        return None
    return files[0]


def _translate(text: str) -> str:
    return QCoreApplication.translate("SenderCard", text)


class SenderCard(QFrame):
    """Who sent the e-mail: a verdict in words, its reasons, the provider's checks."""

    def __init__(self, sender: SenderResult, *, language: str, broker_name: str | None) -> None:
        super().__init__()
        self.result = sender
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.banner = StateBanner()
        broker = broker_name or QCoreApplication.translate("SenderCard", "a broker")
        headline = _translate(_HEADLINES[sender.verdict]).format(broker=broker)
        self.banner.set_state(
            SENDER_STATES[sender.verdict], headline, word=_translate(_WORDS[sender.verdict])
        )
        sent_by = QCoreApplication.translate("SenderCard", "From: {address}")
        self.address = Body(sent_by.format(address=sender.address or "—"))
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lines = reason_lines(sender.reasons, language)
        auth = sender.authentication
        if auth.spf is None and auth.dkim is None and auth.dmarc is None:
            lines.append("• " + render_message("mail.no_authentication", None))
        else:
            missing = render_message("mail.result_missing", None)
            words = {m: auth.result(m) or missing for m in ("spf", "dkim", "dmarc")}
            lines.append("• " + render_message("mail.authentication", words))
        self.reasons = Body("\n".join(lines))
        self.trust_note = Body(render_message("mail.trust_note", None))
        lay_out_card(self, self.banner, self.address, self.reasons, self.trust_note)


class PasteBox(QPlainTextEdit):
    """The box for a link or a message that also takes a dropped file or a pasted picture.

    Signals:
    file_dropped(str): an e-mail or picture file was dropped or pasted into the box.
    image_pasted(QImage): a picture (not a file) was pasted from the clipboard.
    """

    file_dropped = Signal(str)
    image_pasted = Signal(QImage)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt override
        return (
            dropped_file(source) is not None
            or source.hasImage()
            or super().canInsertFromMimeData(source)
        )

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        path = dropped_file(source)
        if path is not None:
            self.file_dropped.emit(path)
            return
        if source.hasImage() and not source.hasText():
            image = QImage(source.imageData())
            if not image.isNull():
                self.image_pasted.emit(image)
                return
        super().insertFromMimeData(source)
