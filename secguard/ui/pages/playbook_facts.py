"""The facts the playbook shows, as widgets: a lock procedure, a phone line, a public desk.

Everything shown comes from a directory entry (``brokers.json``, ``help_desks.json``)
with its source: the kind of source and the date it was checked are shown under
each number, and a third-party source says so, so that the person knows to check it
on the broker's own site.  A number is large and selectable: it is read out or typed
into a phone.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from secguard.core.broker_facts import AccountLock, Phone, Source
from secguard.core.help_desks import HelpDesk
from secguard.ui.parts.text import Body, Heading, ScaledLabel

NUMBER_FACTOR = 1.8


def _in(texts: Mapping[str, str] | None, language: str) -> str:
    if not texts:
        return ""
    return texts.get(language) or texts.get("en") or ""


def source_line(source: Source, *, hours: bool = False) -> str:
    kinds = {
        "official": QCoreApplication.translate("PlaybookFacts", "the organisation's own page"),
        "repositories": QCoreApplication.translate("PlaybookFacts", "several public sources"),
        "secondary": QCoreApplication.translate(
            "PlaybookFacts", "a third-party article (check it on the official site)"
        ),
    }
    line = (
        QCoreApplication.translate("PlaybookFacts", "Hours from: {kind}, checked {date}")
        if hours
        else QCoreApplication.translate("PlaybookFacts", "Source: {kind}, checked {date}")
    )
    return line.format(kind=kinds.get(source.kind, source.kind), date=source.checked)


class Number(ScaledLabel):
    """A phone number, large, bold and selectable (for reading out or copying)."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(NUMBER_FACTOR, bold=True, parent=parent)
        self.setText(number)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


class FactCard(QFrame):
    """A titled block: heading, then lines; ``numbers`` lists the numbers it shows."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factCard")
        self.setStyleSheet(
            "QFrame#factCard { border: 1px solid #c4c7c5; border-radius: 6px; }"
            " QFrame#factCard QLabel { border: none; }"
        )
        self.numbers: list[str] = []
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(12, 8, 12, 8)
        self._column.setSpacing(4)
        self.title = Heading(3)
        self.title.setText(title)
        self._column.addWidget(self.title)

    def add_number(self, number: str) -> None:
        self.numbers.append(number)
        self._column.addWidget(Number(number))

    def add_text(self, text: str) -> None:
        if text:
            self._column.addWidget(Body(text))

    def text(self) -> str:
        """Everything the card says, for tests and for reading aloud."""
        labels = self.findChildren(ScaledLabel)
        return "\n".join(label.text() for label in labels)


def lock_card(lock: AccountLock, language: str) -> FactCard:
    channel = {
        "phone-automated": QCoreApplication.translate(
            "PlaybookFacts", "Lock the account yourself: automated phone line"
        ),
        "phone-operator": QCoreApplication.translate(
            "PlaybookFacts", "Lock the account yourself: by phone"
        ),
        "online": QCoreApplication.translate("PlaybookFacts", "Lock the account yourself: online"),
    }[lock.channel]
    card = FactCard(channel)
    if lock.number:
        card.add_number(lock.number)
    if lock.hours:
        card.add_text(
            QCoreApplication.translate("PlaybookFacts", "Hours: {hours}").format(
                hours=_in(lock.hours, language)
            )
        )
    card.add_text(_in(lock.how, language))
    if lock.needs:
        card.add_text(
            QCoreApplication.translate("PlaybookFacts", "Have ready: {needs}").format(
                needs=_in(lock.needs, language)
            )
        )
    card.add_text(source_line(lock.source))
    return card


def phone_card(phone: Phone, language: str) -> FactCard:
    desk = _in(phone.desk, language)
    if phone.purpose == "security":
        title = desk or QCoreApplication.translate("PlaybookFacts", "Line for unauthorised access")
    else:
        title = desk or QCoreApplication.translate("PlaybookFacts", "Customer support")
    card = FactCard(title)
    card.add_number(phone.number)
    card.add_text(
        QCoreApplication.translate("PlaybookFacts", "Hours: {hours}").format(
            hours=_in(phone.hours, language)
        )
    )
    card.add_text(source_line(phone.source))
    return card


def desk_card(desk: HelpDesk, language: str) -> FactCard:
    card = FactCard(_in(desk.names, language))
    card.add_number(desk.number)
    for other in desk.other_numbers:
        card.add_text(
            QCoreApplication.translate("PlaybookFacts", "Or {number} {when}").format(
                number=other.number, when=_in(other.when, language)
            )
        )
        card.numbers.append(other.number)
    card.add_text(
        QCoreApplication.translate("PlaybookFacts", "Hours: {hours}").format(
            hours=_in(desk.hours, language)
        )
    )
    card.add_text(_in(desk.purpose, language))
    if desk.caveat:
        card.add_text(_in(desk.caveat, language))
    card.add_text(source_line(desk.source))
    if desk.hours_source is not None:
        card.add_text(source_line(desk.hours_source, hours=True))
    return card
