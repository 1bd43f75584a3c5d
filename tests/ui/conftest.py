from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from secguard.i18n import Language
from secguard.ui.language import LanguageController
from secguard.ui.main_window import MainWindow


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageController]:
    controller = LanguageController(qapp, Language.ENGLISH)
    yield controller
    # Translators live on the application; leave it in English for the next test.
    controller.switch(Language.ENGLISH)
    controller.deleteLater()


@pytest.fixture
def window(qtbot, languages: LanguageController) -> MainWindow:  # type: ignore[no-untyped-def]
    main = MainWindow(languages)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main
