"""Password fingerprints for reuse detection: a slow keyed hash, never the password.

scrypt with a random per-installation key (kept in the keyring by storage)
as its salt: the same password gives the same fingerprint on this computer,
so one computation is compared with every stored account, and a stolen
fingerprint is useless without the key and costly to attack even with it.
The parameters are tuned to about 50-100 ms (see bench_passwords.py).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

KEY_BYTES = 32
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
PREFIX = f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}$"


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def fingerprint(secret: str, key: bytes) -> str:
    digest = hashlib.scrypt(
        secret.encode("utf-8"),
        salt=key,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=64 * 1024 * 1024,
        dklen=32,
    )
    return PREFIX + digest.hex()


@dataclass(frozen=True)
class StoredFingerprint:
    owner: str  # the account's label, as the person named it
    what: str  # "password" or "pin" (取引暗証番号)
    value: str


def reused_with(
    secret: str, key: bytes, stored: Iterable[StoredFingerprint]
) -> list[StoredFingerprint]:
    """Every stored fingerprint ``secret`` matches: computed once, compared in constant time."""
    mine = fingerprint(secret, key)
    return [item for item in stored if hmac.compare_digest(item.value, mine)]
