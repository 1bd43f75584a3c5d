"""Every argument of the ``secguard`` command, defined together.

Built only when a command runs (plain ``secguard`` opens the window without
it), and with the chosen language's texts so that ``--help`` is translated.
"""

from __future__ import annotations

import argparse
from typing import Any

from secguard import __version__
from secguard.core.bookmarks import BROKER_ID_PATTERN
from secguard.i18n import Language, Texts


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
    check_link.add_argument("text", nargs="?", metavar=texts.translate("Cli", "TEXT"))
    check_link.add_argument(
        "--eml",
        metavar=texts.translate("Cli", "FILE"),
        help=texts.translate(
            "Cli",
            "judge a saved e-mail (.eml): its sender, its sender authentication and every link",
        ),
    )
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
    _add_totp_commands(commands, texts)
    _add_report_command(commands, texts)
    return parser


def check_link_input_error(args: argparse.Namespace, texts: Texts) -> str | None:
    """Why ``check-link``'s arguments cannot be judged (exactly one input), or None."""
    given = [value for value in (args.text, args.eml) if value is not None]
    if len(given) == 1:
        return None
    if not given:
        return texts.translate("Cli", "give TEXT, - or --eml FILE")
    return texts.translate("Cli", "give only one of TEXT, - and --eml FILE")


def _add_report_command(commands: Any, texts: Texts) -> None:
    report = commands.add_parser(
        "report",
        help=texts.translate("Cli", "write a report of the seven precautions for support staff"),
        description=texts.translate(
            "Cli",
            "Writes the state, reason and next step of each precaution, the date, version, "
            "operating system and a check ID to read out on the phone. It never holds a "
            "password, PIN, log-in ID or authenticator key; bookmarks appear as broker names "
            "unless --include-bookmarks is given. Exit codes: 0 written, 3 not written.",
        ),
    )
    report.add_argument(
        "--format",
        required=True,
        choices=["html", "pdf", "json"],
        help=texts.translate("Cli", "the file's format"),
    )
    report.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=texts.translate("Cli", "FILE"),
        help=texts.translate("Cli", "where to write it; - for standard output"),
    )
    report.add_argument(
        "--include-bookmarks",
        action="store_true",
        help=texts.translate("Cli", "include the addresses of your bookmarks"),
    )


def _add_totp_commands(commands: Any, texts: Texts) -> None:
    totp = commands.add_parser(
        "totp",
        help=texts.translate("Cli", "check an authenticator set-up key, or a code from your app"),
    )
    actions = totp.add_subparsers(
        dest="totp_command", metavar=texts.translate("Cli", "ACTION"), required=True
    )
    check = actions.add_parser(
        "check",
        help=texts.translate("Cli", "check the set-up key or otpauth:// address on standard input"),
        description=texts.translate(
            "Cli",
            "Reads an otpauth://totp/ address or a bare key from standard input (never from the "
            "command line) and prints its settings, warnings and problems, never the key. "
            "Exit codes: 0 usable, 3 not usable.",
        ),
    )
    check.add_argument(
        "--image",
        metavar=texts.translate("Cli", "FILE"),
        help=texts.translate("Cli", "read the QR code in this picture instead of standard input"),
    )
    check.add_argument(
        "--json", action="store_true", help=texts.translate("Cli", "print JSON for scripts")
    )
    verify = actions.add_parser(
        "verify",
        help=texts.translate("Cli", "check a code from your authenticator app"),
        description=texts.translate(
            "Cli",
            "Reads the set-up key or otpauth:// address from standard input and says whether "
            "CODE is its current code, or how far this PC's or the phone's clock is off. "
            "Exit codes: 0 checked, 3 invalid key or code.",
        ),
    )
    verify.add_argument(
        "--code",
        required=True,
        metavar=texts.translate("Cli", "CODE"),
        help=texts.translate("Cli", "the code your app shows"),
    )
    verify.add_argument(
        "--json", action="store_true", help=texts.translate("Cli", "print JSON for scripts")
    )


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
    if not BROKER_ID_PATTERN.match(value):
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
    actions.add_parser(
        "repair",
        help=texts.translate(
            "Cli", "rebuild a damaged index from the stored records (the damaged copy is kept)"
        ),
    )
