"""A report in one of its three formats, as the bytes of the file."""

from __future__ import annotations

import enum
import json
from typing import TYPE_CHECKING

from secguard.i18n import Texts
from secguard.reporting.words import report_object, report_text

if TYPE_CHECKING:
    from secguard.core.brokers import Directory
    from secguard.core.report import Report


class ReportFormat(enum.StrEnum):
    HTML = "html"
    PDF = "pdf"
    JSON = "json"

    @property
    def suffix(self) -> str:
        return f".{self.value}"


def render_report(
    report: Report, report_format: ReportFormat, texts: Texts, directory: Directory
) -> bytes:
    if report_format is ReportFormat.JSON:
        document = report_object(report, texts, directory)
        return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    text = report_text(report, texts, directory)
    if report_format is ReportFormat.PDF:
        from secguard.reporting.as_pdf import report_pdf  # Qt's PDF writer, only when asked

        return report_pdf(text)
    from secguard.reporting.as_html import report_html

    return report_html(text).encode("utf-8")
