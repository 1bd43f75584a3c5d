"""Step 3's authenticator assistant: import, the QR code, a code check, the clock, practice.

Time is passed in (``now=``); the clock check asks a local server with a
skewed ``Date``; nothing here sleeps or reaches the internet.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import requests
import segno
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from secguard.core.checklist import CheckState
from secguard.core.totp import code_at, read_key
from secguard.core.totp.clock import check_clock
from secguard.core.totp.keys import provisioning_uri
from secguard.ui.banner import MessageArea
from secguard.ui.pages.totp_assistant import TotpAssistant
from secguard.ui.qr_image import setup_from_qimage
from tests.range_server import head_server

# A real-looking 160-bit key, as a broker would show it at set-up.
PLANTED_SECRET = "5SPYFJTHNRD7LIAD2SBW5E35H6WUCPOO"
PLANTED_URI = (
    "otpauth://totp/SBI%E8%A8%BC%E5%88%B8:taro.yamada%40example.jp"
    f"?secret={PLANTED_SECRET}&issuer=SBI%E8%A8%BC%E5%88%B8"
)
T0 = datetime(2026, 12, 2, 9, 0, 10, tzinfo=UTC).timestamp()


def _assistant(qtbot, **kwargs) -> TotpAssistant:  # type: ignore[no-untyped-def]
    messages = MessageArea()
    assistant = TotpAssistant(messages, now=lambda: T0, **kwargs)
    qtbot.addWidget(messages)
    qtbot.addWidget(assistant)
    assistant.show()
    return assistant


def _paste(assistant: TotpAssistant, text: str) -> None:
    assistant.key_field.setText(text)
    assistant.check_key_button.click()


def test_a_pasted_key_is_checked_and_its_settings_shown(qtbot):
    assistant = _assistant(qtbot)
    assert assistant.key_banner.state is CheckState.UNKNOWN
    assert not assistant.verify_button.isEnabled()
    assert not assistant.show_qr_button.isEnabled()
    _paste(assistant, PLANTED_URI)
    assert assistant.key == read_key(PLANTED_URI)
    assert assistant.key_banner.state is CheckState.OK
    body = assistant.key_banner.body.text()
    assert "Service: SBI証券" in body
    assert "Account: taro.yamada@example.jp" in body
    assert "6 digits, new every 30 seconds (SHA1)" in body
    assert PLANTED_SECRET not in body
    assert assistant.key_field.echoMode() is assistant.key_field.EchoMode.Password
    assert assistant.verify_button.isEnabled()


def test_every_problem_and_warning_in_its_own_words(qtbot):
    assistant = _assistant(qtbot)
    _paste(assistant, "otpauth://hotp/x?secret=" + PLANTED_SECRET + "&counter=1")
    assert assistant.key is None
    assert assistant.key_banner.headline.text() == "This set-up key cannot be used"
    assert "counter-based key (HOTP)" in assistant.key_banner.body.text()
    _paste(assistant, "JBSW Y3DP 0HPK 3PXP")
    assert "Character 11 of the key is not allowed" in assistant.key_banner.body.text()
    _paste(
        assistant,
        f"otpauth://totp/a?secret={PLANTED_SECRET}&algorithm=SHA256&digits=8&period=60",
    )
    body = assistant.key_banner.body.text()
    assert assistant.key_banner.state is CheckState.ATTENTION  # usable, with warnings
    assert "SHA256 algorithm" in body
    assert "8-digit codes" in body
    assert "every 60 seconds" in body
    _paste(assistant, "jbsw-y3dp-ehpk-3pxp")  # an 80-bit key, lower case, hyphens
    assert assistant.key is not None
    assert "80 bits, fewer than the 128" in assistant.key_banner.body.text()


def test_the_qr_is_hidden_until_asked_and_reads_back_to_the_same_key(qtbot):
    assistant = _assistant(qtbot)
    _paste(assistant, PLANTED_URI)
    assert assistant.qr_label.isHidden()
    assert assistant.qr_image().isNull()
    assert "anyone who sees or photographs it can make your codes" in (
        assistant.qr_banner.body.text()
    )
    assistant.resize(700, 1400)  # as wide as the page on a 1000x680 window
    assistant.show_qr_button.click()
    assert assistant.qr_label.isVisible()
    read_back = setup_from_qimage(assistant.qr_image())
    assert read_back.key == read_key(PLANTED_URI)
    # And from what is painted on screen, not only from the pixmap.
    assert setup_from_qimage(assistant.grab().toImage()).key == read_key(PLANTED_URI)
    assistant.show_qr_button.click()
    assert assistant.qr_label.isHidden()
    assert assistant.qr_label.pixmap().isNull()


def test_a_code_matches_is_a_clock_off_or_does_not_match(qtbot):
    assistant = _assistant(qtbot)
    _paste(assistant, PLANTED_URI)
    key = read_key(PLANTED_URI)

    assistant.code_field.setText(code_at(key, T0 - 30))  # one step late: still a match
    assistant.verify_button.click()
    assert assistant.code_check is not None
    assert assistant.code_check.match
    assert assistant.verify_banner.state is CheckState.OK
    assert "set up correctly" in assistant.verify_banner.body.text()

    assistant.code_field.setText(code_at(key, T0 + 150))  # the phone is 150 s ahead
    assistant.verify_button.click()
    assert assistant.code_check is not None
    assert (assistant.code_check.offset_steps, assistant.code_check.clock_offset_s) == (5, 150)
    body = assistant.verify_banner.body.text()
    assert assistant.verify_banner.state is CheckState.ATTENTION
    assert "about 150 seconds" in body
    for device in ("Windows:", "Mac:", "iPhone:", "Android:"):
        assert device in body

    wrong = f"{(int(code_at(key, T0)) + 1) % 1_000_000:06d}"
    assistant.code_field.setText(wrong)
    assistant.verify_button.click()
    body = assistant.verify_banner.body.text()
    assert assistant.verify_banner.headline.text() == "The code does not match"
    assert body.index("1. The code is from another account") < body.index("2. A digit")
    assert "5. The clock" in body

    assistant.code_field.setText("12 34")
    assistant.verify_button.click()
    assert "has 4 digits; your app shows 6" in assistant.verify_banner.body.text()


def test_practice_runs_the_whole_flow_with_a_throwaway_key(qtbot):
    assistant = _assistant(qtbot, random_bytes=lambda n: bytes(range(n)))
    assistant.practice_button.click()
    key = assistant.key
    assert key is not None
    assert (key.issuer, key.account) == ("secguard", "practice")
    assert "practice key: it belongs to no account" in assistant.key_banner.body.text()
    assistant.show_qr_button.click()
    assert setup_from_qimage(assistant.qr_image()).key == key
    assert assistant.practice_code_button.isVisible()
    assistant.practice_code_button.click()
    assert code_at(key, T0) in assistant.practice_code.text()
    assistant.code_field.setText(code_at(key, T0))
    assistant.verify_button.click()
    assert assistant.verify_banner.state is CheckState.OK

    _paste(assistant, PLANTED_URI)  # a real key: no practice code is offered for it
    assert assistant.practice_code_button.isHidden()
    assistant.show_practice_code()
    assert assistant.practice_code.text() == ""


def _busy_photo(uri: str, path: Path) -> None:
    """A 4000x3000 'photo': grey noise-free background, the QR small in one corner."""
    qr = tmp_png = path.with_suffix(".qr.png")
    segno.make_qr(uri, error="m").save(str(tmp_png), scale=8)
    photo = QImage(4000, 3000, QImage.Format.Format_RGB32)
    photo.fill(QColor("#8a8f99"))
    painter = QPainter(photo)
    painter.drawImage(2900, 2100, QImage(str(qr)))
    painter.end()
    photo.save(str(path))
    qr.unlink()


def test_a_picture_file_is_read_off_the_ui_thread(qtbot, tmp_path: Path):
    photo = tmp_path / "photo.png"
    _busy_photo(PLANTED_URI, photo)
    before = sorted(p.name for p in tmp_path.iterdir())
    assistant = _assistant(qtbot)
    assistant.open_image_file(str(photo))
    # The call returned before the picture was read: the result comes as a signal later.
    assert assistant.reading
    assert assistant.key_check is None
    assert not assistant.open_image_button.isEnabled()
    assert assistant.reading_bar.isVisible()
    qtbot.waitUntil(lambda: assistant.key is not None, timeout=20000)
    assert assistant.key == read_key(PLANTED_URI)
    assert not assistant.reading_bar.isVisible()
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # read, never copied


def test_unreadable_pictures_and_an_empty_clipboard_say_why(qtbot, tmp_path: Path):
    assistant = _assistant(qtbot)
    blank = tmp_path / "blank.png"
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(blank))
    assistant.open_image_file(str(blank))
    qtbot.waitUntil(lambda: assistant.key_check is not None, timeout=10000)
    assert "No QR code was found in this picture" in assistant.key_banner.body.text()
    (tmp_path / "not-a-picture.png").write_text("hello")
    assistant.open_image_file(str(tmp_path / "not-a-picture.png"))
    qtbot.waitUntil(lambda: "cannot be read" in assistant.key_banner.body.text(), timeout=10000)

    QGuiApplication.clipboard().clear()
    assistant.paste_image_button.click()
    assert "The clipboard holds no picture" in assistant.reading_status.text()


def test_a_picture_pasted_from_the_clipboard(qtbot):
    code = segno.make_qr(PLANTED_URI, error="m")
    image = QImage()
    image.loadFromData(_png_bytes(code))
    QGuiApplication.clipboard().setImage(image)
    assistant = _assistant(qtbot)
    assistant.paste_image_button.click()
    qtbot.waitUntil(lambda: assistant.key is not None, timeout=10000)
    assert assistant.key == read_key(PLANTED_URI)
    QGuiApplication.clipboard().clear()


def _png_bytes(code: segno.QRCode) -> bytes:
    import io

    out = io.BytesIO()
    code.save(out, kind="png", scale=6)
    return out.getvalue()


def test_the_key_is_forgotten_when_idle_and_the_reading_is_dropped(qtbot, tmp_path: Path):
    assistant = _assistant(qtbot, idle_forget_ms=60)
    _paste(assistant, PLANTED_URI)
    assistant.show_qr_button.click()
    qtbot.waitUntil(lambda: assistant.key is None, timeout=3000)
    assert assistant.key_field.text() == ""
    assert assistant.qr_label.isHidden()
    assert assistant.qr_label.pixmap().isNull()
    assert "was forgotten" in assistant._messages.visible_texts()["totp"]

    photo = tmp_path / "qr.png"
    segno.make_qr(PLANTED_URI).save(str(photo), scale=6)
    assistant.open_image_file(str(photo))
    assistant.clear_secrets()  # the page was left while the picture was being read
    qtbot.wait(300)
    assert assistant.key is None
    assert assistant.key_check is None

    assistant.hide()  # a file chosen in the dialog after the page was left is not read
    assistant.open_image_file(str(photo))
    assert not assistant.reading
    qtbot.wait(300)
    assert assistant.key is None


def _skewed_checker(base: str, asked: list[str], seconds_behind: float):  # type: ignore[no-untyped-def]
    """The real clock check against the local server, with this PC's clock set back."""
    server_now = datetime(2026, 12, 2, 9, 0, 0, tzinfo=UTC).timestamp()
    readings = iter([server_now - seconds_behind, server_now - seconds_behind + 0.2])

    def check(url: str):  # type: ignore[no-untyped-def]
        asked.append(url)
        with requests.Session() as session:
            return check_clock(session, base, clock=lambda: next(readings), user_agent="t")

    return check


