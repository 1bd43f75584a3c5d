"""Step 1: paste a link or a whole message; see, link by link, where it really goes.

Nothing is opened or fetched by pasting.  For an imitation the card offers
the real site instead: the person's own bookmark for that broker, else the
directory's address, never the pasted link.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from secguard.core.bookmarks import Bookmark, address_for
from secguard.core.brokers import Directory
from secguard.core.checklist import CheckState, Precaution
from secguard.core.links import JudgeResult, LinkJudge, LinkVerdict, Verdict
from secguard.core.links.hosts import split_host
from secguard.i18n import render_message
from secguard.ui.background import BackgroundCall
from secguard.ui.banner import BannerKind
from secguard.ui.browser import Browser
from secguard.ui.pages.common import StepPage
from secguard.ui.parts.actions import primary, secondary
from secguard.ui.parts.scaffold import action_row, discard
from secguard.ui.parts.state_banner import StateBanner
from secguard.ui.parts.text import Body
from secguard.ui.parts.verdict_card import VerdictCard

DEBOUNCE_MS = 400
PASTE_LINES = 5


def _registrable(host: str) -> str:
    try:
        return split_host(host).registrable or ""
    except ValueError:
        return ""


def group_links(links: Sequence[LinkVerdict]) -> list[tuple[LinkVerdict, int]]:
    """Identical links once each, with how many times they were found, in first-seen order."""
    counts: dict[tuple[str, Verdict], int] = {}
    first: dict[tuple[str, Verdict], LinkVerdict] = {}
    for link in links:
        key = (link.url, link.verdict)
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, link)
    return [(first[key], count) for key, count in counts.items()]


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
        browser: Browser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(precaution, parent)
        self._directory = directory
        self._language = language
        self._browser = browser or Browser()
        self._bookmarks: list[Bookmark] = []
        self._judge = LinkJudge(directory)
        self._running: BackgroundCall | None = None
        self._pending = False
        self.result: JudgeResult | None = None
        self._promised = False

        self._paste_section = self.add_section()
        self.paste = QPlainTextEdit()
        self.paste.setTabChangesFocus(True)  # Tab leaves the box; Ctrl+Enter checks
        lines = self.paste.fontMetrics().lineSpacing() * PASTE_LINES
        self.paste.setMinimumHeight(lines)
        self.paste.setMaximumHeight(lines * 2)
        self.paste.textChanged.connect(self._schedule)
        QShortcut(QKeySequence("Ctrl+Return"), self.paste).activated.connect(self.check_now)
        QShortcut(QKeySequence("Ctrl+Enter"), self.paste).activated.connect(self.check_now)
        self.check_button = primary()
        self.check_button.clicked.connect(self.check_now)
        self.clear_button = secondary()
        self.clear_button.clicked.connect(self.paste.clear)
        self._hint = Body()
        self._status = Body()
        self._paste_section.add(self.paste)
        self._paste_section.add(self._hint)
        self._paste_section.add(action_row(self.check_button, self.clear_button))
        self._paste_section.add(self._status)

        self._card_widgets: list[VerdictCard] = []
        self._cards = QVBoxLayout()
        self._cards.setSpacing(12)
        self.add(self._cards)

        self._promise_section = self.add_section()
        self.promise_banner = StateBanner()
        self.promise_button = primary()
        self.promise_button.clicked.connect(self._promise)
        self.promise_banner.action_row.addWidget(self.promise_button)
        self._promise_section.add(self.promise_banner)
        self.end()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._check_typed)
        self._retranslate()

    def set_promised(self, promised: bool) -> None:
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

    # --- judging --------------------------------------------------------------

    def _schedule(self) -> None:
        self._debounce.start()

    def _check_typed(self) -> None:
        """What the debounce runs: like the button, but quiet about an empty box."""
        if self.paste.toPlainText().strip():
            self.check_now()
        else:
            self._show_nothing()

    def check_now(self) -> None:
        self._debounce.stop()
        text = self.paste.toPlainText()
        if not text.strip():
            self._show_nothing()
            self._status.setText(self.tr("Paste a link or a whole message first."))
            self.paste.setFocus()
            return
        if self._running is not None:
            self._pending = True  # judge the latest text once this run ends
            return
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

    def _clear_cards(self) -> None:
        for old in self._card_widgets:
            discard(self._cards, old)
        self._card_widgets = []

    def _show_nothing(self) -> None:
        self.result = None
        self._clear_cards()
        self._status.setText("")
        self.messages.clear("note")

    def _show(self, result: JudgeResult) -> None:
        self.result = result
        self._clear_cards()
        language = self._language()
        for verdict, count in group_links(result.links):
            broker = self._directory.get(verdict.broker_id)
            card = VerdictCard(
                verdict,
                language=language,
                domain=_registrable(verdict.host),
                broker_name=broker.name(language) if broker else None,
                real_site=self._real_site(verdict),
                browser=self._browser,
                count=count,
            )
            self._cards.addWidget(card)
            self._card_widgets.append(card)
        self._status.setText(self._summary(result))
        if result.notes:
            note = result.notes[0]
            self.messages.show_message(
                "note", render_message(note.message_id, note.params), BannerKind.WARNING
            )
        else:
            self.messages.clear("note")
        self._order_tab_stops()
        if self._card_widgets:
            self.reveal(self._card_widgets[0])
        self._done()

    def _order_tab_stops(self) -> None:
        """Tab follows the reading order: the cards' buttons before the promise below them."""
        chain = [self.clear_button]
        chain += [c.real_site_button for c in self._card_widgets if c.real_site_button]
        chain.append(self.promise_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _real_site(self, verdict: LinkVerdict) -> tuple[str, str] | None:
        if verdict.verdict not in {Verdict.LOOKALIKE, Verdict.SUSPICIOUS}:
            return None
        broker = self._directory.get(verdict.broker_id)
        if broker is None:
            return None
        return broker.name(self._language()), address_for(broker, self._bookmarks)

    def _summary(self, result: JudgeResult) -> str:
        if not result.links:
            return self.tr("No link found in the text.")
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
        self.intro.setText(
            self.tr(
                "Never open a link from an e-mail or SMS to log in to your broker. If a message "
                "worries you, paste the link, or the whole message, below: secguard reads it as "
                "text and tells you where each link really goes. Nothing is opened."
            )
        )
        self._paste_section.heading.setText(self.tr("Check a link or a message"))
        self.paste.setPlaceholderText(self.tr("Paste the link or the whole message here"))
        self.paste.setAccessibleName(self.tr("Link or message to check"))
        self._hint.setText(self.tr("Ctrl+Enter checks; Tab moves on to the buttons."))
        self.check_button.setText(self.tr("&Check"))
        self.clear_button.setText(self.tr("Clea&r"))
        self._promise_section.heading.setText(self.tr("Your habit"))
        if self._promised:
            self.promise_banner.set_state(
                CheckState.OK,
                self.tr("Done: you log in only from your own bookmarks."),
                self.tr("Keep it up: a link in a message is never the way to your broker."),
            )
        else:
            self.promise_banner.set_state(
                CheckState.UNKNOWN,
                self.tr("Not done yet"),
                self.tr(
                    "Promise yourself: I will log in only from my own bookmarks, never from a "
                    "link in an e-mail or SMS."
                ),
            )
        self.promise_button.setVisible(not self._promised)
        self.promise_button.setText(self.tr("I &promise"))
        self.promise_button.setAccessibleName(
            self.tr("I will log in only from my own bookmarks, never from a link in a message")
        )
        if self.paste.toPlainText().strip() and self.result is not None:
            self._status.setText(self._summary(self.result))
