"""The page parts follow the person's text size, also when it changes while secguard runs."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QPushButton

from secguard.ui.parts.actions import primary, secondary
from secguard.ui.parts.text import Body, Heading


def test_headings_body_and_buttons_grow_with_the_application_font(qtbot, qapp: QApplication):
    heading, body, main, plain = Heading(1), Body("x"), primary("Go"), secondary("Back")
    for widget in (heading, body, main, plain):
        qtbot.addWidget(widget)
    before = {w: w.font().pointSizeF() for w in (heading, body, main, plain)}
    original = QFont(qapp.font())
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 1.5)
    try:
        qapp.setFont(bigger)
        for widget, size in before.items():
            assert widget.font().pointSizeF() == size * 1.5, type(widget).__name__
        assert heading.font().bold()
    finally:
        qapp.setFont(original)
    assert heading.font().pointSizeF() == before[heading]


def _fresh_height(text: str, width: int, font: QFont) -> int:
    """What QLabel itself answers for a wrapping, selectable label (no remembered answers)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFont(font)
    return label.heightForWidth(width)


def test_a_body_remembers_its_heights_but_never_a_stale_one(qtbot, qapp: QApplication):
    words = "このサイトは楽天証券の公式サイトではありません。ブックマークから開いてください。" * 3
    body = Body(words)
    qtbot.addWidget(body)
    for width in (120, 300, 120):  # asked again: the same answer
        assert body.heightForWidth(width) == _fresh_height(words, width, body.font())
    body.setText("短い")  # new words: a new answer
    assert body.heightForWidth(120) == _fresh_height("短い", 120, body.font())
    body.setText(words)
    bigger = QFont(body.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 2)
    body.setFont(bigger)  # a larger text size moves every line
    assert body.heightForWidth(120) == _fresh_height(words, 120, bigger)
    assert body.heightForWidth(120) > _fresh_height(words, 120, QApplication.font())
    body.setContentsMargins(0, 20, 0, 20)  # margins too
    assert body.heightForWidth(120) == _fresh_height(words, 120, bigger) + 40
    body.setWordWrap(False)  # one line, however narrow
    assert body.heightForWidth(120) < _fresh_height(words, 120, bigger)


def test_a_state_banner_takes_the_colours_of_each_new_state(qtbot):
    from secguard.core.checklist import CheckState
    from secguard.ui.badge import STATE_COLOURS
    from secguard.ui.parts.state_banner import StateBanner

    banner = StateBanner()
    qtbot.addWidget(banner)
    for state in (CheckState.RISK, CheckState.RISK, CheckState.OK, CheckState.UNKNOWN):
        banner.set_state(state, "headline")
        assert STATE_COLOURS[state] in banner.styleSheet()
        assert STATE_COLOURS[state] in banner.word.styleSheet()


BUTTON_LABELS = (
    "OK",
    "戻す",
    "&Open",
    "Something looks wrong",
    "本物のSBI証券のサイトを開く、こちらを使ってください",
)


def _frame_around(button, text: str):
    """What the style puts around a button's words (asked of QStyle directly, as the
    buttons themselves no longer do), and the words on one line."""
    from PySide6.QtCore import QRect, QSize, Qt
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    option = QStyleOptionButton()
    QPushButton.initStyleOption(button, option)
    option.text = ""
    frame = button.style().sizeFromContents(
        QStyle.ContentsType.CT_PushButton, option, QSize(0, 0), button
    )
    words = button.fontMetrics().boundingRect(
        QRect(0, 0, 100_000, 10_000), Qt.TextFlag.TextShowMnemonic, text
    )
    return frame, words.size()


def test_an_action_button_is_the_styles_frame_around_its_words(qtbot, qapp: QApplication):
    """As wide as its words on one line plus the style's frame and padding (and a little
    slack), whatever the kind and however short the label: the style's own minimum width
    for a labelled button (80 pixels in Fusion) does not apply, as it never did."""
    from PySide6.QtCore import QSize

    from secguard.ui.parts.actions import ActionButton, ActionKind

    for kind in ActionKind:
        for text in BUTTON_LABELS:
            button = ActionButton(kind, text)
            qtbot.addWidget(button)
            frame, words = _frame_around(button, text)
            assert button.sizeHint() == words + frame + QSize(12 + 2, 4), (kind, text)
            # Narrower than its words: they wrap, and the button grows by whole lines.
            one_line = button.heightForWidth(button.sizeHint().width())
            assert one_line == button.sizeHint().height()
            if len(text) > 10:
                narrow = button.minimumSizeHint().width()
                assert button.heightForWidth(narrow) >= one_line + words.height() // 2


