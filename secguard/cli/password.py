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
from typing import Any

from secguard import __version__
from secguard.core.accounts import AccountRecord
from secguard.core.errors import SecguardError
from secguard.core.fingerprints import StoredFingerprint, reused_with
from secguard.core.hibp import BreachChecker, BreachResult, BreachStatus, base_url_from
from secguard.core.passwords import StrengthMeter
from secguard.i18n import Texts
from secguard.resources import broker_directory, romaji_dictionaries

STORAGE_TIMEOUT_SECONDS = 10.0


def _read_password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("Password: ")
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


def _accounts() -> tuple[list[AccountRecord], bytes | None, str | None]:
    """Stored accounts and the fingerprint key, or the reason they cannot be read."""
    from secguard.storage.errors import StorageError
    from secguard.storage.vault import KeyringVault, default_backend, service_name
    from secguard.storage.worker import SerialWorker

    def read() -> tuple[list[AccountRecord], bytes]:
        vault = KeyringVault(default_backend(), service_name())
        return vault.load().accounts, vault.fingerprint_key()

    try:
        accounts, key = SerialWorker().call(read, timeout=STORAGE_TIMEOUT_SECONDS)
    except StorageError as error:
        return [], None, error.message_id
    return accounts, key, None


def user_words(account: AccountRecord | None) -> list[str]:
    """Words an attacker knows: broker names, the account's label and log-in ID."""
    words: list[str] = []
    for broker in broker_directory().brokers:
        words += [broker.id, broker.names["en"], *broker.brand_tokens]
        words += [d.split(".")[0] for d in broker.registrable_domains]
    if account is not None:
        words += [account.label, account.login_id or ""]
    return [w for w in words if w]


def _fingerprints(accounts: list[AccountRecord], skip: int | None) -> list[StoredFingerprint]:
    found = []
    for account in accounts:
        if account.id == skip:
            continue
        if account.password_fingerprint:
            found.append(StoredFingerprint(account.label, "password", account.password_fingerprint))
        if account.pin_fingerprint:
            found.append(StoredFingerprint(account.label, "pin", account.pin_fingerprint))
    return found


def run_password(args: argparse.Namespace, texts: Texts) -> int:
    password = _read_password()
    if not password:
        raise SecguardError("password.none_given")
    accounts, key, storage_problem = _accounts()
    account = None
    if args.account is not None:
        account = next((a for a in accounts if a.id == args.account), None)
        if account is None and storage_problem is None:
            from secguard.storage.errors import RecordNotFound

            raise RecordNotFound(id=str(args.account))

    strength = StrengthMeter(romaji_dictionaries()).evaluate(password, user_words(account))
    if args.no_breach_check:
        breach = BreachResult(BreachStatus.SKIPPED)
    else:
        import requests

        from secguard.resources import breach_check_proxy

        with requests.Session() as session:
            checker = BreachChecker(
                session,
                base_url_from(os.environ, breach_check_proxy()),
                user_agent=f"secguard/{__version__}",
            )
            breach = checker.check(password)
    reused = (
        reused_with(password, key, _fingerprints(accounts, args.account)) if key is not None else []
    )
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
            score=strength["score"], state=strength["state"]
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
