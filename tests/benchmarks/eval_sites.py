"""False alarms per family on the benign site lists, judged by the CLI.

Runs ``secguard --lang en check-link --json --no-bookmarks -`` once over a
list (default: tests/core/links/broker_word_sites.txt) and prints, per
family, the rows, how many were called lookalike and how many flagged
(lookalike or suspicious), then every flagged row with the judge's reasons.
Issue 16's goals: lookalike <= 2 %, flagged <= 5 %; well-known sites
flagged <= 1 in 50.

Run:  .venv/bin/python tests/benchmarks/eval_sites.py [LIST ...] [--markdown]
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.core.links.site_lists import BROKER_WORD_SITES, Site, read_sites  # noqa: E402

SECGUARD = ROOT / ".venv" / "bin" / "secguard"
FLAGGED = {"lookalike", "suspicious"}


def judge_with_cli(sites: list[Site]) -> list[dict]:
    command = [str(SECGUARD), "--lang", "en", "check-link", "--json", "--no-bookmarks", "-"]
    text = "".join(f"{site.url}\n" for site in sites)
    done = subprocess.run(command, input=text, capture_output=True, text=True, check=True)
    results = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    if len(results) != len(sites):
        raise SystemExit(f"{len(sites)} rows in, {len(results)} results out")
    return results


def table(path: Path, markdown: bool) -> None:
    sites = read_sites(path)
    results = judge_with_cli(sites)
    rows, lookalike, flagged = Counter(), Counter(), Counter()
    alarms = []
    for site, result in zip(sites, results, strict=True):
        family = site.family or "(no family)"
        verdicts = [link["verdict"] for link in result["links"]]
        rows[family] += 1
        if "lookalike" in verdicts:
            lookalike[family] += 1
        if FLAGGED & set(verdicts):
            flagged[family] += 1
            for link in result["links"]:
                if link["verdict"] in FLAGGED:
                    alarms.append(
                        (family, site.url, link["verdict"], link["broker"], link["reasons"])
                    )
    total, look, flag = sum(rows.values()), sum(lookalike.values()), sum(flagged.values())

    def pct(part: int, whole: int) -> str:
        return f"{100 * part / whole:.1f} %" if whole else "-"

    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    print(f"{shown}: {total} rows\n")
    if markdown:
        print("| family | rows | lookalike | lookalike % | flagged | flagged % |")
        print("|---|---:|---:|---:|---:|---:|")
        line = "| {} | {} | {} | {} | {} | {} |"
    else:
        line = "{:40} {:>5} {:>9} {:>11} {:>8} {:>10}"
        print(line.format("family", "rows", "lookalike", "lookalike %", "flagged", "flagged %"))
    for family in sorted(rows):
        print(
            line.format(
                family,
                rows[family],
                lookalike[family],
                pct(lookalike[family], rows[family]),
                flagged[family],
                pct(flagged[family], rows[family]),
            )
        )
    print(
        line.format(
            "**all**" if markdown else "all", total, look, pct(look, total), flag, pct(flag, total)
        )
    )
    print(f"\nFlagged rows ({len(alarms)}):")
    for family, url, verdict, broker, reasons in alarms:
        print(f"- {verdict} ({broker}) `{url}` [{family}]: {' '.join(reasons)}")
    print()


def main() -> None:
    markdown = "--markdown" in sys.argv[1:]
    paths = [Path(a).resolve() for a in sys.argv[1:] if a != "--markdown"] or [BROKER_WORD_SITES]
    for path in paths:
        table(path, markdown)


if __name__ == "__main__":
    main()
