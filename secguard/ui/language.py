"""Switching the interface language at run time, without a restart."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal

from secguard.i18n import Language, load_translators


class LanguageController(QObject):
    """Owns the translators installed on the application.

    Installing or removing a translator makes Qt send ``LanguageChange`` to
    every widget, whose ``changeEvent`` then re-translates it.

    Signals:
    language_changed(str): the new language code, after the switch.
    """

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, language: Language) -> None:
        super().__init__(app)
        self._app = app
        self._installed: list[QTranslator] = []
        self._language = language
        self._install(language)

    @property
    def language(self) -> Language:
        return self._language

    def switch(self, language: Language) -> None:
        """Switch to ``language``; raises ``FileNotFoundError`` and keeps the
        current language if its translation file is missing."""
        if language is self._language:
            return
        self._install(language)
        self._language = language
        self.language_changed.emit(language.value)

    def _install(self, language: Language) -> None:
        translators = load_translators(language)  # may raise: nothing changed yet
        for old in self._installed:
            self._app.removeTranslator(old)
        for new in translators:
            self._app.installTranslator(new)
        self._installed = translators
        QLocale.setDefault(QLocale(language.value))
