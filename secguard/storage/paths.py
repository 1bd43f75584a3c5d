"""Where secguard keeps its non-secret files, per platform."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from secguard import APP_NAME


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        # appauthor=False: no "secguard/secguard" nesting on Windows.
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @property
    def log_file(self) -> Path:
        return self.log_dir / "secguard.log"
