"""One password check, the same in the window and on the command line.

Which words an attacker already knows, which stored fingerprints a password
is compared with, how the breach check is set up and what is kept of a check
are rules: the page of step 4 and ``secguard password check`` both call the
functions here, so that they can never disagree (a review once found the
same password scored 4/4 in one and 1/4 in the other).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from secguard.core.fingerprints import StoredFingerprint

if TYPE_CHECKING:
    from secguard.core.accounts import AccountRecord
    from secguard.core.breach import BreachResult
    from secguard.core.brokers import Broker


def known_words(brokers: Iterable[Broker], account: AccountRecord | None) -> list[str]:
    """Words an attacker knows: every broker's names, ids, brand tokens and domain
    names, and the account's own label and log-in ID.

    zxcvbn treats these as a dictionary, so "Rakutensec#88" is as weak as it
    is for someone who knows which broker the account is at.
    """
    words: list[str] = []
    for broker in brokers:
        words += [broker.id, *broker.names.values(), *broker.brand_tokens]
        words += [domain.split(".")[0] for domain in broker.registrable_domains]
    if account is not None:
        words += [account.label, account.login_id or ""]
    return list(dict.fromkeys(word for word in words if word))


def stored_fingerprints(
    accounts: Sequence[AccountRecord], skip_id: int | None = None
) -> list[StoredFingerprint]:
    """The fingerprints a password is compared with: every other account's log-in
    password and trading PIN (the account being checked is skipped)."""
    found = []
    for account in accounts:
        if skip_id is not None and account.id == skip_id:
            continue
        if account.password_fingerprint:
            found.append(StoredFingerprint(account.label, "password", account.password_fingerprint))
        if account.pin_fingerprint:
            found.append(StoredFingerprint(account.label, "pin", account.pin_fingerprint))
    return found


def check_breach(
    password: str, environ: Mapping[str, str], *, preset_url: str | None = None
) -> BreachResult:
    """Ask the range API (``SECGUARD_HIBP_URL``, a preset's proxy or Have I Been
    Pwned) about ``password``, in a session of its own."""
    import requests

    from secguard import __version__
    from secguard.core.hibp import BreachChecker, base_url_from

    with requests.Session() as session:
        checker = BreachChecker(
            session, base_url_from(environ, preset_url), user_agent=f"secguard/{__version__}"
        )
        return checker.check(password)
