"""Help → About: version, and the version and licence of every bundled library."""

from __future__ import annotations

import html
import platform
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QLocale, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from secguard import __version__
from secguard.about import bundled_libraries

if TYPE_CHECKING:
    from secguard.ui.brand import Brand, BrandStrip


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, brand: Brand | None = None) -> None:
        super().__init__(parent)
        self._brand = brand
        self._brand_strip: BrandStrip | None = None
        self._header = QLabel()
        self._header.setWordWrap(True)
        self._libraries = QTextBrowser()
        self._libraries.setOpenLinks(False)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if brand is not None:
            from secguard.ui.brand import BrandStrip

            self._brand_strip = BrandStrip(brand)
            layout.addWidget(self._brand_strip)
        layout.addWidget(self._header)
        layout.addWidget(self._libraries, 1)
        layout.addWidget(self._buttons)
        self.resize(560, 460)
        self._retranslate()

    def library_table_text(self) -> str:
        return self._libraries.toPlainText()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("About secguard"))
        header = self.tr(
            "<b>secguard {version}</b><br>A self-check that keeps online brokerage "
            "accounts from being taken over.<br>Python {python} · Qt {qt} · PySide6 {pyside}"
        ).format(
            version=__version__,
            python=platform.python_version(),
            qt=qVersion(),
            pyside=pyside_version,
        )
        if self._brand is not None and self._brand_strip is not None:
            language = QLocale().name().split("_")[0]
            name = self._brand.name(language)
            self._brand_strip.set_language(language)
            header = (
                self.tr("Provided to its customers by {brand}.").format(brand=html.escape(name))
                + "<br>"
                + header
            )
        self._header.setText(header)
        rows = "".join(
            f"<tr><td>{html.escape(lib.name)}</td><td>{html.escape(lib.version)}</td>"
            f"<td>{html.escape(lib.licence)}</td></tr>"
            for lib in bundled_libraries()
        )
        # Translated outside the f-string: lupdate cannot see a tr() inside one.
        headings = (self.tr("Library"), self.tr("Version"), self.tr("Licence"))
        header = "".join(f"<th align='left'>{html.escape(text)}</th>" for text in headings)
        self._libraries.setHtml(f"<table cellpadding='3'><tr>{header}</tr>{rows}</table>")
