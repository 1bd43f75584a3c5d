"""``secguard report --format html|pdf|json -o FILE``: the report for support staff."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from secguard import __version__
from secguard.cli.exits import EXIT_INVALID_INPUT, EXIT_OK
from secguard.i18n import Texts

if TYPE_CHECKING:
    from secguard.cli.vault import VaultOpener


def run_report(args: argparse.Namespace, texts: Texts, vaults: VaultOpener) -> int:
    from secguard.cli.check import check_everything
    from secguard.core.report import build_report, new_check_id
    from secguard.reporting.formats import ReportFormat, render_report
    from secguard.resources import broker_directory

    report_format = ReportFormat(args.format)
    to_stdout = args.output == "-"
    if to_stdout and report_format is ReportFormat.PDF and sys.stdout.isatty():
        print(f"secguard: {texts.message('report.pdf_to_terminal')}", file=sys.stderr)
        return EXIT_INVALID_INPUT
    results, _progress, stored, storage, system = check_everything(vaults)
    report = build_report(
        results,
        created=datetime.now().astimezone().replace(microsecond=0).isoformat(),
        version=__version__,
        language=texts.language.value,
        check_id=new_check_id(),
        os=system.identity,
        bookmarks=stored.bookmarks,
        include_addresses=args.include_bookmarks,
        storage=storage,
    )
    data = render_report(report, report_format, texts, broker_directory())
    if to_stdout:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    from secguard.storage.report_files import write_report_file

    write_report_file(Path(args.output), data)
    print(
        texts.translate("Cli", "Report saved: {path} (check ID {check_id})").format(
            path=args.output, check_id=report.check_id
        )
    )
    return EXIT_OK
