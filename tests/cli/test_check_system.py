"""``secguard check`` on this very machine: steps 6 and 7 from the real, read-only probes."""

from __future__ import annotations

import json
import sys

import pytest

from secguard.cli import main
from secguard.core.checks import current_results
from secguard.core.stored import StoredData
from secguard.core.system.findings import Finding, Topic
from secguard.i18n import MESSAGES, Language, Texts


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="this machine's probes")
def test_check_json_names_this_os_and_its_support_state(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    assert main(["--lang", "en", "check", "--json"]) == 0
    steps = {item["number"]: item for item in json.loads(capsys.readouterr().out)["precautions"]}
    updates, protection = steps[6], steps[7]
    assert updates["details"]["os"]["name"]  # e.g. "Debian GNU/Linux 12 (bookworm)"
    support = next(f for f in updates["details"]["findings"] if f["topic"] == "os_support")
    assert support["state"] != "unknown", support
    assert updates["details"]["support_data_checked"]
    assert protection["state"] != "risk"  # Linux anti-malware is informational
    assert protection["details"]["findings"]
    for item in (updates, protection):
        assert item["message"] != item["message_id"]  # translated, not shown as an id


def test_every_probe_message_has_an_english_and_a_japanese_text():
    import re
    from pathlib import Path

    import secguard.core.system as package

    sources = [*Path(package.__file__).parent.glob("*.py")]
    ids = {
        match
        for path in sources
        for match in re.findall(r'"(system\.[a-z0-9_]+)"', path.read_text(encoding="utf-8"))
    }
    assert len(ids) > 40
    assert sorted(ids - MESSAGES.keys()) == []
    japanese, english = Texts(Language.JAPANESE), Texts(Language.ENGLISH)
    for message_id in ids:
        assert japanese.message(message_id) != english.message(message_id), message_id


def test_text_output_lists_each_finding_under_its_step():
    from datetime import UTC, datetime

    from secguard.cli.check import finding_lines
    from secguard.core.checklist import CheckState
    from secguard.core.system.probes import SystemReport

    report = SystemReport(
        None,
        (
            Finding(
                Topic.OS_SUPPORT,
                CheckState.OK,
                "system.os_supported",
                {"name": "Debian 13", "end": "2028-08-09"},
            ),
            Finding(Topic.UPDATES, CheckState.ATTENTION, "system.updates_pending", {"count": "2"}),
        ),
        (),
        datetime(2026, 12, 2, tzinfo=UTC),
    )
    step6 = current_results(None, StoredData.loading(), system=report)[5]
    lines = finding_lines(step6, Texts(Language.JAPANESE))
    assert lines == [
        "   - [問題なし] Debian 13 には 2028-08-09 までセキュリティ更新が提供されます。",
        "   - [要注意] 未適用の更新：2 件。早めにインストールしてください。",  # noqa: RUF001
    ]