def test_an_action_button_paints_its_words_once_and_the_style_none(qtbot):
    from PySide6.QtWidgets import QStyleOptionButton

    from secguard.ui.parts.actions import secondary

    button = secondary("Something looks wrong")
    qtbot.addWidget(button)
    option = QStyleOptionButton()
    button.initStyleOption(option)
    assert option.text == ""  # the style draws the frame only
    button.resize(button.sizeHint())
    empty = secondary("")
    qtbot.addWidget(empty)
    empty.resize(button.size())
    assert button.grab().toImage() != empty.grab().toImage()  # the words are painted


def _ink_lines(button, empty) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Each painted line of words as (left, right): where the button's pixels differ
    from the same button without words, rows grouped into lines by blank rows."""
    words, frame = button.grab().toImage(), empty.grab().toImage()
    lines: list[tuple[int, int]] = []
    in_line = False
    for y in range(words.height()):
        xs = [x for x in range(words.width()) if words.pixel(x, y) != frame.pixel(x, y)]
        if xs and not in_line:
            lines.append((min(xs), max(xs)))
        elif xs:
            lines[-1] = (min(lines[-1][0], *xs), max(lines[-1][1], *xs))
        in_line = bool(xs)
    return lines


def test_a_wrapped_label_keeps_no_character_alone_on_its_last_line(qtbot):
    """「代わりに本物の野村證券のサイトを開く」 wrapped at full width left 「く」 alone on the
    second line; the words are painted as evenly as the same number of lines allows,
    and the button's height is what it was."""
    from secguard.ui.parts.actions import secondary

    text = "代わりに本物の野村證券のサイトを開く"
    button, empty = secondary(text), secondary("")
    for widget in (button, empty):
        qtbot.addWidget(widget)
    char = button.fontMetrics().horizontalAdvance("く")
    one_line = button.sizeHint()
    # The widest button whose words take two lines, the second one character.
    width = one_line.width() - char
    height = button.heightForWidth(width)
    assert height > one_line.height()  # two lines
    for widget in (button, empty):
        widget.resize(width, height)
    lines = _ink_lines(button, empty)
    assert len(lines) == 2
    shortest = min(right - left for left, right in lines)
    assert shortest > 4 * char, lines  # not one character (about 8 of 17 each)
    assert button.heightForWidth(width) == height


def test_two_japanese_lines_break_after_a_particle_or_a_mark_not_inside_a_word():
    from secguard.ui.parts.actions import phrase_break

    def cut(text: str, width: int) -> tuple[str, str] | None:
        index = phrase_break(text, width, len)  # one unit per character
        return None if index is None else (text[:index], text[index:])

    # The most even of the places after の / を / に / ・ whose lines both fit.
    assert cut("代わりに本物のSBI証券のサイトを追加する", 16) == (
        "代わりに本物のSBI証券の",
        "サイトを追加する",
    )
    assert cut("不審な取引・ログインがあった(&W)", 14) == ("不審な取引・", "ログインがあった(&W)")
    assert cut("本物の(&O)", 5) is None  # never a line starting with the shortcut letter
    assert cut("本物のあいうえおかきくけこさしすせそ", 16) is None  # 3 beside 15: too uneven
    assert cut("確認する", 3) is None  # no such place
    assert cut("Open the real site", 10) is None  # words with spaces wrap between words


def test_a_dropdown_shortens_a_choice_that_does_not_fit_and_keeps_the_whole_text(qtbot):
    """At 150 % in an 800x600 window 'A password I use elsewhere (not saved)' was cut off
    mid-letter by the arrow; it now ends in '…' there, and shows whole where it fits."""
    from secguard.ui.parts.dropdown import Dropdown

    words = "A password I use elsewhere (not saved)"
    dropdown = Dropdown(12)
    qtbot.addWidget(dropdown)
    dropdown.addItem(words, "other")
    dropdown.resize(dropdown.sizeHint().width(), dropdown.sizeHint().height())  # 12 characters
    shown = dropdown.shown_text()
    assert shown.endswith("…")
    assert words.startswith(shown[:-1])
    assert dropdown.currentText() == words  # the data and the accessible text stay whole
    narrow = dropdown.grab().toImage()
    # Painted as a plain drop-down showing the shortened words would be.
    from PySide6.QtWidgets import QComboBox

    reference = QComboBox()
    qtbot.addWidget(reference)
    reference.addItem(shown)
    reference.resize(dropdown.size())
    assert narrow == reference.grab().toImage()
    dropdown.resize(dropdown.fontMetrics().horizontalAdvance(words) * 2, dropdown.height())
    assert dropdown.shown_text() == words
    assert dropdown.grab().toImage() != narrow  # painted through the style, words and all
