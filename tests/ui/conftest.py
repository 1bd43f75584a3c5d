from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from secguard.i18n import Language
from secguard.storage.vault import KeyringVault
from secguard.ui.language import LanguageController
from secguard.ui.main_window import MainWindow
from secguard.ui.vault_client import VaultClient
from tests.storage.fakes import FaultyKeyring


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageController]:
    controller = LanguageController(qapp, Language.ENGLISH)
    yield controller
    # Translators live on the application; leave it in English for the next test.
    controller.switch(Language.ENGLISH)
    controller.deleteLater()


@pytest.fixture
def keyring_backend() -> FaultyKeyring:
    return FaultyKeyring()


@pytest.fixture
def client(qapp: QApplication, keyring_backend: FaultyKeyring) -> Iterator[VaultClient]:
    vault_client = VaultClient(KeyringVault(keyring_backend, service="secguard-test"))
    yield vault_client
    keyring_backend.hang.set()  # let a test's hanging call finish


@pytest.fixture
def window(qtbot, languages: LanguageController, client: VaultClient) -> MainWindow:  # type: ignore[no-untyped-def]
    main = MainWindow(languages, client)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main
