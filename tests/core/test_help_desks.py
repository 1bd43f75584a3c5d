"""The playbook's public help desks (resources/help_desks.json): schema and sources."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from secguard.core.broker_facts import SOURCE_KINDS, InvalidDirectory
from secguard.core.help_desks import parse_help_desks
from secguard.resources import help_desks, resources_dir


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return json.loads((resources_dir() / "help_desks.json").read_text(encoding="utf-8"))


def test_the_police_the_fsa_and_finmac_are_there():
    desks = {d.id: d for d in help_desks()}
    assert set(desks) == {"police-consultation", "fsa-counselling", "finmac"}
    assert desks["police-consultation"].number == "#9110"


def test_every_desk_says_what_it_is_for_and_when_it_answers_in_both_languages():
    for desk in help_desks():
        for text in (desk.names, desk.hours, desk.purpose):
            assert text["ja"]
            assert text["en"]


def test_every_number_and_its_hours_trace_back_to_a_dated_source():
    for desk in help_desks():
        for source in filter(None, (desk.source, desk.hours_source)):
            assert source.url.startswith("https://"), desk.id
            assert source.kind in SOURCE_KINDS, desk.id
            assert source.checked == "2026-12-02", desk.id


@pytest.mark.parametrize(
    ("index", "key", "value", "problem"),
    [
        (0, "number", "9110", "number"),
        (0, "number", "#91100", "number"),
        (1, "number", "0570-0168", "number"),
        (
            1,
            "other_numbers",
            [{"number": "+81-3-5251-6811", "when": {"ja": "a", "en": "b"}}],
            "number",
        ),
        (1, "other_numbers", [{"number": "03-5251-6811"}], "other_numbers.when"),
        (2, "purpose", {"ja": "相談できます"}, "purpose"),
        (2, "hours", None, "hours"),
        (2, "source", None, "source"),
        (
            0,
            "hours_source",
            {"url": "https://example.com/", "kind": "blog", "checked": "2026-12-02"},
            "hours_source.kind",
        ),
        (0, "caveat", {"en": "No rotary phones"}, "caveat"),
        (2, "id", "FINMAC", "id"),
    ],
)
def test_invalid_desks_are_refused_for_their_own_reason(
    document: dict[str, Any], index: int, key: str, value: Any, problem: str
):
    broken = copy.deepcopy(document)
    broken["desks"][index][key] = value
    with pytest.raises(InvalidDirectory) as refused:
        parse_help_desks(broken)
    assert problem in refused.value.params["problem"]


def test_repeated_desk_ids_are_refused(document: dict[str, Any]):
    broken = copy.deepcopy(document)
    broken["desks"].append(copy.deepcopy(broken["desks"][0]))
    with pytest.raises(InvalidDirectory) as refused:
        parse_help_desks(broken)
    assert refused.value.params["problem"] == "ids repeated"
