"""Step 3, part 3: set up an authenticator app and prove that it shows the right codes.

secguard is not an authenticator: it reads the set-up key a service shows
(pasted, or in a picture of its QR code), shows it again as a QR code for
the phone, and checks a code the phone shows.  The key lives only in this
panel's widgets and in the calls that use it: it is never stored, logged,
put on the clipboard or sent, and ``clear_secrets`` forgets it (the page
calls it when it is left, when the window stays minimised, and the panel
itself after a few minutes without use).  A picture file is read, never
copied; reading a large photo runs off the UI thread.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from secguard.core.checklist import CheckState
from secguard.core.totp import (
    CodeCheck,
    InvalidCode,
    KeyCheck,
    TotpKey,
    check_setup_text,
    code_at,
    practice_key,
    provisioning_uri,
    verify_code,
)
from secguard.core.totp.keys import Finding
from secguard.core.totp.qr import qr_modules
from secguard.i18n import render_message
from secguard.ui.background import BackgroundCall
from secguard.ui.banner import BannerKind, MessageArea
from secguard.ui.pages.totp_clock import ClockChecker, ClockCheckPanel, official_clock
from secguard.ui.pages.totp_words import code_words, key_words
from secguard.ui.parts.actions import primary, secondary
from secguard.ui.parts.scaffold import action_row
from secguard.ui.parts.state_banner import StateBanner
from secguard.ui.parts.text import Body, Heading
from secguard.ui.qr_image import qr_picture, setup_from_image_file, setup_from_qimage

IDLE_FORGET_MS = 3 * 60_000  # unused for three minutes, the key is forgotten
DEBOUNCE_MS = 400
QR_SIDE_PX = 240  # large enough for a phone camera, small enough for an 800x600 screen
MAX_CODE_CHARS = 16
RandomBytes = Callable[[int], bytes]


class TotpAssistant(QWidget):
    """Import a set-up key, show its QR code, check a code, check the clock; or practise."""

    def __init__(
        self,
        messages: MessageArea,
        *,
        now: Callable[[], float] = time.time,
        clock_check: ClockChecker = official_clock,
        clock_url: Callable[[], str | None] = lambda: None,
        idle_forget_ms: int = IDLE_FORGET_MS,
        random_bytes: RandomBytes = secrets.token_bytes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._messages = messages
        self._now = now
        self._random_bytes = random_bytes
        self._idle_forget_ms = idle_forget_ms
        self._key: TotpKey | None = None
        self._practice_key: TotpKey | None = None  # the throwaway key, while it is in use
        self._sequence = 0  # a picture read after the key was forgotten is dropped
        self._calls: set[BackgroundCall] = set()
        self.key_check: KeyCheck | None = None
        self.code_check: CodeCheck | None = None
        self._file_dialog: QFileDialog | None = None

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._forget_when_idle)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check_key)

        self.explanation = Body()
        self._key_heading = Heading(3)
        self._build_import()
        self._qr_heading = Heading(3)
        self._build_qr()
        self._code_heading = Heading(3)
        self._build_verify()
        self.clock = ClockCheckPanel(clock_check, clock_url)
        self._lay_out()
        self._retranslate()
        self._render()

    # --- building ---------------------------------------------------------------

    def _lay_out(self) -> None:
        """One column in reading (and Tab) order: practise, the key, the QR, a code, the clock."""
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        parts: tuple[QWidget | QLayout, ...] = (
            self.explanation,
            self.practice_hint,
            action_row(self.practice_button),
            self._key_heading,
            self.key_field,
            self.show_key,
            action_row(self.check_key_button, self.forget_button),
            action_row(self.open_image_button, self.paste_image_button),
            self.reading_bar,
            self.reading_status,
            self.key_banner,
            self._qr_heading,
            self.qr_banner,
            self.qr_label,
            self._code_heading,
            self.code_field,
            action_row(self.verify_button, self.practice_code_button),
            self.practice_code,
            self.verify_banner,
            self.clock,
        )
        for part in parts:
            self._add(column, part)

    @staticmethod
    def _add(column: QVBoxLayout, part: QWidget | QLayout) -> None:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)

    def _build_import(self) -> None:
        self.key_field = QLineEdit()
        self.key_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_field.textChanged.connect(self._key_typed)
        self.key_field.returnPressed.connect(self.check_key)
        self.show_key = QCheckBox()
        self.show_key.toggled.connect(
            lambda on: self.key_field.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.check_key_button = primary()
        self.check_key_button.clicked.connect(self.check_key)
        self.forget_button = secondary()
        self.forget_button.clicked.connect(self.forget)
        self.open_image_button = secondary()
        self.open_image_button.clicked.connect(self.choose_image_file)
        self.paste_image_button = secondary()
        self.paste_image_button.clicked.connect(self.paste_image)
        self.reading_status = Body()
        self.reading_status.hide()
        self.reading_bar = QProgressBar()
        self.reading_bar.setRange(0, 0)  # moving: how long a photo takes is not known
        self.reading_bar.setTextVisible(False)
        self.reading_bar.setMaximumHeight(self.fontMetrics().height())
        self.reading_bar.hide()
        self.key_banner = StateBanner()
        self.practice_hint = Body()
        self.practice_button = secondary()
        self.practice_button.clicked.connect(self.start_practice)

    def _build_qr(self) -> None:
        self.qr_banner = StateBanner()
        self.show_qr_button = secondary()
        self.show_qr_button.clicked.connect(self.toggle_qr)
        self.qr_banner.action_row.addWidget(self.show_qr_button)
        self.qr_label = QLabel()
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.hide()

    def _build_verify(self) -> None:
        self.code_field = QLineEdit()
        self.code_field.setMaxLength(MAX_CODE_CHARS)
        self.code_field.textChanged.connect(self._touch)
        self.code_field.returnPressed.connect(self.verify)
        self.verify_button = primary()
        self.verify_button.clicked.connect(self.verify)
        self.practice_code_button = secondary()
        self.practice_code_button.clicked.connect(self.show_practice_code)
        self.practice_code = Body()
        self.verify_banner = StateBanner()

    # --- the key -------------------------------------------------------------------

    def tab_stops(self) -> list[QWidget]:
        """The controls in reading order (Qt's own order is the order they were made in)."""
        return [
            self.practice_button,
            self.key_field,
            self.show_key,
            self.check_key_button,
            self.forget_button,
            self.open_image_button,
            self.paste_image_button,
            self.show_qr_button,
            self.code_field,
            self.verify_button,
            self.practice_code_button,
            self.clock.check_button,
        ]

    @property
    def key(self) -> TotpKey | None:
        return self._key

    @property
    def _practicing(self) -> bool:
        return self._key is not None and self._key == self._practice_key

    def _touch(self) -> None:
        """Any use of the panel: the idle countdown starts again."""
        self._idle.start(self._idle_forget_ms)

    def _key_typed(self) -> None:
        self._touch()
        self._debounce.start()

    def check_key(self) -> None:
        self._debounce.stop()
        text = self.key_field.text()
        self._apply(check_setup_text(text) if text.strip() else None)

    def start_practice(self) -> None:
        """A throwaway key, through the same steps as a real one."""
        key = practice_key(self._random_bytes)
        blocked = self.key_field.blockSignals(True)
        self.key_field.setText(provisioning_uri(key))
        self.key_field.blockSignals(blocked)
        self._practice_key = key
        self._touch()
        self.check_key()

    def _apply(self, check: KeyCheck | None) -> None:
        self.key_check = check
        self._key = check.key if check is not None and check.valid else None
        self.code_check = None
        self.code_field.clear()
        self.practice_code.clear()
        self._hide_qr()
        self._render()

    # --- pictures ---------------------------------------------------------------------

    def choose_image_file(self) -> None:
        """Ask for a picture without blocking the window (no nested event loop)."""
        dialog = QFileDialog(self, self.tr("Open a picture of the QR code"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"))
        dialog.fileSelected.connect(self.open_image_file)
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    def open_image_file(self, path: str) -> None:
        """Read the QR code in the picture at ``path`` (read in place, never copied)."""
        self._read_picture(lambda: setup_from_image_file(path))

    def paste_image(self) -> None:
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            self._status(
                self.tr(
                    "The clipboard holds no picture. Copy a screenshot of the QR code first; "
                    "a key in letters goes into the box above (Ctrl+V)."
                )
            )
            return
        self.read_image(image)

    def read_image(self, image: QImage) -> None:
        # Handed over as it is (QImage shares its pixels with a thread-safe count, and
        # nothing here changes them): a deep copy of a 12-megapixel photo would cost the
        # UI thread some 30 ms.
        self._read_picture(lambda: setup_from_qimage(image))

    def _read_picture(self, work: Callable[[], KeyCheck]) -> None:
        if not self.isVisible():
            return  # a file chosen after the page was left: its secrets were just forgotten
        self._touch()
        self._sequence += 1
        sequence = self._sequence
        call = BackgroundCall(work, self)
        self._calls.add(call)
        self._status(self.tr("Reading the picture…"))
        self._set_busy(True)

        def done(result: Any) -> None:
            self._calls.discard(call)
            call.deleteLater()
            if sequence != self._sequence:
                return  # forgotten meanwhile, or another picture was chosen
            self._set_busy(False)
            self._status("")
            check = (
                result
                if isinstance(result, KeyCheck)
                else KeyCheck("unknown", problems=(Finding("totp.image_unreadable"),))
            )
            blocked = self.key_field.blockSignals(True)
            self.key_field.clear()  # the key now comes from the picture, not the box
            self.key_field.blockSignals(blocked)
            self._apply(check)

        call.finished.connect(done)
        call.failed.connect(done)
        call.start()

    def _status(self, text: str) -> None:
        self.reading_status.setText(text)
        self.reading_status.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        for button in (self.open_image_button, self.paste_image_button):
            button.setEnabled(not busy)
        self.reading_bar.setVisible(busy)

    @property
    def reading(self) -> bool:
        return bool(self._calls)

    # --- the QR code ----------------------------------------------------------------------

    def toggle_qr(self) -> None:
        self._touch()
        if self.qr_label.isVisible() or self._key is None:
            self._hide_qr()
        else:
            modules = qr_modules(provisioning_uri(self._key))
            scale = max(3, QR_SIDE_PX // modules.size)
            self.qr_label.setPixmap(QPixmap.fromImage(qr_picture(modules, scale)))
            self.qr_label.show()
        self._render_qr()

    def _hide_qr(self) -> None:
        self.qr_label.clear()
        self.qr_label.hide()
        self._render_qr()

    def qr_image(self) -> QImage:
        """What the QR code on screen shows (empty when hidden)."""
        pixmap = self.qr_label.pixmap()
        return pixmap.toImage() if self.qr_label.isVisible() else QImage()

    # --- checking a code -----------------------------------------------------------------------

    def verify(self) -> None:
        self._touch()
        key = self._key
        if key is None:
            return
        try:
            self.code_check = verify_code(key, self.code_field.text(), at=self._now())
        except InvalidCode as error:
            self.code_check = None
            self.verify_banner.set_state(
                CheckState.ATTENTION,
                self.tr("This code cannot be checked"),
                render_message(error.message_id, error.params),
            )
            self.verify_banner.show()
            return
        self._render_code_check()

    def show_practice_code(self) -> None:
        """The practice key's current code, for someone without a phone app at hand."""
        self._touch()
        if self._key is None or not self._practicing:
            return
        code = code_at(self._key, self._now())
        self.practice_code.setText(
            self.tr(
                "The practice code right now is {code}. Type it above; a phone app with the "
                "practice key would show the same."
            ).format(code=code)
        )

    # --- forgetting ---------------------------------------------------------------------------

    def clear_secrets(self) -> bool:
        """Forget the key and everything made from it; True if something was forgotten."""
        held = bool(self.key_field.text() or self._key or self.qr_label.isVisible() or self._calls)
        self._sequence += 1
        self._idle.stop()
        self._debounce.stop()
        blocked = self.key_field.blockSignals(True)
        self.key_field.clear()
        self.key_field.blockSignals(blocked)
        self.show_key.setChecked(False)
        self._practice_key = None
        self._calls.clear()
        self._set_busy(False)
        self._status("")
        self._apply(None)
        return held

    def forget(self) -> None:
        self.clear_secrets()

    def _forget_when_idle(self) -> None:
        if self.clear_secrets():
            self._messages.show_message(
                "totp",
                self.tr(
                    "For your safety the set-up key was forgotten after {minutes} minutes "
                    "without use. Paste it again to go on."
                ).format(minutes=max(1, self._idle_forget_ms // 60_000)),
                BannerKind.INFO,
            )

    # --- view ------------------------------------------------------------------------------------

    def _render(self) -> None:
        self._render_key()
        self._render_qr()
        has_key = self._key is not None
        for widget in (self.code_field, self.verify_button):
            widget.setEnabled(has_key)
        self.practice_code_button.setVisible(has_key and self._practicing)
        self.practice_code.setVisible(bool(self.practice_code.text()))
        self.forget_button.setEnabled(bool(self.key_field.text()) or has_key)
        self._render_code_check()

    def _render_key(self) -> None:
        self.key_banner.set_state(*key_words(self.key_check, practicing=self._practicing))

    def _render_qr(self) -> None:
        has_key = self._key is not None
        self.qr_banner.set_state(
            CheckState.ATTENTION,
            self.tr("Keep this picture to yourself"),
            render_message("totp.qr_is_secret", None),
        )
        self.show_qr_button.setEnabled(has_key)
        shown = self.qr_label.isVisible()
        self.show_qr_button.setText(
            self.tr("Hide the &QR code") if shown else self.tr("Show the &QR code")
        )
        if not has_key:
            self.show_qr_button.setToolTip(self.tr("First check a set-up key above."))
        else:
            self.show_qr_button.setToolTip("")

    def _render_code_check(self) -> None:
        result = self.code_check
        self.verify_banner.setVisible(result is not None)
        if result is not None:
            self.verify_banner.set_state(*code_words(result))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.explanation.setText(
            self.tr(
                "An authenticator app on your phone makes a new code every 30 seconds. When a "
                "broker sets one up, it shows a QR code and a key of letters and digits. Here "
                "you can check that key, scan it into your phone, and prove that the phone "
                "shows the right codes. secguard keeps the key only while you use this page: "
                "it is never saved, sent or copied."
            )
        )
        self._key_heading.setText(self.tr("The set-up key"))
        self._qr_heading.setText(self.tr("Add it to your phone app"))
        self._code_heading.setText(self.tr("Check a code from your phone"))
        self.key_field.setPlaceholderText(self.tr("Paste the key or the otpauth:// address here"))
        self.key_field.setAccessibleName(self.tr("Set-up key or otpauth address"))
        self.show_key.setText(self.tr("Sho&w the key"))
        self.check_key_button.setText(self.tr("Check the &key"))
        self.forget_button.setText(self.tr("Forg&et the key"))
        self.open_image_button.setText(self.tr("Open a &picture of the QR code…"))
        self.paste_image_button.setText(self.tr("Paste a p&icture"))
        self.practice_button.setText(self.tr("&Try it with a practice key"))
        self.practice_hint.setText(
            self.tr(
                "New to this? Try every step first with a practice key: it belongs to no "
                "account, so nothing can go wrong."
            )
        )
        self.code_field.setPlaceholderText(self.tr("the 6 or 8 digits your app shows"))
        self.code_field.setAccessibleName(self.tr("Code from your authenticator app"))
        self.verify_button.setText(self.tr("&Verify the code"))
        self.practice_code_button.setText(self.tr("Show the practice co&de"))
        self.qr_label.setAccessibleName(self.tr("QR code of the set-up key (a secret)"))
        self.reading_bar.setAccessibleName(self.tr("Reading the picture…"))
        self._render()
