"""A brokerage's brand on the window: its name in the title, logo and accent colour.

Only a branded bundle has one (``secguard.resources.bundled_preset``); the
plain app shows none of this.  The accent marks the selected step and the
brand strip; the state of a check is never told by it (ARCHITECTURE.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QWidget

from secguard.core.preset import Preset, text_colour_on

LOGO_SIZE = 32


@dataclass(frozen=True)
class Brand:
    preset: Preset
    logo_path: Path

    def name(self, language: str) -> str:
        return self.preset.name(language)

    def icon(self) -> QIcon:
        return QIcon(str(self.logo_path))

    def apply_accent(self, app: QApplication) -> None:
        palette = app.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor(self.preset.accent))
        text = QColor(text_colour_on(self.preset.accent))
        palette.setColor(QPalette.ColorRole.HighlightedText, text)
        app.setPalette(palette)


def bundled_brand() -> Brand | None:
    """The bundle's brand, if it was built with a brokerage preset."""
    from secguard.resources import bundled_preset, bundled_preset_dir

    preset = bundled_preset()
    folder = bundled_preset_dir()
    if preset is None or folder is None:
        return None
    return Brand(preset, folder / preset.logo)


class BrandStrip(QWidget):
    """The brokerage's logo and name above the steps, on its accent colour."""

    def __init__(self, brand: Brand, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._brand = brand
        self.setObjectName("brandStrip")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(brand.preset.accent))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text_colour_on(brand.preset.accent)))
        self.setPalette(palette)
        self.logo = QLabel()
        pixmap = QPixmap(str(brand.logo_path))
        if not pixmap.isNull():
            self.logo.setPixmap(
                pixmap.scaled(
                    LOGO_SIZE,
                    LOGO_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.logo)
        layout.addWidget(self.title, 1)

    def set_language(self, language: str) -> None:
        name = self._brand.name(language)
        self.title.setText(name)
        self.logo.setAccessibleName(name)
        self.setAccessibleName(name)
