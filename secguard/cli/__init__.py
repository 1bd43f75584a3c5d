"""The ``secguard`` command: the GUI with no arguments, the same core for scripts.

Support staff guide customers with it on the phone and brokerages script it,
so every argument, JSON field and exit code here is a contract.  One module
per command; each is imported only when that command runs (start-up speed).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from secguard.cli.exits import (
    EXIT_FAILURE,
    EXIT_INVALID_INPUT,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_RECORD_TOO_LARGE,
    EXIT_STORAGE_LOCKED,
    EXIT_STORAGE_SLOW,
    EXIT_STORAGE_UNAVAILABLE,
    EXIT_USAGE,
)
from secguard.core.errors import SecguardError
from secguard.i18n import Language, Texts, system_language

if TYPE_CHECKING:
    from secguard.cli.vault import VaultOpener

__all__ = [
    "EXIT_FAILURE",
    "EXIT_INVALID_INPUT",
    "EXIT_NOT_FOUND",
    "EXIT_OK",
    "EXIT_RECORD_TOO_LARGE",
    "EXIT_STORAGE_LOCKED",
    "EXIT_STORAGE_SLOW",
    "EXIT_STORAGE_UNAVAILABLE",
    "EXIT_USAGE",
    "main",
]


def _early_language(argv: Sequence[str]) -> Language:
    """The ``--lang`` value, read before the parser exists so that --help is translated."""
    probe = argparse.ArgumentParser(add_help=False)
    probe.add_argument("--lang", choices=[lang.value for lang in Language])
    known, _ = probe.parse_known_args(argv)
    return Language(known.lang) if known.lang else system_language()


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
    """One line on stderr saying what went wrong, in the chosen language.

    An error with a ``cause`` (an import that stopped part-way) says the
    cause first and exits with the cause's code.
    """
    cause: SecguardError | None = getattr(error, "cause", None)
    text = texts.message(error.message_id, error.params)
    if cause is not None:
        text = f"{texts.message(cause.message_id, cause.params)} {text}"
    print(f"secguard: {text}", file=sys.stderr)
    for problem in getattr(error, "errors", []):  # an import file's entries, each with its own
        print(
            f"  {problem.number}: {texts.message(problem.message_id, problem.params)}",
            file=sys.stderr,
        )
    return _exit_code(cause or error)


def main(argv: Sequence[str] | None = None, *, keyring_backend: Any | None = None) -> int:
    """Run the command in ``argv``; ``keyring_backend`` replaces the OS keyring (tests)."""
    try:
        return _main(argv, keyring_backend)
    except BrokenPipeError:
        # `secguard check --json | head`: the reader left; that is not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _run_check(args: argparse.Namespace, texts: Texts, vaults: VaultOpener) -> int:
    from secguard.cli.check import run_check

    return run_check(args, texts, vaults)


def _run_check_link(args: argparse.Namespace, texts: Texts, vaults: VaultOpener) -> int:
    from secguard.cli.links import run_check_link

    return run_check_link(args, texts, vaults)


def _run_bookmarks(args: argparse.Namespace, texts: Texts, vaults: VaultOpener) -> int:
    from secguard.cli.bookmarks import run_bookmarks

    return run_bookmarks(args, texts, vaults)


def _run_password(args: argparse.Namespace, texts: Texts, vaults: VaultOpener) -> int:
    from secguard.cli.password import run_password

    return run_password(args, texts, vaults)


def _run_totp(args: argparse.Namespace, texts: Texts, _vaults: VaultOpener) -> int:
    from secguard.cli.totp import run_totp

    return run_totp(args, texts)


def _run_report(args: argparse.Namespace, texts: Texts, vaults: VaultOpener) -> int:
    from secguard.cli.report import run_report

    return run_report(args, texts, vaults)


Command = Callable[[argparse.Namespace, Texts, "VaultOpener"], int]
_COMMANDS: dict[str, Command] = {
    "check": _run_check,
    "check-link": _run_check_link,
    "bookmarks": _run_bookmarks,
    "password": _run_password,
    "totp": _run_totp,
    "report": _run_report,
}


def _main(argv: Sequence[str] | None, keyring_backend: Any | None) -> int:
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
    from secguard.cli.parser import build_parser, check_link_input_error

    parser = build_parser(texts)
    args = parser.parse_args(argv)
    if args.command == "check-link":
        problem = check_link_input_error(args, texts)
        if problem is not None:
            parser.error(problem)  # exits 2, argparse's own usage error

    if args.self_test:
        from secguard.ui.app import self_test

        return self_test(language)
    command = _COMMANDS.get(args.command)
    if command is not None:
        try:
            from secguard.cli.vault import opener

            return command(args, texts, opener(keyring_backend))
        except SecguardError as error:
            return _fail(texts, error)

    from secguard.ui.app import run_gui

    return run_gui(language if args.lang else None)
