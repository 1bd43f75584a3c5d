"""Step 1: paste a link or a whole message; see, link by link, where it really goes.

Nothing is opened or fetched by pasting.  For an imitation the card offers
the real site instead: the person's own bookmark for that broker, else the
directory's address, never the pasted link.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import QFileDialog, QProgressBar, QVBoxLayout, QWidget

from secguard.core.bookmarks import Bookmark, address_for
from secguard.core.brokers import Directory
from secguard.core.checklist import CheckState, Precaution
from secguard.core.errors import SecguardError
from secguard.core.links import JudgeResult, LinkJudge, LinkVerdict, Verdict
from secguard.core.links.hosts import split_host
from secguard.core.links.verdict import Reason
from secguard.core.mail import MailJudge, MailResult
from secguard.core.qr_links import QrLinks, judge_qr_texts
from secguard.i18n import render_message
from secguard.ui.background import BackgroundCall
from secguard.ui.banner import BannerKind
from secguard.ui.browser import Browser
from secguard.ui.pages.common import StepPage
from secguard.ui.pages.links_files import PasteBox, SenderCard, dropped_file, file_kind
from secguard.ui.parts.actions import primary, secondary
from secguard.ui.parts.scaffold import action_row, discard
from secguard.ui.parts.state_banner import StateBanner
from secguard.ui.parts.text import Body
from secguard.ui.parts.verdict_card import VerdictCard
from secguard.ui.qr_image import qr_texts_from_file, qr_texts_from_qimage

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
        self._mail_judge: MailJudge | None = None  # built on the first e-mail
        self._running: BackgroundCall | None = None
        self._pending = False
        self.result: JudgeResult | None = None
        # The last e-mail or picture shown, kept to be named again in another language.
        self.file_result: MailResult | QrLinks | None = None
        self._file_sequence = 0
        self._promised = False
        self.setAcceptDrops(True)

        self._build_paste_section()

        self._card_widgets: list[VerdictCard | SenderCard] = []
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

    def _build_paste_section(self) -> None:
        self._paste_section = self.add_section()
        self.paste = PasteBox()
        self.paste.file_dropped.connect(self.open_file)
        self.paste.image_pasted.connect(self.check_image)
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
        self.open_mail_button = secondary()
        self.open_mail_button.clicked.connect(self.choose_mail_file)
        self.open_image_button = secondary()
        self.open_image_button.clicked.connect(self.choose_image_file)
        self._hint = Body()
        self._status = Body()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: reading a file has no steps to count
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self._file_dialog: QFileDialog | None = None
        self._paste_section.add(self.paste)
        self._paste_section.add(self._hint)
        self._paste_section.add(action_row(self.check_button, self.clear_button))
        self._paste_section.add(action_row(self.open_mail_button, self.open_image_button))
        self._paste_section.add(self.progress)
        self._paste_section.add(self._status)

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
        self._mail_judge = None
        if self.paste.toPlainText().strip():
            self._schedule()

    def cards(self) -> list[VerdictCard]:
        """The link cards (the sender's card of an e-mail is ``sender_card``)."""
        return [c for c in self._card_widgets if isinstance(c, VerdictCard)]

    def sender_card(self) -> SenderCard | None:
        return next((c for c in self._card_widgets if isinstance(c, SenderCard)), None)

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
        self._file_sequence += 1  # an e-mail or picture still being read is not shown over this
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
        self.file_result = None
        self._show_cards(result.links, result.notes)
        self._status.setText(self._summary(result.links))
        self._done()

    def _show_cards(
        self,
        links: Sequence[LinkVerdict],
        notes: Sequence[Reason],
        sender: SenderCard | None = None,
    ) -> None:
        self._clear_cards()
        language = self._language()
        if sender is not None:
            self._cards.addWidget(sender)
            self._card_widgets.append(sender)
        for verdict, count in group_links(links):
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
        if notes:
            shown = "\n".join(render_message(n.message_id, n.params) for n in notes)
            self.messages.show_message("note", shown, BannerKind.WARNING)
        else:
            self.messages.clear("note")
        self._order_tab_stops()
        if self._card_widgets:
            self.reveal(self._card_widgets[0])

    def _order_tab_stops(self) -> None:
        """Tab follows the reading order: the cards' buttons before the promise below them."""
        chain: list[QWidget] = [self.clear_button, self.open_mail_button, self.open_image_button]
        chain += [
            c.real_site_button
            for c in self._card_widgets
            if isinstance(c, VerdictCard) and c.real_site_button
        ]
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

    def _summary(self, links: Sequence[LinkVerdict], empty: str | None = None) -> str:
        if not links:
            return empty or self.tr("No link found in the text.")
        danger = sum(v.dangerous for v in links)
        if danger:
            return self.tr("Dangerous links: {count} of {total}. Do not open them.").format(
                count=danger, total=len(links)
            )
        return self.tr("Links checked: {total}.").format(total=len(links))

    # --- files: a saved e-mail, a picture with QR codes ------------------------------

    def choose_mail_file(self) -> None:
        self._choose(self.tr("Open a saved e-mail"), self.tr("Saved e-mails (*.eml)"))

    def choose_image_file(self) -> None:
        self._choose(
            self.tr("Open a picture with a QR code"),
            self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"),
        )

    def _choose(self, title: str, name_filter: str) -> None:
        """Ask for a file without blocking the window (no nested event loop)."""
        dialog = QFileDialog(self, title)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(name_filter)
        dialog.fileSelected.connect(self.open_file)
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    def open_file(self, path: str) -> None:
        """Judge the e-mail or the picture at ``path`` (read in place, never copied)."""
        if file_kind(path) == "mail":
            if self._mail_judge is None:
                self._mail_judge = MailJudge(self._directory, self._bookmarks)
            mail_judge = self._mail_judge
            self._run_file(lambda: mail_judge.judge_file(path), self.tr("Reading the e-mail…"))
        else:
            judge = self._judge
            self._run_file(
                lambda: judge_qr_texts(qr_texts_from_file(path), judge),
                self.tr("Reading the picture…"),
            )

    def check_image(self, image: QImage) -> None:
        """Judge the links in the QR codes of a pasted picture."""
        judge = self._judge
        # Handed over as it is: QImage shares its pixels with a thread-safe count.
        self._run_file(
            lambda: judge_qr_texts(qr_texts_from_qimage(image), judge),
            self.tr("Reading the picture…"),
        )

    def _run_file(self, work: Callable[[], MailResult | QrLinks], status: str) -> None:
        self._debounce.stop()
        self._file_sequence += 1
        sequence = self._file_sequence
        call = BackgroundCall(work, self)
        self._status.setText(status)
        self.progress.setVisible(True)

        def done(outcome: Any) -> None:
            call.deleteLater()
            if sequence != self._file_sequence:
                return  # another file was chosen meanwhile
            self.progress.setVisible(False)
            if isinstance(outcome, SecguardError):
                self._file_failed(outcome)
            elif isinstance(outcome, MailResult | QrLinks):
                self.result = None
                self._show_file_result(outcome)
            else:
                self._status.setText(self.tr("The check failed; nothing was judged."))

        call.finished.connect(done)
        call.failed.connect(done)
        call.start()

    def _file_failed(self, error: SecguardError) -> None:
        self.file_result = None
        self._clear_cards()
        self._status.setText("")
        self.messages.show_message(
            "note", render_message(error.message_id, error.params), BannerKind.ERROR
        )

    def _show_file_result(self, outcome: MailResult | QrLinks) -> None:
        self.file_result = outcome
        if isinstance(outcome, MailResult):
            language = self._language()
            broker = self._directory.get(outcome.sender.broker_id)
            sender = SenderCard(
                outcome.sender,
                language=language,
                broker_name=broker.name(language) if broker else None,
            )
            self._show_cards(outcome.links, outcome.notes, sender)
            self._status.setText(
                self._summary(outcome.links, self.tr("The e-mail contains no link."))
            )
        else:
            # How many codes were read is the status, not a warning.
            warnings = [n for n in outcome.notes if n.message_id != "qr.found"]
            self._show_cards(outcome.links, warnings)
            if outcome.codes == 0:
                self._status.setText(self.tr("No QR code found in the picture."))
                return
            found = render_message("qr.found", {"count": str(outcome.codes)})
            summary = self._summary(outcome.links, self.tr("The QR code holds no link."))
            self._status.setText(f"{found} {summary}")

    # --- drag and drop ------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        path = dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.open_file(path)

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
        self._hint.setText(
            self.tr(
                "Ctrl+Enter checks; Tab moves on to the buttons. You can also drop a saved "
                "e-mail (.eml) or a picture of a QR code here, or paste a picture with Ctrl+V."
            )
        )
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
        self.open_mail_button.setText(self.tr("Open &e-mail file…"))
        self.open_mail_button.setAccessibleName(self.tr("Open a saved e-mail file (.eml) to check"))
        self.open_image_button.setText(self.tr("Open &image…"))
        self.open_image_button.setAccessibleName(
            self.tr("Open a picture with a QR code to check the link in it")
        )
        self.progress.setAccessibleName(self.tr("Reading the file"))
        if self.paste.toPlainText().strip() and self.result is not None:
            self._status.setText(self._summary(self.result.links))
        if self.file_result is not None:
            self._show_file_result(self.file_result)
