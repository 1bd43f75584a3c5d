"""Qt for the whole program, without PySide6's scan of every module imported after it.

Importing PySide6.QtCore puts PySide's own ``__import__`` in front of
Python's.  That hook serves PySide's opt-in ``from __feature__ import ...``
switches (snake_case, true_property), and as a side effect it reads the whole
source of every module imported after it (``inspect.getsource``) to see
whether the text mentions PySide6, keeping each source in ``linecache``.
secguard uses no ``__feature__``, and its start-up imports more than a
hundred modules after QtCore: the scan cost 37 M of the 1,068 M instructions
to the first paint (tests/benchmarks/bench_startup.py --instructions).
Importing this module takes that hook out again; imports then go to the
loader PySide put behind it (its lazy class loader, which stays), so every Qt
class behaves as before.

secguard.i18n, where Qt enters both front ends, imports this module first.
"""

from __future__ import annotations

import builtins

import PySide6.QtCore  # noqa: F401 - puts the hook in front, if nothing has yet


def _skip_feature_import_hook() -> None:
    behind = getattr(builtins, "__orig_import__", None)
    if behind is not None and getattr(builtins.__import__, "__name__", "") == "__feature_import__":
        builtins.__import__ = behind


_skip_feature_import_hook()
