"""Step 3's page: building it on first visit, showing the QR code, and the longest
pause of the window's event loop while a 4000x3000 photo is read off it.

Baselines in the same run: building step 4's page (the other page with an
account list), making the QR's module matrix alone (what the picture is drawn
from), and reading the same photo directly, on the calling thread.

Run:  .venv/bin/python tests/benchmarks/bench_mfa_page.py
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from secguard.core.accounts import new_account  # noqa: E402
from secguard.core.checklist import PRECAUTIONS  # noqa: E402
from secguard.core.totp.qr import qr_modules  # noqa: E402
from secguard.resources import broker_directory  # noqa: E402
from secguard.storage.vault import KeyringVault  # noqa: E402
from secguard.ui.pages.mfa import MfaPage  # noqa: E402
from secguard.ui.pages.passwords import PasswordsPage  # noqa: E402
from secguard.ui.qr_image import qr_picture, setup_from_qimage  # noqa: E402
from secguard.ui.vault_client import VaultClient  # noqa: E402
from tests.storage.fakes import MemoryKeyring  # noqa: E402

URI = "otpauth://totp/ACME:taro?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=ACME"
AT = "2026-12-02T09:00:00+00:00"
ACCOUNTS = [new_account(f"口座 {n}", b, at=AT) for n, b in enumerate(("sbi", "rakuten", "okasan"))]


def median_ms(function, rounds: int) -> float:  # type: ignore[no-untyped-def]
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def photo() -> QImage:
    qr = qr_picture(qr_modules(URI), scale=10)
    image = QImage(4000, 3000, QImage.Format.Format_RGB32)
    image.fill(QColor("#8a8f99"))
    painter = QPainter(image)
    painter.drawImage(2600, 1900, qr)
    painter.end()
    return image


def main() -> None:
    app = QApplication([])
    client = VaultClient(KeyringVault(MemoryKeyring(), "bench"))
    directory = broker_directory()

    def build_mfa() -> None:
        page = MfaPage(PRECAUTIONS[2], client, directory)
        page.set_accounts(ACCOUNTS)
        page.deleteLater()

    def build_passwords() -> None:
        page = PasswordsPage(PRECAUTIONS[3], client)
        page.set_accounts(ACCOUNTS)
        page.deleteLater()

    build_mfa()  # imports and the directory, once
    build_passwords()
    mfa_ms = median_ms(build_mfa, 15)
    passwords_ms = median_ms(build_passwords, 15)

    page = MfaPage(PRECAUTIONS[2], client, directory)
    page.show()
    page.assistant.key_field.setText(URI)
    page.assistant.check_key()

    def show_and_hide_qr() -> None:
        page.assistant.toggle_qr()
        page.assistant.toggle_qr()

    qr_ms = median_ms(show_and_hide_qr, 30) / 2
    matrix_ms = median_ms(lambda: qr_modules(URI), 30)

    picture = photo()
    direct_ms = median_ms(lambda: setup_from_qimage(picture), 5)
    pauses, total = [], []
    for _ in range(5):
        start = time.perf_counter()
        page.assistant.read_image(picture)
        turns = [start, time.perf_counter()]
        # The event loop turns as often as it can; the longest gap between two turns is
        # the longest the window could not react while the worker read the photo.
        while page.assistant.reading or page.assistant.key_check is None:
            app.processEvents()
            turns.append(time.perf_counter())
        total.append(turns[-1] - start)
        pauses.append(max(b - a for a, b in itertools.pairwise(turns)))
        page.assistant.key_check = None
    pause_ms = statistics.median(pauses) * 1000
    total_ms = statistics.median(total) * 1000

    print(
        f"build step 3 page (3 accounts): {mfa_ms:7.1f} ms  (step 4 page: {passwords_ms:.1f} ms,"
        f" ratio {mfa_ms / passwords_ms:.2f})"
    )
    print(
        f"show the QR code:               {qr_ms:7.2f} ms  (module matrix alone: {matrix_ms:.2f}"
        f" ms, ratio {qr_ms / matrix_ms:.2f})"
    )
    print(
        f"4000x3000 photo: longest pause of the window {pause_ms:.0f} ms  (until the result:"
        f" {total_ms:.0f} ms; the same read on the calling thread: {direct_ms:.0f} ms, ratio"
        f" {pause_ms / direct_ms:.2f})"
    )
    page.deleteLater()


if __name__ == "__main__":
    main()
