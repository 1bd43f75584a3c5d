"""Exit codes: a contract with support staff's scripts (see README.md)."""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2  # argparse's own
EXIT_INVALID_INPUT = 3
EXIT_STORAGE_LOCKED = 4
EXIT_STORAGE_UNAVAILABLE = 5
EXIT_RECORD_TOO_LARGE = 6
EXIT_STORAGE_SLOW = 7
EXIT_NOT_FOUND = 8
