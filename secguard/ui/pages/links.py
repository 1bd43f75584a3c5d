"""Step 1: paste a link or a whole message; see, link by link, where it really goes.

Nothing is opened or fetched by pasting.  For an imitation the card offers
the real site instead: the person's own bookmark for that broker, else the
directory's address, never the pasted link.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from secguard.core.bookmarks import Bookmark
from secguard.core.brokers import Directory
from secguard.core.checklist import Precaution
from secguard.core.links import JudgeResult, LinkJudge, LinkVerdict, Verdict
from secguard.i18n import broker_params, render_message
from secguard.ui.background import BackgroundCall
from secguard.ui.badge import VerdictBadge
from secguard.ui.banner import BannerKind, MessageArea
from secguard.ui.pages.common import StepPage

UrlOpener = Callable[[str], bool]
DEBOUNCE_MS = 400


def open_real_site(url: str) -> bool:
    return url.startswith("https://") and QDesktopServices.openUrl(QUrl(url))


class VerdictCard(QFrame):
    """One link: its verdict in colour and words, where it goes, and why."""

    def __init__(
        self,
        verdict: LinkVerdict,
        language: str,
        real_site: tuple[str, str] | None,
        open_url: UrlOpener,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.verdict = verdict
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.badge = VerdictBadge(verdict.verdict.value)
        url = QLabel(verdict.url)
        url.setTextFormat(Qt.TextFormat.PlainText)  # shown, never a clickable link
        url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        url.setWordWrap(True)
        mono = QFont(url.font())
        mono.setStyleHint(QFont.StyleHint.Monospace)
        url.setFont(mono)
        header = QHBoxLayout()
        header.addWidget(self.badge)
        header.addWidget(url, 1)
        self.reasons = QLabel(
            "\n".join(
                "• " + render_message(r.message_id, broker_params(r.params, language))
                for r in verdict.reasons
            )
        )
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.reasons)
        self.real_site_button: QPushButton | None = None
        if real_site is not None:
            name, target = real_site
            button = QPushButton(self.tr("Open the real {broker} site instead").format(broker=name))
            button.setToolTip(target)
            button.clicked.connect(lambda: open_url(target))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.real_site_button = button


class LinksPage(StepPage):
    """Signals:
    promised(): the person said they will not log in from links in messages.
    """

    promised = Signal()

    def __init__(
        self,
        precaution: Precaution,
        directory: Directory,
        language: Callable[[], str],
        open_url: UrlOpener = open_real_site,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(precaution, parent)
        self._directory = directory
        self._language = language
        self._open_url = open_url
        self._bookmarks: list[Bookmark] = []
        self._judge = LinkJudge(directory)
        self._running: BackgroundCall | None = None
        self._pending = False
        self.result: JudgeResult | None = None
        self._promised = False

        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self.messages = MessageArea()
        self.paste = QPlainTextEdit()
        self.paste.setMaximumHeight(150)
        self.paste.textChanged.connect(self._schedule)
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check_now)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.paste.clear)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.paste)
        shortcut.activated.connect(self.check_now)
        self._status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self._status, 1)

        scroll = self._build_results()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check_now)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addWidget(self.messages)
        layout.addWidget(self.paste)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)
        self.promise_button = QPushButton()
        self.promise_button.clicked.connect(self._promise)
        layout.addWidget(self.promise_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._retranslate()

    def _build_results(self) -> QScrollArea:
        self._card_widgets: list[VerdictCard] = []
        box = QWidget()
        self._cards = QVBoxLayout(box)
        self._cards.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(box)
        return scroll

    def set_promised(self, promised: bool) -> None:
        self.promise_button.setEnabled(not promised)
        self._promised = promised
        self._retranslate()

    def _promise(self) -> None:
        self.set_promised(True)
        self.promised.emit()

    # --- data ---------------------------------------------------------------

    def set_bookmarks(self, bookmarks: Sequence[Bookmark]) -> None:
        self._bookmarks = list(bookmarks)
        self._judge = LinkJudge(self._directory, self._bookmarks)
        if self.paste.toPlainText().strip():
            self._schedule()

    def cards(self) -> list[VerdictCard]:
        return list(self._card_widgets)

    def is_busy(self) -> bool:
        return self._running is not None

    # --- judging --------------------------------------------------------------

    def _schedule(self) -> None:
        self._debounce.start()

    def check_now(self) -> None:
        self._debounce.stop()
        if self._running is not None:
            self._pending = True  # judge the latest text once this run ends
            return
        text = self.paste.toPlainText()
        judge = self._judge
        call = BackgroundCall(lambda: judge.judge(text), self)
        call.finished.connect(self._show)
        call.failed.connect(self._failed)
        self._running = call
        self._status.setText(self.tr("Checking…"))
        call.start()

    def _done(self) -> None:
        if self._running is not None:
            self._running.deleteLater()
        self._running = None
        if self._pending:
            self._pending = False
            self.check_now()

    def _failed(self, _error: object) -> None:
        self._status.setText(self.tr("The check failed; nothing was judged."))
        self._done()

    def _show(self, result: JudgeResult) -> None:
        self.result = result
        for old in self._card_widgets:
            self._cards.removeWidget(old)
            old.deleteLater()
        language = self._language()
        self._card_widgets = [
            VerdictCard(verdict, language, self._real_site(verdict), self._open_url)
            for verdict in result.links
        ]
        for index, card in enumerate(self._card_widgets):
            self._cards.insertWidget(index, card)
        self._status.setText(self._summary(result))
        if result.notes:
            note = result.notes[0]
            self.messages.show_message(
                "note", render_message(note.message_id, note.params), BannerKind.WARNING
            )
        else:
            self.messages.clear("note")
        self._done()

    def _real_site(self, verdict: LinkVerdict) -> tuple[str, str] | None:
        if verdict.verdict not in {Verdict.LOOKALIKE} or verdict.broker_id is None:
            return None
        broker = self._directory.get(verdict.broker_id)
        if broker is None:
            return None
        own = next((b.url for b in self._bookmarks if b.broker_id == broker.id), None)
        return broker.name(self._language()), own or broker.login_url or broker.site_url

    def _summary(self, result: JudgeResult) -> str:
        if not result.links:
            if self.paste.toPlainText().strip():
                return self.tr("No link found in the text.")
            return ""
        danger = sum(v.dangerous for v in result.links)
        if danger:
            return self.tr("Dangerous links: {count} of {total}. Do not open them.").format(
                count=danger, total=len(result.links)
            )
        return self.tr("Links checked: {total}.").format(total=len(result.links))

    # --- language ---------------------------------------------------------------

    def _retranslate(self) -> None:
        if self.result is not None:  # the cards name brokers and groups in the new language
            self._schedule()
        self._intro.setText(
            self.tr(
                "Never open a link from an e-mail or SMS to log in to your broker. If a message "
                "worries you, paste the link, or the whole message, below: secguard reads it as "
                "text and tells you where each link really goes. Nothing is opened."
            )
        )
        self.paste.setPlaceholderText(self.tr("Paste the link or the whole message here"))
        self.check_button.setText(self.tr("&Check"))
        self.clear_button.setText(self.tr("Clea&r"))
        if self._promised:
            self.promise_button.setText(self.tr("✓ You log in only from your own bookmarks"))
        else:
            self.promise_button.setText(
                self.tr("I will log in only from my own bookmarks, never from a link in a message")
            )
