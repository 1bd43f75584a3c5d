"""The ``secguard`` command: the GUI with no arguments, the same core for scripts.

Support staff guide customers with it on the phone and brokerages script it,
so every argument, JSON field and exit code here is a contract.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from secguard import __version__
from secguard.core.checklist import CheckResult
from secguard.i18n import Language, Texts, system_language

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


def _early_language(argv: Sequence[str]) -> Language:
    """The ``--lang`` value, read before the parser exists so that --help is translated."""
    probe = argparse.ArgumentParser(add_help=False)
    probe.add_argument("--lang", choices=[lang.value for lang in Language])
    known, _ = probe.parse_known_args(argv)
    return Language(known.lang) if known.lang else system_language()


def build_parser(texts: Texts) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="secguard",
        add_help=False,
        description=texts.translate(
            "Cli",
            "A self-check that keeps your online brokerage account from being taken over. "
            "Without a command, the window opens.",
        ),
    )
    # Our own group and --help so that their titles are translated too.
    options = parser.add_argument_group(texts.translate("Cli", "options"))
    options.add_argument(
        "-h", "--help", action="help", help=texts.translate("Cli", "show this help and exit")
    )
    options.add_argument(
        "--version",
        action="version",
        version=f"secguard {__version__}",
        help=texts.translate("Cli", "show the version"),
    )
    options.add_argument(
        "--lang",
        choices=[lang.value for lang in Language],
        help=texts.translate("Cli", "language of the output (default: the system's)"),
    )
    options.add_argument(
        "--self-test",
        action="store_true",
        help=texts.translate(
            "Cli", "open every page of the window off-screen and exit 0 if all is well"
        ),
    )
    commands = parser.add_subparsers(
        dest="command",
        title=texts.translate("Cli", "commands"),
        metavar=texts.translate("Cli", "COMMAND"),
    )
    check = commands.add_parser(
        "check",
        help=texts.translate("Cli", "check the seven precautions"),
        description=texts.translate("Cli", "check the seven precautions"),
    )
    check.add_argument(
        "--json", action="store_true", help=texts.translate("Cli", "print JSON for scripts")
    )
    return parser


def result_to_json(result: CheckResult, texts: Texts) -> dict[str, Any]:
    return {
        "number": result.precaution.number,
        "id": result.precaution.id.value,
        "state": result.state.value,
        "message_id": result.message_id,
        "message": texts.message(result.message_id, result.params),
        "details": dict(result.details),
    }


def _run_check(args: argparse.Namespace, texts: Texts) -> int:
    from secguard.checks import current_results

    results = current_results()
    if args.json:
        payload = {
            "version": __version__,
            "precautions": [result_to_json(result, texts) for result in results],
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    for result in results:
        print(
            f"{result.precaution.number}. [{texts.state_label(result.state)}] "
            f"{texts.precaution_title(result.precaution.id)}: "
            f"{texts.message(result.message_id, result.params)}"
        )
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # `secguard check --json | head`: the reader left; that is not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = _early_language(argv)
    try:
        texts = Texts(language)
    except FileNotFoundError as exc:
        print(f"secguard: {exc} (run `make run` or reinstall)", file=sys.stderr)
        return EXIT_FAILURE
    args = build_parser(texts).parse_args(argv)

    if args.self_test:
        from secguard.ui.app import self_test

        return self_test(language)
    if args.command == "check":
        return _run_check(args, texts)

    from secguard.ui.app import run_gui

    return run_gui(language if args.lang else None)
