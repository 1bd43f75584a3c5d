"""Brokerage presets: checked against the schema, merged into the directory without
ever taking another broker's domain, and the log-in page bookmarked once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from secguard.core.bookmarks import new_bookmark
from secguard.core.links import LinkJudge, Verdict
from secguard.core.preset import (
    InvalidPreset,
    Preset,
    conflicts,
    first_start_bookmark,
    parse_preset,
    text_colour_on,
    with_preset,
)
from secguard.resources import broker_directory, read_preset, resources_dir

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "packaging" / "presets" / "sakuradori-example.json"


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads((resources_dir() / "preset.schema.json").read_text(encoding="utf-8"))


@pytest.fixture
def document() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def preset() -> Preset:
    return read_preset(EXAMPLE)


def _problems(document: Any, schema: dict[str, Any]) -> list[str]:
    with pytest.raises(InvalidPreset) as caught:
        parse_preset(document, schema)
    return [str(problem) for problem in caught.value.problems]


def test_the_example_preset_is_valid_and_fictional(preset: Preset):
    assert preset.name("ja") == "さくら通り証券"
    assert preset.name("en") == "Sakura-dori Securities"
    assert preset.broker.registrable_domains == ("sakuradori-example.co.jp",)
    assert {phone.purpose for phone in preset.phones} == {"support", "security"}
    assert preset.keyring_service == "secguard-sakuradori-example"
    assert preset.breach_check_proxy is None
    # The real directory does not know it: the example ships beside it, not in it.
    assert broker_directory().get(preset.broker.id) is None


def test_every_schema_error_is_listed_not_only_the_first(
    document: dict[str, Any], schema: dict[str, Any]
):
    document["brand"]["accent"] = "pink"
    document["phones"][0]["number"] = "call us"
    del document["keyring_service"]
    document["breach_check_proxy"] = "http://proxy.example.com/range"
    problems = _problems(document, schema)
    assert len(problems) == 4
    joined = "\n".join(problems)
    for where in ("/brand/accent", "/phones/0/number", "/breach_check_proxy", "keyring_service"):
        assert where in joined


def test_an_unknown_field_is_an_error_not_ignored(document: dict[str, Any], schema):
    document["broker"]["remove_brokers"] = ["sbi"]
    assert any("remove_brokers" in problem for problem in _problems(document, schema))


def test_both_numbers_are_required(document: dict[str, Any], schema: dict[str, Any]):
    document["phones"] = [p for p in document["phones"] if p["purpose"] == "support"] * 2
    assert _problems(document, schema)


def test_addresses_must_be_on_the_brokerages_own_domains(document: dict[str, Any], schema):
    document["broker"]["login_url"] = "https://sakuradori-login.example.com/"
    document["mfa_settings_url"] = "https://evil.example.net/mfa"
    problems = _problems(document, schema)
    assert [p.split(":")[0] for p in problems] == ["/broker/login_url", "/mfa_settings_url"]


@pytest.mark.parametrize("domain", ["co.jp", "sakura.workers.dev", "www.sakuradori-example.co.jp"])
def test_a_domain_must_be_one_a_registrant_owns(document: dict[str, Any], schema, domain: str):
    document["broker"]["domains"] = [domain]
    document["broker"]["site_url"] = document["broker"]["login_url"] = f"https://{domain}/"
    document["mfa_settings_url"] = f"https://{domain}/mfa"
    document["account_lock"]["url"] = f"https://{domain}/lock"
    problems = _problems(document, schema)
    assert problems == [
        (
            f"/broker/domains/0: {domain!r} is not a registrable domain of its own "
            "(a public suffix, a subdomain or a shared platform)"
        )
    ]


def test_the_preset_adds_its_broker_and_its_site_becomes_official(preset: Preset):
    directory = broker_directory()
    merged = with_preset(directory, preset)
    assert len(merged.brokers) == len(directory.brokers) + 1
    assert merged.brokers[: len(directory.brokers)] == directory.brokers
    judge = LinkJudge(merged)
    login = judge.judge_url("https://login.sakuradori-example.co.jp/")
    assert login is not None
    assert login.verdict is Verdict.OFFICIAL
    copy_ = judge.judge_url("https://sakuradori-example.co.jp.account-verify.com/login")
    assert copy_ is not None
    assert copy_.verdict is Verdict.LOOKALIKE
    plain = LinkJudge(directory).judge_url("https://login.sakuradori-example.co.jp/")
    assert plain is not None
    assert plain.verdict is not Verdict.OFFICIAL


@pytest.mark.parametrize("taken", ["sbisec.co.jp", "rakuten-bank.co.jp"])
def test_a_preset_can_never_take_another_brokers_domain(
    document: dict[str, Any], schema: dict[str, Any], taken: str
):
    document["broker"]["domains"].append(taken)
    preset = parse_preset(document, schema)
    assert conflicts(broker_directory(), preset)
    with pytest.raises(InvalidPreset) as caught:
        with_preset(broker_directory(), preset)
    assert taken in str(caught.value.problems[0])


def test_a_brokers_own_preset_adds_domains_and_keeps_every_fact(document, schema):
    directory = broker_directory()
    sbi = directory.get("sbi")
    assert sbi is not None
    document["broker"]["id"] = "sbi"
    preset = parse_preset(document, schema)
    merged = with_preset(directory, preset)
    merged_sbi = merged.get("sbi")
    assert merged_sbi is not None
    assert merged_sbi.registrable_domains == (*sbi.registrable_domains, "sakuradori-example.co.jp")
    assert merged_sbi.names == sbi.names
    assert merged_sbi.phones[: len(sbi.phones)] == sbi.phones
    assert [b.id for b in merged.brokers] == [b.id for b in directory.brokers]
    others = [b for b in merged.brokers if b.id != "sbi"]
    assert others == [b for b in directory.brokers if b.id != "sbi"]


def test_the_log_in_page_is_bookmarked_once(preset: Preset):
    first = first_start_bookmark(preset, [], [], "ja")
    assert first is not None
    assert (first.url, first.label, first.broker_id) == (
        "https://login.sakuradori-example.co.jp/",
        "さくら通り証券",
        "sakuradori-example",
    )
    # Once added (and maybe deleted since), never again.
    assert first_start_bookmark(preset, [preset.id], [], "ja") is None
    # The person's own bookmark of the same page is not doubled.
    own = new_bookmark("login.sakuradori-example.co.jp", "my broker")
    assert first_start_bookmark(preset, [], [own], "en") is None


@pytest.mark.parametrize(
    ("accent", "text"), [("#b0315a", "#ffffff"), ("#ffd54f", "#000000"), ("#000000", "#ffffff")]
)
def test_text_on_the_accent_is_whichever_reads_better(accent: str, text: str):
    assert text_colour_on(accent) == text


def test_a_preset_missing_its_logo_is_refused(tmp_path: Path, document: dict[str, Any]):
    path = tmp_path / "preset.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(InvalidPreset) as caught:
        read_preset(path)
    assert caught.value.problems[0].where == "/brand/logo"


def test_unreadable_json_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "preset.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InvalidPreset):
        read_preset(path)


def test_a_source_checkout_reads_no_preset():
    from secguard.resources import bundled_preset, bundled_preset_dir

    # Only a PyInstaller bundle's own folder holds a preset (tests/packaging runs one).
    assert bundled_preset_dir() is None
    assert bundled_preset() is None


def test_the_schema_document_is_itself_valid(schema: dict[str, Any]):
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(schema)


def test_the_playbook_offers_the_brokerages_own_lock_and_lines(preset: Preset):
    from secguard.core.emergency import emergency_options

    options = emergency_options(preset.broker)
    assert options.lock is not None
    assert options.lock.documented_at == "https://www.sakuradori-example.co.jp/security/lock"
    assert options.lock.how["ja"].startswith("1. ブックマークから公式サイトにログインします。")
    assert [p.number for p in options.phones][:1] == ["0120-000-001"], "the security line first"
