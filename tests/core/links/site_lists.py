"""Reader for the benign site lists beside this file.

Both lists hold one URL a line, optionally followed by two spaces, ``# `` and
where the site was seen. A line ``# family: NAME`` starts a section: the rows
after it belong to that family until the next such line. Other lines starting
with ``#`` and blank lines are comments.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
BROKER_WORD_SITES = HERE / "broker_word_sites.txt"
WELL_KNOWN_SITES = HERE / "well_known_sites.txt"

_FAMILY = "# family:"
_SOURCE = "  # "


@dataclass(frozen=True)
class Site:
    url: str
    family: str
    source: str


def read_sites(path: Path) -> list[Site]:
    sites: list[Site] = []
    family = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(_FAMILY):
            family = line[len(_FAMILY) :].strip()
            continue
        if not line.strip() or line.startswith("#"):
            continue
        url, _, source = line.partition(_SOURCE)
        sites.append(Site(url.strip(), family, source.strip()))
    return sites