def test_the_clock_check_runs_off_the_ui_thread_and_says_how_far_off(qtbot):
    date = format_datetime(datetime(2026, 12, 2, 9, 0, 0, tzinfo=UTC), usegmt=True)
    asked: list[str] = []
    with head_server({"Date": date}) as (base, seen):
        assistant = _assistant(
            qtbot,
            clock_check=_skewed_checker(base, asked, 75),
            clock_url=lambda: "https://www.sbisec.co.jp/",
        )
        assistant.clock.check_button.click()
        assert assistant.clock.running
        assert assistant.clock.busy.isVisible()
        assert not assistant.clock.check_button.isEnabled()
        qtbot.waitUntil(lambda: assistant.clock.result is not None, timeout=10000)
    assert asked == ["https://www.sbisec.co.jp/"]  # the person's broker's official site
    assert seen[0].startswith("HEAD ")
    banner = assistant.clock.banner
    assert banner.state is CheckState.ATTENTION
    assert "about 75 seconds behind 127.0.0.1" in banner.body.text()
    assert "Windows:" in banner.body.text()
    assert "Mac:" in banner.body.text()
    assert not assistant.clock.busy.isVisible()


def test_an_unanswered_clock_check_is_unknown_never_ok(qtbot):
    with head_server({}) as (base, _):
        dead = base  # the port is closed once the server is gone
    assistant = _assistant(
        qtbot,
        clock_check=lambda url: check_clock(requests.Session(), dead, user_agent="t"),
        clock_url=lambda: "https://www.sbisec.co.jp/",
    )
    assistant.clock.check_button.click()
    qtbot.waitUntil(lambda: assistant.clock.result is not None, timeout=20000)
    banner = assistant.clock.banner
    assert banner.state is CheckState.UNKNOWN
    assert "This is not a result" in banner.body.text()

    failing = _assistant(qtbot, clock_check=_raise, clock_url=lambda: "https://x.example/")
    failing.clock.check_button.click()
    qtbot.waitUntil(lambda: failing.clock.result is not None, timeout=5000)
    assert failing.clock.banner.state is CheckState.UNKNOWN

    nowhere = _assistant(qtbot, clock_url=lambda: None)
    nowhere.clock.check_button.click()
    assert nowhere.clock.banner.state is CheckState.UNKNOWN


def _raise(_url: str):  # type: ignore[no-untyped-def]
    raise OSError("boom")


def test_the_provisioning_uri_shown_is_the_imported_key():
    key = read_key(PLANTED_URI)
    assert read_key(provisioning_uri(key)) == key
