"""Step 1 with a saved e-mail or a QR picture: opened, dropped or pasted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication

from secguard.core.checklist import PRECAUTIONS, CheckState, PrecautionId
from secguard.core.mail import MailResult, SenderVerdict
from secguard.core.totp.qr import qr_modules
from secguard.i18n import Language
from secguard.resources import broker_directory
from secguard.ui.browser import Browser
from secguard.ui.main_window import MainWindow
from secguard.ui.pages.links import LinksPage
from secguard.ui.qr_image import qr_picture
from tests.ui.keyboard import accessible_name, walk_tab_chain

FIXTURES = Path(__file__).parent.parent / "core" / "mail" / "fixtures"
FAKE = "https://sbisec.co.jp.account-verify.com/login"


def _page(qtbot, opened: list[str] | None = None) -> LinksPage:
    opened = [] if opened is None else opened
    page = LinksPage(
        PRECAUTIONS[0],
        broker_directory(),
        language=lambda: "en",
        browser=Browser(lambda url: opened.append(url.toString()) or True),
    )
    qtbot.addWidget(page)
    return page


def qr_image(text: str) -> QImage:
    picture = QImage(500, 400, QImage.Format.Format_RGB32)
    picture.fill(QColor("white"))
    painter = QPainter(picture)
    painter.drawImage(60, 40, qr_picture(qr_modules(text), scale=5))
    painter.end()
    return picture


def test_a_spoofed_mail_shows_the_sender_above_its_links(qtbot):
    opened: list[str] = []
    page = _page(qtbot, opened)
    page.open_file(str(FIXTURES / "spoofed_dmarc_fail.eml"))
    qtbot.waitUntil(lambda: page.sender_card() is not None, timeout=10000)
    card = page.sender_card()
    assert card is not None
    assert card.banner.state is CheckState.RISK
    assert card.banner.word.text() == "Fake sender"
    assert "pretends to come from Rakuten Securities" in card.banner.headline.text()
    assert "did not come from Rakuten Securities" in card.reasons.text()
    assert "SPF fail, DKIM none, DMARC fail" in card.reasons.text()
    assert "Only the topmost Authentication-Results header is trusted" in card.trust_note.text()
    # The sender's card first, the links below it.
    layout_order = [page._cards.itemAt(i).widget() for i in range(page._cards.count())]
    assert layout_order[0] is card
    assert [c.verdict.url for c in page.cards()] == ["https://rakuten-sec-verify.example.com/login"]
    assert page.cards()[0].real_site_button is not None
    assert not page.progress.isVisible()
    assert opened == []


def test_a_genuine_mail_and_its_verified_sender(qtbot):
    page = _page(qtbot)
    page.open_file(str(FIXTURES / "genuine_dmarc_pass.eml"))
    qtbot.waitUntil(lambda: page.sender_card() is not None, timeout=10000)
    card = page.sender_card()
    assert card is not None
    assert card.banner.state is CheckState.OK
    assert card.result.verdict is SenderVerdict.OFFICIAL
    assert [c.verdict.verdict.value for c in page.cards()] == ["official", "unknown"]
    assert page._status.text() == "Links checked: 2."


def test_a_file_that_is_no_mail_gets_a_clear_message(qtbot, tmp_path: Path):
    page = _page(qtbot)
    path = tmp_path / "photo.eml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    page.open_file(str(path))
    qtbot.waitUntil(lambda: "note" in page.messages.visible_texts(), timeout=10000)
    assert "not a saved e-mail" in page.messages.visible_texts()["note"]
    assert page.cards() == []
    assert page.sender_card() is None


def test_dropping_an_eml_file_on_the_page_opens_it(qtbot):
    page = _page(qtbot)
    page.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / "display_name_trick.eml"))])
    # As a real drag: it enters (and is accepted), then drops.
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, drop)
    qtbot.waitUntil(lambda: page.sender_card() is not None, timeout=10000)
    assert page.sender_card().banner.word.text() == "Fake sender"
    assert isinstance(page.file_result, MailResult)


def test_a_drag_of_other_files_is_refused(qtbot, tmp_path: Path):
    page = _page(qtbot)
    page.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "report.pdf"))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    QApplication.sendEvent(page, enter)
    assert not enter.isAccepted()


def test_dropping_a_file_into_the_box_opens_it_instead_of_typing_its_name(qtbot):
    page = _page(qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / "href_mismatch.eml"))])
    assert page.paste.canInsertFromMimeData(mime)
    page.paste.insertFromMimeData(mime)
    qtbot.waitUntil(lambda: page.sender_card() is not None, timeout=10000)
    assert page.paste.toPlainText() == ""
    assert page.cards()[0].verdict.reasons[0].message_id == "mail.link_text_differs"


def test_pasting_a_picture_with_ctrl_v_judges_its_qr_code(qtbot):
    page = _page(qtbot)
    page.show()
    QGuiApplication.clipboard().setImage(qr_image(FAKE))
    page.paste.setFocus()
    qtbot.keyClick(page.paste, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.cards()) == 1, timeout=10000)
    assert page.cards()[0].verdict.url == FAKE
    assert page.cards()[0].verdict.verdict.value == "lookalike"
    assert page._status.text() == (
        "QR codes found in the picture: 1. Dangerous links: 1 of 1. Do not open them."
    )
    assert "note" not in page.messages.visible_texts()
    assert page.paste.toPlainText() == ""
    assert page.sender_card() is None


def test_an_image_without_a_code_says_so(qtbot, tmp_path: Path):
    page = _page(qtbot)
    blank = QImage(300, 200, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    path = tmp_path / "blank.png"
    assert blank.save(str(path))
    page.open_file(str(path))
    qtbot.waitUntil(lambda: page.file_result is not None, timeout=10000)
    assert page._status.text() == "No QR code found in the picture."
    assert "No QR code found in the picture." in page.messages.visible_texts()["note"]


def test_an_unreadable_image_gets_a_clear_message(qtbot, tmp_path: Path):
    page = _page(qtbot)
    path = tmp_path / "broken.png"
    path.write_bytes(b"not a picture")
    page.open_file(str(path))
    qtbot.waitUntil(lambda: "note" in page.messages.visible_texts(), timeout=10000)
    assert "picture cannot be read" in page.messages.visible_texts()["note"]


def test_the_new_buttons_are_named_and_on_the_tab_chain(qtbot):
    page = _page(qtbot)
    page.show()
    for button in (page.open_mail_button, page.open_image_button):
        assert accessible_name(button)
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    walk = walk_tab_chain(qtbot, page.check_button, 6)
    assert walk.stuck_at is None
    assert walk.order[:3] == [page.clear_button, page.open_mail_button, page.open_image_button]


def test_the_mail_result_switches_language(qtbot, window: MainWindow):
    page = window.page_for(PrecautionId.NO_LINKS)
    assert isinstance(page, LinksPage)
    page.open_file(str(FIXTURES / "spoofed_dmarc_fail.eml"))
    qtbot.waitUntil(lambda: page.sender_card() is not None, timeout=10000)
    window.switch_language(Language.JAPANESE)
    qtbot.waitUntil(
        lambda: (
            page.sender_card() is not None
            and "楽天証券" in page.sender_card().banner.headline.text()
        ),
        timeout=10000,
    )
    assert "いちばん上" in page.sender_card().trust_note.text()
