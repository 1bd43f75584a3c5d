"""Step 5's routine in the real progress file: kept across runs, a damaged one set aside."""

from __future__ import annotations

import json
from pathlib import Path

from secguard.core.playbook import PlaybookRun, PlaybookStep
from secguard.core.progress import Progress
from secguard.core.review import Cadence, Outcome, ReviewRecord, ReviewRoutine
from secguard.storage.progress import ProgressStore

AT = "2026-12-02T05:00:00+00:00"


def test_the_routine_survives_a_save_and_a_load(tmp_path: Path):
    routine = (
        ReviewRoutine(reminders=True, last_reminded=AT)
        .with_cadence("account-3", Cadence.MONTHLY)
        .with_review(ReviewRecord(AT, "account-3", "sbi", Outcome.SOMETHING_WRONG))
    )
    run = routine.open_run()
    assert run is not None
    routine = routine.with_run(run.tick(PlaybookStep.STOP_DAMAGE, AT))
    store = ProgressStore(tmp_path)
    store.save(Progress(language="ja", review_routine=routine))
    saved = json.loads((tmp_path / "progress.json").read_text(encoding="utf-8"))
    assert saved["review_routine"]["records"][0]["outcome"] == "something-wrong"
    assert saved["review_routine"]["cadences"] == {"account-3": "monthly"}
    loaded = store.load()
    assert loaded.set_aside is None
    assert loaded.progress.review_routine == routine
    assert loaded.progress.review_routine.open_run() == PlaybookRun(AT, "sbi", {"stop-damage": AT})


def test_a_file_without_a_routine_is_a_fresh_one(tmp_path: Path):
    (tmp_path / "progress.json").write_text('{"schema": 1, "language": "en"}', encoding="utf-8")
    loaded = ProgressStore(tmp_path).load()
    assert loaded.set_aside is None
    assert loaded.progress.review_routine == ReviewRoutine()


def test_a_damaged_routine_sets_the_file_aside_and_starts_afresh(tmp_path: Path):
    damaged = {"schema": 1, "review_routine": {"records": [{"at": AT, "outcome": "fine"}]}}
    (tmp_path / "progress.json").write_text(json.dumps(damaged), encoding="utf-8")
    loaded = ProgressStore(tmp_path).load()
    assert loaded.set_aside is not None
    assert loaded.set_aside.exists()
    assert loaded.progress == Progress()
