"""The ``secguard`` command: the GUI with no arguments, the same core for scripts.

Support staff guide customers with it on the phone and brokerages script it,
so every argument, JSON field and exit code here is a contract.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from typing import Any

from secguard import __version__
from secguard.core.checklist import CheckResult
from secguard.core.errors import SecguardError
from secguard.i18n import Language, Texts, system_language

# Exit codes are a contract with support staff's scripts; see README.md.
EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2  # argparse's own
EXIT_INVALID_INPUT = 3
EXIT_STORAGE_LOCKED = 4
EXIT_STORAGE_UNAVAILABLE = 5
EXIT_RECORD_TOO_LARGE = 6
EXIT_STORAGE_SLOW = 7
EXIT_NOT_FOUND = 8

_BROKER_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


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
    _add_bookmark_commands(commands, texts)
    check_link = commands.add_parser(
        "check-link",
        help=texts.translate("Cli", "judge links or a whole message, without opening anything"),
        description=texts.translate(
            "Cli",
            "Finds every link in TEXT and says whether it is your bookmark, a broker's official "
            "site, an imitation, suspicious or unknown. With -, reads standard input: one input "
            "per line. Nothing is opened or fetched.",
        ),
    )
    check_link.add_argument("text", metavar=texts.translate("Cli", "TEXT"))
    check_link.add_argument(
        "--json",
        action="store_true",
        help=texts.translate("Cli", "print one JSON object per input line"),
    )
    check_link.add_argument(
        "--no-bookmarks",
        action="store_true",
        help=texts.translate("Cli", "do not read your bookmarks from the keyring"),
    )
    _add_password_commands(commands, texts)
    return parser


def _add_password_commands(commands: Any, texts: Texts) -> None:
    password = commands.add_parser(
        "password",
        help=texts.translate("Cli", "check a password's strength, breaches and reuse"),
    )
    actions = password.add_subparsers(
        dest="password_command", metavar=texts.translate("Cli", "ACTION"), required=True
    )
    check = actions.add_parser(
        "check",
        help=texts.translate("Cli", "check the password given on standard input"),
        description=texts.translate(
            "Cli",
            "Reads the password from standard input (never from the command line). Only the "
            "first five characters of its SHA-1 are sent, to Have I Been Pwned. Exit codes: 0 "
            "checked, 3 no password given, 8 no such account.",
        ),
    )
    check.add_argument(
        "--account", type=int, metavar="ID", help=texts.translate("Cli", "the account it is for")
    )
    check.add_argument(
        "--no-breach-check",
        action="store_true",
        help=texts.translate("Cli", "do not ask Have I Been Pwned"),
    )
    check.add_argument(
        "--json", action="store_true", help=texts.translate("Cli", "print JSON for scripts")
    )


def _broker_id(value: str) -> str:
    if not _BROKER_ID.match(value):
        raise argparse.ArgumentTypeError(value)
    return value


def _add_bookmark_commands(commands: Any, texts: Texts) -> None:
    bookmarks = commands.add_parser(
        "bookmarks",
        help=texts.translate("Cli", "list, add, remove, export or import broker bookmarks"),
        description=texts.translate(
            "Cli",
            "Broker bookmarks, kept in the system keyring. "
            "Exit codes: 0 done, 3 invalid input, 4 keyring locked, 5 keyring unavailable, "
            "6 record too large, 7 keyring too slow, 8 not found.",
        ),
    )
    actions = bookmarks.add_subparsers(
        dest="bookmarks_command", metavar=texts.translate("Cli", "ACTION"), required=True
    )
    listing = actions.add_parser("list", help=texts.translate("Cli", "list the stored bookmarks"))
    listing.add_argument(
        "--json", action="store_true", help=texts.translate("Cli", "print JSON for scripts")
    )
    add = actions.add_parser("add", help=texts.translate("Cli", "add an https bookmark"))
    add.add_argument("url", metavar="URL")
    add.add_argument("--label", help=texts.translate("Cli", "a name for the bookmark"))
    add.add_argument(
        "--broker",
        type=_broker_id,
        metavar="ID",
        help=texts.translate("Cli", "the broker's id in the directory"),
    )
    remove = actions.add_parser("remove", help=texts.translate("Cli", "remove a bookmark by id"))
    remove.add_argument("id", type=int, metavar="ID")
    export = actions.add_parser(
        "export", help=texts.translate("Cli", "write the bookmarks to a JSON file (no secrets)")
    )
    export.add_argument("file", metavar=texts.translate("Cli", "FILE"))
    importing = actions.add_parser(
        "import", help=texts.translate("Cli", "add the bookmarks of an exported JSON file")
    )
    importing.add_argument("file", metavar=texts.translate("Cli", "FILE"))


def result_to_json(result: CheckResult, texts: Texts) -> dict[str, Any]:
    return {
        "number": result.precaution.number,
        "id": result.precaution.id.value,
        "state": result.state.value,
        "message_id": result.message_id,
        "message": texts.message(result.message_id, result.params),
        "details": dict(result.details),
    }


def _read_state() -> tuple[Any, Any, dict[str, Any]]:
    """The progress file, what the keyring holds (or None) and the storage state."""
    from secguard.storage.errors import StorageError, StorageState
    from secguard.storage.paths import AppPaths
    from secguard.storage.progress import ProgressStore
    from secguard.storage.vault import KeyringVault, default_backend, service_name
    from secguard.storage.worker import SerialWorker

    progress = ProgressStore(AppPaths.default().data_dir).load().progress
    try:
        contents = SerialWorker().call(
            lambda: KeyringVault(default_backend(), service_name()).load()
        )
    except StorageError as error:
        storage = {"state": error.state.value, "message_id": error.message_id}
        return progress, None, storage | {"params": dict(error.params)}
    available = {"state": StorageState.AVAILABLE.value, "message_id": "storage.available"}
    return progress, contents, available


def _run_check(args: argparse.Namespace, texts: Texts) -> int:
    from secguard.checks import current_results

    progress, contents, storage = _read_state()
    problem = None if contents is not None else storage["message_id"]
    bookmarks = None if contents is None else contents.bookmarks
    accounts = None if contents is None else contents.accounts
    results = current_results(progress, bookmarks, problem, accounts)
    if args.json:
        payload = {
            "version": __version__,
            "precautions": [result_to_json(result, texts) for result in results],
            "storage": {
                "state": storage["state"],
                "message_id": storage["message_id"],
                "message": texts.message(storage["message_id"], storage.get("params")),
            },
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


def _exit_code(error: SecguardError) -> int:
    from secguard.storage import errors

    codes: list[tuple[type[SecguardError], int]] = [
        (errors.StorageLocked, EXIT_STORAGE_LOCKED),
        (errors.StorageSlow, EXIT_STORAGE_SLOW),
        (errors.RecordTooLarge, EXIT_RECORD_TOO_LARGE),
        (errors.RecordNotFound, EXIT_NOT_FOUND),
        (errors.StorageUnavailable, EXIT_STORAGE_UNAVAILABLE),
        (errors.IndexDamaged, EXIT_STORAGE_UNAVAILABLE),
    ]
    for error_type, code in codes:
        if isinstance(error, error_type):
            return code
    return EXIT_INVALID_INPUT


def _fail(texts: Texts, error: SecguardError) -> int:
    """One line on stderr saying what went wrong, in the chosen language."""
    print(f"secguard: {texts.message(error.message_id, error.params)}", file=sys.stderr)
    for detail in getattr(error, "errors", []):
        number, _, message_id = detail.partition(": ")
        print(f"  {number}: {texts.message(message_id)}", file=sys.stderr)
    return _exit_code(error)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # `secguard check --json | head`: the reader left; that is not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _run_check_link(args: argparse.Namespace, texts: Texts) -> int:
    from secguard.cli_links import run_check_link

    return run_check_link(args, texts)


def _run_bookmarks(args: argparse.Namespace, texts: Texts) -> int:
    from secguard.cli_bookmarks import run_bookmarks

    return run_bookmarks(args, texts)


# Each command's module is imported only when that command runs: start-up speed.
def _run_password(args: argparse.Namespace, texts: Texts) -> int:
    from secguard.cli_password import run_password

    return run_password(args, texts)


_COMMANDS = {
    "check": _run_check,
    "check-link": _run_check_link,
    "bookmarks": _run_bookmarks,
    "password": _run_password,
}


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        # Plain `secguard`: the window, without building the command-line parser.
        from secguard.ui.app import run_gui

        return run_gui(None)
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
    command = _COMMANDS.get(args.command)
    if command is not None:
        try:
            return command(args, texts)
        except SecguardError as error:
            return _fail(texts, error)

    from secguard.ui.app import run_gui

    return run_gui(language if args.lang else None)
