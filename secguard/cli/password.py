"""``secguard password check``: strength, breach and reuse of a password read from stdin.

The password comes from standard input only, never from the command line
(where other users and shell history could see it), and is never printed,
logged or stored.  Only its SHA-1's first five hex characters leave the
machine, and only for the breach check.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import TYPE_CHECKING, Any

from secguard.core.accounts import AccountRecord
from secguard.core.breach import BreachResult, BreachStatus
from secguard.core.checklist import CheckState
from secguard.core.errors import SecguardError
from secguard.core.fingerprints import reused_with
from secguard.core.password_check import check_breach, known_words, stored_fingerprints
from secguard.core.passwords import StrengthMeter
from secguard.i18n import Texts
from secguard.resources import breach_check_proxy, broker_directory, romaji_dictionaries

if TYPE_CHECKING:
    from secguard.cli.vault import VaultOpener

STORAGE_TIMEOUT_SECONDS = 10.0
# Far beyond any password (the strength meter looks at 1,000 characters at most).
MAX_PASSWORD_BYTES = 64 * 1024


def _read_password() -> str:
    """The first line of standard input, decoded strictly as UTF-8.

    Read as bytes: the text layer would raise ``UnicodeDecodeError`` (a
    traceback) on invalid input, or guess an encoding from the locale.  At
    most ``MAX_PASSWORD_BYTES`` are read, so a huge paste cannot fill memory.
    """
    if sys.stdin.isatty():
        return getpass.getpass("Password: ")
    line = sys.stdin.buffer.readline(MAX_PASSWORD_BYTES)
    try:
        return line.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError:
        raise SecguardError("password.not_utf8") from None


def _accounts(vaults: VaultOpener) -> tuple[list[AccountRecord], bytes | None, str | None]:
    """Stored accounts and the fingerprint key, or the reason they cannot be read."""
    from secguard.storage.errors import StorageError

    try:
        accounts, key = vaults(STORAGE_TIMEOUT_SECONDS).call(
            lambda vault: (vault.load().accounts, vault.fingerprint_key())
        )
    except StorageError as error:
        return [], None, error.message_id
    return accounts, key, None


def run_password(args: argparse.Namespace, texts: Texts, vaults: VaultOpener) -> int:
    password = _read_password()
    if not password:
        raise SecguardError("password.none_given")
    accounts, key, storage_problem = _accounts(vaults)
    account = None
    if args.account is not None:
        account = next((a for a in accounts if a.id == args.account), None)
        if account is None and storage_problem is None:
            from secguard.storage.errors import RecordNotFound

            raise RecordNotFound(id=str(args.account))

    words = known_words(broker_directory().brokers, account)
    strength = StrengthMeter(romaji_dictionaries()).evaluate(password, words)
    if args.no_breach_check:
        breach = BreachResult(BreachStatus.SKIPPED)
    else:
        breach = check_breach(password, os.environ, preset_url=breach_check_proxy())
    stored = stored_fingerprints(accounts, args.account)
    reused = reused_with(password, key, stored) if key is not None else []
    if storage_problem is not None:
        print(f"secguard: {texts.message(storage_problem)}", file=sys.stderr)

    payload: dict[str, Any] = {
        "strength": {
            "score": strength.score,
            "state": strength.state.value,
            "feedback": [texts.message(i) for i in strength.feedback],
        },
        "breach": {"status": breach.status.value, "count": breach.count, "reason": breach.reason},
        "reuse": {"reused_with": sorted({item.owner for item in reused})},
    }
    if args.json:
        sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
        return 0
    _print_words(payload, breach, texts, reuse_known=key is not None)
    return 0


def _print_words(
    payload: dict[str, Any], breach: BreachResult, texts: Texts, *, reuse_known: bool
) -> None:
    strength = payload["strength"]
    print(
        texts.translate("Cli", "Strength: {score}/4 ({state})").format(
            score=strength["score"], state=texts.state_label(CheckState(strength["state"]))
        )
    )
    for line in strength["feedback"]:
        print(f"  - {line}")
    if breach.status is BreachStatus.BREACHED:
        text = texts.translate("Cli", "Breaches: found in known data breaches ({count} times)")
    elif breach.status is BreachStatus.NOT_FOUND:
        text = texts.translate("Cli", "Breaches: not found in known data breaches")
    elif breach.status is BreachStatus.SKIPPED:
        text = texts.translate("Cli", "Breaches: not checked")
    else:
        text = texts.translate("Cli", "Breaches: unknown ({reason}); this is not a safe result")
    print(text.format(count=breach.count, reason=breach.reason))
    reused = payload["reuse"]["reused_with"]
    if not reuse_known:
        print(texts.translate("Cli", "Reuse: unknown, the keyring cannot be read"))
    elif reused:
        print(
            texts.translate("Cli", "Reuse: the same as your {accounts}").format(
                accounts=", ".join(reused)
            )
        )
    else:
        print(texts.translate("Cli", "Reuse: not used for your other stored accounts"))
