"""The real main window in each page's main states, at a chosen text size and window size.

Shared by the layout and Tab-chain tests and by the screenshot script, so
that what is checked and what a person looks at are the same screens.  A
scene is one page in one state; a display is a text size and a window
size.  The window is the real ``MainWindow`` on an in-memory keyring
(``tests/storage/fakes.py``) holding one bookmark and one SBI account.

The states are reached the way a person reaches them (paste, type, press
save); the few page attributes this needs are named here only, so a page
rebuilt on new parts is followed in this one file.
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from secguard.core.accounts import new_account
from secguard.core.bookmarks import new_bookmark
from secguard.core.totp.qr import qr_modules
from secguard.i18n import Language
from secguard.storage.vault import KeyringVault
from secguard.ui.language import LanguageController
from secguard.ui.main_window import MainWindow
from secguard.ui.qr_image import qr_picture
from secguard.ui.vault_client import VaultClient
from tests.storage.fakes import FaultyKeyring

WaitUntil = Callable[..., object]  # qtbot.waitUntil(predicate, timeout=ms)

AT = "2026-12-02T09:00:00+00:00"
SERVICE = "secguard-test"
# The imitation of issue 12 and of README's check-link example.
LOOKALIKE_URL = "https://sbisec.co.jp.account-verify.com/login"
PHISHING_SMS = (
    "【SBI証券】重要なお知らせ お客様の口座が制限されました。"
    f"{LOOKALIKE_URL} より確認してください。"
)
# A made-up phishing e-mail: 楽天証券's address in From, DMARC failed at the provider.
SPOOFED_MAIL = Path(__file__).parent.parent / "core/mail/fixtures/spoofed_dmarc_fail.eml"
# Weak and common: zxcvbn gives feedback lines and SBI's rule adds its own.
WEAK_PASSWORD = "sakura1985"
SLOW_AFTER_MS = 50
TIMEOUT_MS = 10_000


class Storage(enum.Enum):
    AVAILABLE = "available"
    LOCKED = "locked"
    UNAVAILABLE = "unavailable"
    SLOW = "slow"


@dataclass(frozen=True)
class Display:
    """Text size (the application font's point size times ``text_scale``) and window size.

    ``size`` None keeps the size the window opens at by itself.
    """

    text_scale: float
    size: QSize | None

    @property
    def name(self) -> str:
        size = "default" if self.size is None else f"{self.size.width()}x{self.size.height()}"
        return f"{round(self.text_scale * 100)}%-{size}"


@dataclass(frozen=True)
class Scene:
    """One page (sidebar row; 0 is the overview) in one state."""

    name: str
    row: int
    storage: Storage = Storage.AVAILABLE
    act: Callable[[MainWindow, WaitUntil], None] | None = field(default=None, compare=False)


def _show_phishing_verdict(window: MainWindow, wait_until: WaitUntil) -> None:
    page = _page(window, 1)
    page.paste.setPlainText(PHISHING_SMS)
    wait_until(lambda: bool(page.cards()), timeout=TIMEOUT_MS)


# A weak sign alone (a note on an unknown verdict), a namesake's caution and a kit's
# entry page on a hijacked site: the three kinds of answer of issue 16's second round.
CAUTION_LINKS = "https://www.iwai.work/\nhttps://daiwa.de/\nhttps://example-shop.com/jp"


def _show_caution_verdicts(window: MainWindow, wait_until: WaitUntil) -> None:
    page = _page(window, 1)
    page.paste.setPlainText(CAUTION_LINKS)
    wait_until(lambda: len(page.cards()) == 3, timeout=TIMEOUT_MS)


# An official name in look-alike letters (an accusation with the longest reason) and a name
# made only of log-in words and "sec" (a warning with no broker named).
LOOK_ALIKE_LINKS = "https://ronura.co.jp/\nhttps://payment-sec.com/"


def _show_look_alike_verdicts(window: MainWindow, wait_until: WaitUntil) -> None:
    page = _page(window, 1)
    page.paste.setPlainText(LOOK_ALIKE_LINKS)
    wait_until(lambda: len(page.cards()) == 2, timeout=TIMEOUT_MS)


def _show_mail_verdict(window: MainWindow, wait_until: WaitUntil) -> None:
    page = _page(window, 1)
    page.open_file(str(SPOOFED_MAIL))
    wait_until(lambda: page.sender_card() is not None, timeout=TIMEOUT_MS)


def _show_qr_verdict(window: MainWindow, wait_until: WaitUntil) -> None:
    page = _page(window, 1)
    page.check_image(qr_picture(qr_modules(LOOKALIKE_URL), scale=4))
    wait_until(lambda: bool(page.cards()), timeout=TIMEOUT_MS)


def _show_fake_bookmark_warning(window: MainWindow, wait_until: WaitUntil) -> None:
    page = _page(window, 2)
    page.url_edit.setText(LOOKALIKE_URL)
    page.add_button.click()
    wait_until(page.warning.isVisible, timeout=TIMEOUT_MS)


def _show_strength_for_account(window: MainWindow, wait_until: WaitUntil) -> None:
    page = _page(window, 4)
    account = page.picker.accounts[0]
    page.picker.select_account(account.id)
    page.field.setText(WEAK_PASSWORD)
    wait_until(lambda: page.strength is not None and page.reused is not None, timeout=TIMEOUT_MS)


def _page(window: MainWindow, row: int) -> object:
    window.sidebar.setCurrentRow(row)
    page: object = window.pages.widget(row)
    return page


PAGE_NAMES = ("overview", *(f"step{n}" for n in range(1, 8)))

START_SCENES = tuple(Scene(name, row) for row, name in enumerate(PAGE_NAMES))
STATE_SCENES = (
    Scene("step1-phishing-verdict", 1, act=_show_phishing_verdict),
    Scene("step1-email-verdict", 1, act=_show_mail_verdict),
    Scene("step1-caution-verdicts", 1, act=_show_caution_verdicts),
    Scene("step1-look-alike-verdicts", 1, act=_show_look_alike_verdicts),
    Scene("step1-qr-verdict", 1, act=_show_qr_verdict),
    Scene("step2-fake-bookmark-warning", 2, act=_show_fake_bookmark_warning),
    Scene("step4-strength-with-account", 4, act=_show_strength_for_account),
)
# The storage banner sits above every page; it is shown on the two pages
# that use the keyring, step 4 being the tallest.
BANNER_SCENES = tuple(
    Scene(f"{page}-{storage.value}-banner", row, storage)
    for storage in (Storage.LOCKED, Storage.UNAVAILABLE, Storage.SLOW)
    for page, row in (("step2", 2), ("step4", 4))
)
SCENES = START_SCENES + STATE_SCENES + BANNER_SCENES


@contextlib.contextmanager
def text_scaled(app: QApplication, scale: float) -> Iterator[None]:
    """The application font at ``scale`` times its size (the person's text-size setting)."""
    original = QFont(app.font())
    scaled = QFont(original)
    scaled.setPointSizeF(original.pointSizeF() * scale)
    app.setFont(scaled)
    try:
        yield
    finally:
        app.setFont(original)


def _keyring(storage: Storage) -> object:
    if storage is Storage.UNAVAILABLE:
        from keyring.backends import fail

        return fail.Keyring()
    backend = FaultyKeyring()
    vault = KeyringVault(backend, service=SERVICE)
    vault.add_bookmark(new_bookmark("https://www.sbisec.co.jp/", "SBI証券", "sbi"))
    vault.add_account(new_account("SBI証券", "sbi", at=AT))
    backend.locked = storage is Storage.LOCKED
    backend.hanging = storage is Storage.SLOW
    return backend


@contextlib.contextmanager
def opened(
    app: QApplication,
    scene: Scene,
    language: Language,
    display: Display,
    wait_until: WaitUntil,
) -> Iterator[MainWindow]:
    """The main window showing ``scene``; closed and the app put back afterwards."""
    with text_scaled(app, display.text_scale):
        backend = _keyring(scene.storage)
        slow_after = SLOW_AFTER_MS if scene.storage is Storage.SLOW else 5000
        client = VaultClient(KeyringVault(backend, service=SERVICE), slow_after_ms=slow_after)
        languages = LanguageController(app, language)
        window = MainWindow(languages, client)
        try:
            window.show()
            if display.size is not None:
                window.resize(display.size)
            window.load_storage()
            if scene.storage is Storage.AVAILABLE:
                wait_until(lambda: window.stored_data().is_read, timeout=TIMEOUT_MS)
            else:
                wait_until(lambda: "storage" in window.messages.visible_texts(), timeout=TIMEOUT_MS)
            window.sidebar.setCurrentRow(scene.row)
            if scene.act is not None:
                scene.act(window, wait_until)
            settle(app)
            yield window
        finally:
            if isinstance(backend, FaultyKeyring):
                backend.hang.set()  # let a hanging keyring call finish
            _drain(client, wait_until)
            window.close()
            window.deleteLater()
            languages.switch(Language.ENGLISH)
            languages.deleteLater()
            settle(app)


def _drain(client: VaultClient, wait_until: WaitUntil) -> None:
    """Wait until the keyring calls asked so far, and those their answers ask, have answered.

    The worker is serial and answers in order, so an empty call queued now
    answers last; a page answered may ask again (the fingerprint key after
    the first load), hence a few rounds.  Without this a late answer reaches
    a window already closed.
    """
    for _ in range(3):
        _answer_last(client, wait_until)


def _answer_last(client: VaultClient, wait_until: WaitUntil) -> None:
    answered: list[bool] = []
    client.request(
        lambda _vault: None,
        on_success=lambda _result: answered.append(True),
        on_failure=lambda _error: answered.append(True),
    )
    wait_until(lambda: bool(answered), timeout=TIMEOUT_MS)


def settle(app: QApplication) -> None:
    """Let pending layout requests and resizes run (a layout settles in a few passes)."""
    for _ in range(3):
        app.processEvents()
        for top in app.topLevelWidgets():
            layout = top.layout()
            if isinstance(top, QWidget) and top.isVisible() and layout is not None:
                layout.activate()
