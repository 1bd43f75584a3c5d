"""Buttons that look as important as what they do, and wrap their words when space is short.

The main thing to do now is a large, filled button; a secondary action is a
plain button; an action that accepts a risk is a small, plain, red-worded
button that never looks like the main one.  A long label ("Open the real SBI
Securities site instead") wraps onto two lines instead of pushing the page
wider than a small screen.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QSizePolicy, QStyleOptionButton, QWidget

ACCENT = "#174ea6"  # white on it: contrast 8.6:1
RISK_TEXT = "#a50e0e"
MIN_CHARACTERS = 10  # narrowest a label gets before it wraps no further
_SLACK = 2  # pixels
_ONE_LINE = Qt.TextFlag.TextShowMnemonic
_FLAGS = Qt.TextFlag.TextWordWrap | _ONE_LINE


# A Japanese label breaks best after a particle or a mark; no line starts with a mark,
# a small kana, the long-vowel bar or a bracket (the "(&W)" of a shortcut letter stays).
_BREAK_AFTER = frozenset("のをに、・")
_NO_LINE_START = frozenset(
    "、。・，．）」』】〕ー〜(（)"  # noqa: RUF001 - the full-width marks themselves
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)


def phrase_break(text: str, width: int, measure: Callable[[str], int]) -> int | None:
    """Where to break a two-line Japanese label: after a particle or a mark, at the most
    even such place whose two lines both fit ``width`` (``measure`` gives a line's width),
    and only if the shorter line is at least a third of the longer.  None for words with
    spaces (their wrap already falls between words) or without such a place."""
    if " " in text:
        return None
    best: tuple[int, int] | None = None
    for index in range(1, len(text)):
        if text[index - 1] not in _BREAK_AFTER or text[index] in _NO_LINE_START:
            continue
        first, second = measure(text[:index]), measure(text[index:])
        longer = max(first, second)
        fits = longer <= width and 3 * min(first, second) >= longer
        if fits and (best is None or longer < best[0]):
            best = (longer, index)
    return None if best is None else best[1]


class ActionKind(enum.Enum):
    PRIMARY = "primary"
    SECONDARY = "secondary"
    RISKY = "risky"


class ActionButton(QPushButton):
    def __init__(
        self, kind: ActionKind = ActionKind.SECONDARY, text: str = "", parent: QWidget | None = None
    ) -> None:
        # (text, parent) would also match QPushButton(QIcon, text): PySide would build
        # QIcon's Python type, a cost at start-up for a button with no icon.
        super().__init__(parent)
        self.setText(text)
        self.kind = kind
        self._painted_for: tuple[tuple[int, str, str], tuple[str, int]] | None = None
        # Not Fixed vertically: a fixed policy caps the height at one line, and a label
        # that wraps needs more.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._apply()
        app = QApplication.instance()
        if isinstance(app, QApplication):  # see ui/parts/text.py: own fonts follow the app's
            app.fontChanged.connect(self._apply)

    def _apply(self, _font: QFont | None = None) -> None:
        font = QFont(QApplication.font())
        if self.kind is ActionKind.PRIMARY:
            font.setPointSizeF(font.pointSizeF() * 1.1)
            font.setBold(True)
            self.setStyleSheet(
                # The focus ring replaces a transparent border of the same width: a
                # focused button needs no more room than it asked for unfocused.
                f"QPushButton {{ background: {ACCENT}; color: white;"
                " border: 3px solid transparent;"
                " border-radius: 6px; padding: 0.45em 1em; }"
                " QPushButton:focus { border: 3px solid #fbbc04; }"
                " QPushButton:disabled { background: #9aa0a6; }"
            )
        elif self.kind is ActionKind.RISKY:
            self.setFlat(True)
            font.setUnderline(True)
            self.setStyleSheet(
                f"QPushButton {{ color: {RISK_TEXT}; border: none; padding: 0.2em 0.4em; }}"
            )
        self.setFont(font)
        self.updateGeometry()

    # --- size: as wide as the words on one line, narrower by wrapping them ---------
    #
    # The style draws and sizes the button without its words (initStyleOption leaves
    # them out), and the words are laid out here, wrapped when the button is narrow.
    # QPushButton's own sizeHint is then the style's frame and padding around the
    # words on one line.  No QStyle is touched from Python: its enumerations cost
    # the window's first paint about 4 % of its start-up (tests/benchmarks/bench_startup.py).

    def initStyleOption(self, option: QStyleOptionButton) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option)
        option.text = ""

    def _one_line(self) -> QSize:
        return self.fontMetrics().size(_ONE_LINE, self.text())

    def _padding(self) -> QSize:
        """Frame and padding around the words (the style's, with the words left out)."""
        return QPushButton.sizeHint(self) - self._one_line() + QSize(12, 4)

    def _text_size(self, width: int) -> QSize:
        rect = self.fontMetrics().boundingRect(
            QRect(0, 0, max(width, 1), 10_000), _FLAGS, self.text()
        )
        return rect.size()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # Integer metrics round a label's width down: without a little slack the painter
        # wraps the last word of a label that exactly fills its button.
        return QPushButton.sizeHint(self) + QSize(12 + _SLACK, 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as ten characters; as tall as one line.

        The height it needs at the width it gets is ``heightForWidth``: a
        minimum height measured at the narrowest width would make every
        layout holding the button reserve lines it never shows (and squash
        its neighbours when that reservation exceeds the height for width).
        """
        padding = self._padding()
        narrow = min(
            self.fontMetrics().averageCharWidth() * MIN_CHARACTERS,
            self.sizeHint().width() - padding.width(),
        )
        return QSize(narrow + padding.width(), self.sizeHint().height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        padding = self._padding()
        return self._text_size(width - padding.width()).height() + padding.height()

    def _lines(self, width: int) -> int:
        # By line spacing, not pixels: a line of kanji from a fallback font can stand a
        # pixel taller than one of kana, so the same two lines measure 27 or 28.
        spacing = self.fontMetrics().lineSpacing()
        return max(1, (self._text_size(width).height() + spacing // 2) // spacing)

    def _painted(self, width: int) -> tuple[str, int]:
        """The words as painted at ``width``, and the width they are painted in.

        Words wrapped at the full width fill the first lines and leave the rest to the
        last, which can be one word or, in Japanese, one character (「…サイトを開」 over
        「く」).  Two Japanese lines break after a particle or a mark instead
        (phrase_break: 「…SBI証券の / サイトを開く」, not 「…SBI証 / 券の…」); other
        words are painted at the narrowest width that gives as many lines, so the lines
        come out even.  The number of lines is the same either way, so the layout
        (heightForWidth) is untouched.  Remembered per width, words and font.
        """
        key = (width, self.text(), self.font().key())
        if self._painted_for is not None and self._painted_for[0] == key:
            return self._painted_for[1]
        text, painted = self.text(), (self.text(), width)
        if self._one_line().width() > width:  # it wraps
            lines = self._lines(width)
            metrics = self.fontMetrics()
            split = (
                phrase_break(text, width, lambda part: metrics.size(_ONE_LINE, part).width())
                if lines == 2
                else None
            )
            if split is not None:
                painted = (f"{text[:split]}\n{text[split:]}", width)
            else:
                painted = (text, self._narrowest(width, lines))
        self._painted_for = (key, painted)
        return painted

    def _narrowest(self, width: int, lines: int) -> int:
        """The narrowest width at which the words still take ``lines`` lines."""
        narrow, wide = 1, width
        while narrow < wide:
            middle = (narrow + wide) // 2
            if self._lines(middle) > lines:
                narrow = middle + 1
            else:
                wide = middle
        return wide

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)  # the frame, background and focus ring, without words
        padding = self._padding()
        area = self.rect().adjusted(
            padding.width() // 2,
            padding.height() // 2,
            -padding.width() // 2,
            -padding.height() // 2,
        )
        words, even = self._painted(area.width())
        area.adjust((area.width() - even) // 2, 0, -((area.width() - even + 1) // 2), 0)
        painter = QPainter(self)
        role = QPalette.ColorRole.ButtonText
        painter.setPen(
            self.palette().color(role)
            if self.isEnabled()
            else self.palette().color(QPalette.ColorGroup.Disabled, role)
        )
        painter.setFont(self.font())
        painter.drawText(area, int(_FLAGS | Qt.AlignmentFlag.AlignCenter), words)
        painter.end()


def primary(text: str = "") -> ActionButton:
    return ActionButton(ActionKind.PRIMARY, text)


def secondary(text: str = "") -> ActionButton:
    return ActionButton(ActionKind.SECONDARY, text)


def risky(text: str = "") -> ActionButton:
    return ActionButton(ActionKind.RISKY, text)
