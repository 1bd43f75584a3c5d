"""A report in the chosen language: every string the HTML page and the PDF show, decided once.

The HTML and PDF renderers only lay these strings out; the JSON report carries the same
facts as fields.  Precaution titles, states, reasons and next steps come from the
message catalogue, so they read exactly as in the window and ``secguard check``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from secguard.core.checklist import CheckState
from secguard.i18n import Texts
from secguard.reporting.check_object import check_object

if TYPE_CHECKING:
    from secguard.core.brokers import Directory
    from secguard.core.report import Report, ReportBookmark


@dataclass(frozen=True)
class ReportRow:
    number: int
    title: str
    state: CheckState
    state_word: str
    reason: str
    next_step: str


@dataclass(frozen=True)
class ReportText:
    language: str
    title: str
    intro: str
    facts: tuple[tuple[str, str], ...]  # (label, value): check ID, date, version, OS, keyring
    headings: tuple[str, str, str, str, str]  # number, precaution, state, reason, next step
    rows: tuple[ReportRow, ...]
    bookmarks_heading: str
    bookmarks: tuple[str, ...]
    bookmarks_note: str
    privacy: str


def shown_time(iso: str) -> str:
    """``2026-12-02 23:30 (UTC+09:00)``: the time as the person's clock showed it."""
    moment = datetime.fromisoformat(iso)
    offset = moment.strftime("%z") or "+0000"
    return f"{moment:%Y-%m-%d %H:%M} (UTC{offset[:3]}:{offset[3:]})"


def _os_text(report: Report, texts: Texts) -> str:
    if report.os is None:
        return texts.translate("Report", "not known (the check of the OS did not run)")
    version = f" {report.os.version}" if report.os.version not in report.os.name else ""
    build = f" (build {report.os.build})" if report.os.build else ""
    return f"{report.os.name}{version}{build}"


def _broker_name(broker_id: str | None, directory: Directory, texts: Texts) -> str:
    broker = directory.get(broker_id)
    if broker is None:
        return texts.translate("Report", "a site that is not in the broker directory")
    return broker.name(texts.language.value)


def _bookmark_line(bookmark: ReportBookmark, directory: Directory, texts: Texts) -> str:
    name = _broker_name(bookmark.broker_id, directory, texts)
    return f"{name}: {bookmark.address}" if bookmark.address else name


def report_text(report: Report, texts: Texts, directory: Directory) -> ReportText:
    rows = tuple(
        ReportRow(
            line.result.precaution.number,
            texts.precaution_title(line.result.precaution.id),
            line.result.state,
            texts.state_label(line.result.state),
            texts.reason(line.result.message_id, line.result.params),
            texts.message(line.next_step_id),
        )
        for line in report.lines
    )
    facts = (
        (texts.translate("Report", "Check ID"), report.check_id),
        (texts.translate("Report", "Made on"), shown_time(report.created)),
        (texts.translate("Report", "secguard version"), report.version),
        (texts.translate("Report", "Operating system"), _os_text(report, texts)),
        (
            texts.translate("Report", "System keyring"),
            texts.message(report.storage_message_id, report.storage_params),
        ),
    )
    if report.addresses_included:
        note = texts.translate("Report", "You chose to include the addresses of your bookmarks.")
    else:
        note = texts.translate(
            "Report", "Only the brokers' names are shown, not the addresses of your bookmarks."
        )
    return ReportText(
        language=texts.language.value,
        title=texts.translate("Report", "secguard self-check report"),
        intro=texts.translate(
            "Report",
            "Read the check ID out to the support person: it tells your report from anyone "
            "else's. The step numbers are the same as in secguard's window.",
        ),
        facts=facts,
        headings=(
            texts.translate("Report", "Step"),
            texts.translate("Report", "Precaution"),
            texts.translate("Report", "State"),
            texts.translate("Report", "Why"),
            texts.translate("Report", "Next step"),
        ),
        rows=rows,
        bookmarks_heading=texts.translate("Report", "Brokers you keep bookmarks for"),
        bookmarks=tuple(_bookmark_line(b, directory, texts) for b in report.bookmarks)
        or (texts.translate("Report", "none"),),
        bookmarks_note=note,
        privacy=texts.translate(
            "Report",
            "This report never contains a password, a trading PIN, a log-in ID, an "
            "authenticator set-up key or code, or a fingerprint of a password.",
        ),
    )


def report_object(report: Report, texts: Texts, directory: Directory) -> dict[str, Any]:
    """The JSON report: ``check --json``'s object, each precaution with its next step, and
    the report's own fields under ``report``."""
    storage = (report.storage_state, report.storage_message_id, report.storage_params)
    document = check_object(report.version, [line.result for line in report.lines], storage, texts)
    for item, line in zip(document["precautions"], report.lines, strict=True):
        item["next_step"] = {
            "message_id": line.next_step_id,
            "message": texts.message(line.next_step_id),
        }
    document["report"] = {
        "check_id": report.check_id,
        "created": report.created,
        "language": report.language,
        "os": report.os.to_json() if report.os is not None else None,
        "bookmarks": [
            {
                "broker_id": b.broker_id,
                "broker": _broker_name(b.broker_id, directory, texts) if b.broker_id else None,
                **({"address": b.address} if report.addresses_included else {}),
            }
            for b in report.bookmarks
        ],
        "addresses_included": report.addresses_included,
    }
    return document
