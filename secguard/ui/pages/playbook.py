""" "Something looks wrong": five steps in order, each ticked off and kept with its time.

Reachable from every page (the button under the steps, and the File menu).  What
each step shows comes from the data files only (see ``playbook_facts``); the broker
is opened from the person's own bookmark, never from a link.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from secguard.core.bookmarks import address_for
from secguard.core.broker_facts import ContactPage
from secguard.core.brokers import Broker, Directory
from secguard.core.checklist import CheckState
from secguard.core.emergency import accounts_sharing_secrets, emergency_options, fingerprints_known
from secguard.core.help_desks import HelpDesk
from secguard.core.mfa import broker_guidance
from secguard.core.playbook import EVIDENCE_ITEMS, STEP_TEXTS, PlaybookRun, PlaybookStep
from secguard.i18n import broker_params, render_message
from secguard.ui.broker_combo import BrokerCombo
from secguard.ui.browser import Browser
from secguard.ui.pages.playbook_facts import FactCard, desk_card, lock_card, phone_card
from secguard.ui.pages.review import shown_date
from secguard.ui.parts.actions import ActionButton, secondary
from secguard.ui.parts.check_item import CheckItem
from secguard.ui.parts.scaffold import PageScaffold, Section, discard
from secguard.ui.parts.state_banner import StateBanner
from secguard.ui.parts.text import Body
from secguard.ui.review_keeper import RoutineKeeper


class _StepSection:
    """One step: its section, the facts shown in it, its tick box and when it was ticked.

    The facts live in a box of their own, replaced whole when the broker or the language
    changes: deleting one widget takes its cards, buttons and rows with it.
    """

    def __init__(self, section: Section, step: PlaybookStep) -> None:
        self.section = section
        self.step = step
        self.why = Body()
        self._place = QVBoxLayout()
        self._box = QWidget()
        self.facts = QVBoxLayout(self._box)
        self.done = CheckItem(bold=True)
        self.when = Body()
        section.add(self.why)
        section.add(self._place)
        section.add(self.done)
        section.add(self.when)
        self.cards: list[FactCard] = []
        self.buttons: list[ActionButton] = []
        self.clear()

    def clear(self) -> None:
        old = self._box
        discard(self._place, old)
        self._box = QWidget()
        self.facts = QVBoxLayout(self._box)
        self.facts.setContentsMargins(0, 0, 0, 0)
        self.facts.setSpacing(8)
        self._place.addWidget(self._box)
        self.cards, self.buttons = [], []

    def add_card(self, card: FactCard) -> None:
        self.cards.append(card)
        self.facts.addWidget(card)

    def add_text(self, text: str) -> None:
        self.facts.addWidget(Body(text))

    def add_button(self, text: str, action: Callable[[], None]) -> ActionButton:
        button = secondary(text)
        button.clicked.connect(action)
        self.buttons.append(button)
        # One button, straight into the column (it still wraps its words): a FlowLayout in
        # a box that is later deleted left stale item wrappers that broke other pages' rows.
        self.facts.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return button


class PlaybookPage(PageScaffold):
    def __init__(
        self,
        keeper: RoutineKeeper,
        directory: Directory,
        desks: Sequence[HelpDesk],
        *,
        language: Callable[[], str],
        browser: Browser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._keeper = keeper
        self._directory = directory
        self._desks = tuple(desks)
        self._language = language
        self._browser = browser or Browser()
        self._finished: PlaybookRun | None = None  # completed on this page: shown until restart

        self.broker_combo = BrokerCombo(directory.brokers, language)
        self.broker_combo.currentIndexChanged.connect(self._rebuild)
        self._broker_label = Body()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._broker_label, self.broker_combo)
        self.add(form)
        self.banner = StateBanner()
        self.restart_button = secondary()
        self.restart_button.clicked.connect(self._restart)
        self.banner.action_row.addWidget(self.restart_button)
        self.add(self.banner)
        self.steps: dict[PlaybookStep, _StepSection] = {}
        for step in PlaybookStep:
            part = _StepSection(self.add_section(), step)
            part.done.toggled.connect(lambda on, s=step: self._ticked(s, on))
            self.steps[step] = part
        self.end()
        keeper.changed.connect(self.refresh)
        self._retranslate()

    # --- which broker ------------------------------------------------------------------

    def show_for(self, broker_id: str | None) -> None:
        """Open the steps for ``broker_id`` (else the open run's, else the person's first)."""
        run = self._keeper.routine.open_run()
        wanted = broker_id or (run.broker_id if run else None) or self._persons_first_broker()
        index = self.broker_combo.findData(wanted) if wanted else -1
        if index >= 0:
            self.broker_combo.setCurrentIndex(index)
        self._rebuild()

    def _persons_first_broker(self) -> str | None:
        stored = self._keeper.stored
        ids = [a.broker_id for a in stored.accounts] + [b.broker_id for b in stored.bookmarks]
        return next((i for i in ids if i and self._directory.get(i)), None)

    def broker(self) -> Broker | None:
        return self._directory.get(self.broker_combo.currentData())

    # --- the facts of each step -------------------------------------------------------------

    def _rebuild(self) -> None:
        broker = self.broker()
        for part in self.steps.values():
            part.clear()
        if broker is None:
            return
        language = self._language()
        self._stop_damage(broker, language)
        self._passwords(broker)
        self._mfa(broker)
        evidence = self.steps[PlaybookStep.KEEP_EVIDENCE]
        evidence.add_text("\n".join("• " + render_message(i, None) for i in EVIDENCE_ITEMS))
        help_step = self.steps[PlaybookStep.GET_HELP]
        for desk in self._desks:
            help_step.add_card(desk_card(desk, language))
        self._order_tab_stops()
        self.refresh()

    def _order_tab_stops(self) -> None:
        """Tab in reading order: each step's buttons (made later, per broker) before its box."""
        chain: list[QWidget] = [self.broker_combo, self.restart_button]
        for part in self.steps.values():
            chain += [*part.buttons, part.done.box]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _open_from_bookmark(self, broker: Broker) -> None:
        self._browser.open(address_for(broker, self._keeper.stored.bookmarks))

    def _open_button_text(self, broker: Broker) -> str:
        return self.tr("Open {broker} from your bookmark").format(
            broker=broker.name(self._language())
        )

    def _stop_damage(self, broker: Broker, language: str) -> None:
        part = self.steps[PlaybookStep.STOP_DAMAGE]
        options = emergency_options(broker)
        if options.lock is not None:
            part.add_card(lock_card(options.lock, language))
        for phone in options.phones:
            part.add_card(phone_card(phone, language))
        if options.contact_page is not None:
            self._contact_page(part, broker, options.contact_page, language)

    def _contact_page(
        self, part: _StepSection, broker: Broker, page: ContactPage, language: str
    ) -> None:
        part.add_text(
            self.tr(
                "secguard has no confirmed phone number for {broker}. Find the number on "
                "the broker's own site:"
            ).format(broker=broker.name(language))
        )
        part.add_text(page.where.get(language) or page.where["en"])
        part.add_button(self._open_button_text(broker), lambda: self._open_from_bookmark(broker))

    def _passwords(self, broker: Broker) -> None:
        part = self.steps[PlaybookStep.CHANGE_PASSWORDS]
        part.add_button(self._open_button_text(broker), lambda: self._open_from_bookmark(broker))
        accounts = self._keeper.stored.accounts
        shared = accounts_sharing_secrets(accounts, broker.id)
        if shared:
            names = [
                self.tr("{account} (its password)").format(account=s.account.label)
                if s.what == "password"
                else self.tr("{account} (its trading PIN)").format(account=s.account.label)
                for s in shared
            ]
            part.add_text(
                self.tr("These accounts use the same password or PIN: change them too:")
                + "\n"
                + "\n".join(f"• {name}" for name in names)
            )
        elif fingerprints_known(accounts, broker.id):
            part.add_text(self.tr("As far as step 4 knows, no other account uses this password."))
        else:
            part.add_text(
                self.tr(
                    "secguard cannot tell which accounts share this password: check them in "
                    "step 4 once you have changed it."
                )
            )

    def _mfa(self, broker: Broker) -> None:
        part = self.steps[PlaybookStep.TURN_ON_MFA]
        bookmark = next(
            (b.url for b in self._keeper.stored.bookmarks if b.broker_id == broker.id), None
        )
        guidance = broker_guidance(broker, bookmark)
        params = broker_params(guidance.params, self._language())
        lines = []
        for advice in guidance.methods:
            name = render_message(advice.name_id, params)
            best = self.tr(" (the strongest {broker} offers)").format(broker=params["broker"])
            lines.append(f"• {name}{best if advice.best else ''}")
        lines += [render_message(i, params) for i in guidance.message_ids]
        part.add_text("\n".join(lines))
        url = guidance.settings_url
        if url is not None:
            part.add_button(
                self.tr("Open the log-in protection settings of {broker}").format(
                    broker=params["broker"]
                ),
                lambda: self._open_address(url),
            )

    def _open_address(self, url: str) -> None:
        """The directory's settings page or the person's bookmark (broker_guidance chose)."""
        self._browser.open(url)

    # --- ticks ------------------------------------------------------------------------

    def shown_run(self) -> PlaybookRun | None:
        return self._keeper.routine.open_run() or self._finished

    def _ticked(self, step: PlaybookStep, on: bool) -> None:
        if self._finished is not None:
            return
        self._keeper.set_step_done(step, on, self.broker_combo.currentData())
        latest = self._keeper.routine.latest_run()
        if latest is not None and latest.completed and self._keeper.routine.open_run() is None:
            self._finished = latest
            self.refresh()

    def _restart(self) -> None:
        self._finished = None
        self.refresh()

    def refresh(self) -> None:
        run = self.shown_run()
        finished = self._finished is not None
        done = 0
        for step, part in self.steps.items():
            at = run.ticked_at(step) if run else None
            done += at is not None
            blocked = part.done.blockSignals(True)
            part.done.set_checked(at is not None)
            part.done.blockSignals(blocked)
            part.done.setEnabled(not finished)
            part.when.setText(self.tr("Done: {date}").format(date=shown_date(at)) if at else "")
            part.when.setVisible(at is not None)
        if finished and run is not None:
            last = max(run.ticked.values())
            self.banner.set_state(
                CheckState.OK,
                self.tr("All five steps are done."),
                self.tr("Finished {date}. Keep an eye on your account for the next weeks.").format(
                    date=shown_date(last)
                ),
            )
        else:
            self.banner.set_state(
                CheckState.RISK if done else CheckState.ATTENTION,
                self.tr("Steps done: {done} of 5").format(done=done),
                self.tr("Start with step 1 now: every minute counts."),
            )
        self.restart_button.setVisible(finished)

    # --- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Something looks wrong: what to do now"))
        self.intro.setText(
            self.tr(
                "A trade, a withdrawal or a log-in you did not make, or a changed e-mail "
                "address? Take these steps in order, now. Tick each one off when it is done: "
                "secguard keeps the time, which your broker and the police will ask for."
            )
        )
        self._broker_label.setText(self.tr("Which broker:"))
        self.broker_combo.setAccessibleName(self.tr("The broker where something looks wrong"))
        self.broker_combo.retranslate()
        self.restart_button.setText(self.tr("Start again for a new problem"))
        for number, (step, part) in enumerate(self.steps.items(), start=1):
            title_id, why_id = STEP_TEXTS[step]
            part.section.heading.setText(f"{number}. {render_message(title_id, None)}")
            part.why.setText(render_message(why_id, None))
            part.done.set_text(self.tr("Done"))
            part.done.box.setAccessibleName(self.tr("Step {number} done").format(number=number))
        self._rebuild()
        self.refresh()
