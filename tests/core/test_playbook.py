"""The playbook's facts: every number and procedure from a sourced directory entry."""

from __future__ import annotations

import dataclasses

import pytest

from secguard.core.accounts import AccountRecord
from secguard.core.emergency import accounts_sharing_secrets, emergency_options, fingerprints_known
from secguard.core.playbook import EVIDENCE_ITEMS, STEP_TEXTS, PlaybookRun, PlaybookStep
from secguard.resources import broker_directory, help_desks

DIRECTORY = broker_directory()


@pytest.mark.parametrize("broker", DIRECTORY.brokers, ids=lambda b: b.id)
def test_every_broker_has_a_number_or_a_contact_page_and_each_traces_to_a_source(broker):
    options = emergency_options(broker)
    assert options.phones or options.contact_page is not None
    for phone in options.phones:
        assert phone in broker.phones  # the directory's own entry, not a copy
        assert phone.purpose in {"security", "support"}
        assert phone.source.url.startswith("https://")
        assert phone.source.checked
        assert phone.hours["ja"]
        assert phone.hours["en"]
    if options.lock is not None:
        assert options.lock is broker.account_lock
        assert options.lock.source.url.startswith("https://")
        assert options.lock.source.checked
        assert options.lock.how["ja"]
        assert options.lock.how["en"]
    if options.contact_page is not None:
        assert options.contact_page is broker.contact_page
        assert options.contact_page.source.checked


def test_lines_for_unauthorised_use_come_before_the_support_desk():
    nikko = emergency_options(DIRECTORY.by_id["smbc-nikko"])
    assert nikko.phones[0].number == "0120-285-250"
    assert nikko.contact_page is None  # a number is confirmed: no "look it up" instead
    # A broker with both: the line for unauthorised use first, whatever the file's order.
    sbi = DIRECTORY.by_id["sbi"]
    both = dataclasses.replace(sbi, phones=(*sbi.phones, *nikko.phones))
    assert [p.purpose for p in emergency_options(both).phones] == ["security"] + ["support"] * 3


def test_a_broker_without_a_confirmed_number_sends_the_person_to_its_contact_page():
    rakuten = emergency_options(DIRECTORY.by_id["rakuten"])
    assert not rakuten.numbers_confirmed
    assert rakuten.contact_page is not None
    # ... and its own lock line, where the directory has one.
    assert rakuten.lock is not None
    assert rakuten.lock.number == "0120-852-638"
    assert rakuten.lock.channel == "phone-automated"


def test_technical_support_alone_is_not_an_emergency_number():
    sbi = emergency_options(DIRECTORY.by_id["sbi"])
    assert {p.purpose for p in sbi.phones} == {"support"}
    assert all(p.number != "0120-581-255" for p in sbi.phones)


def test_help_desks_each_say_what_they_are_for_with_a_source():
    desks = {d.id: d for d in help_desks()}
    assert desks["police-consultation"].number == "#9110"
    assert {"fsa-counselling", "finmac"} <= desks.keys()
    for desk in desks.values():
        assert desk.purpose["ja"]
        assert desk.purpose["en"]
        assert desk.source.checked


def _account(account_id: int, broker: str, password: str | None, pin: str | None = None):
    return AccountRecord(
        f"account {account_id}",
        broker,
        id=account_id,
        password_fingerprint=password,
        pin_fingerprint=pin,
    )


def test_accounts_that_share_a_fingerprint_are_named_without_any_password():
    accounts = [
        _account(1, "sbi", "scrypt$A", "scrypt$P"),
        _account(2, "rakuten", "scrypt$A"),  # same log-in password
        _account(3, "monex", "scrypt$B", "scrypt$A"),  # its PIN is SBI's password
        _account(4, "matsui", "scrypt$C"),
        _account(5, "nomura", "scrypt$P"),  # SBI's trading PIN as its password
    ]
    shared = accounts_sharing_secrets(accounts, "sbi")
    assert [(s.account.id, s.what) for s in shared] == [
        (2, "password"),
        (3, "pin"),
        (5, "password"),
    ]
    assert accounts_sharing_secrets(accounts, "matsui") == ()
    assert fingerprints_known(accounts, "sbi")


def test_no_fingerprint_means_nothing_known_not_nothing_shared():
    accounts = [_account(1, "sbi", None), _account(2, "rakuten", None)]
    assert accounts_sharing_secrets(accounts, "sbi") == ()
    assert not fingerprints_known(accounts, "sbi")


def test_a_run_ticks_and_unticks_with_times_and_completes_with_all_five():
    run = PlaybookRun("2026-12-02T10:00:00+00:00", "sbi")
    for number, step in enumerate(PlaybookStep):
        assert not run.completed
        run = run.tick(step, f"2026-12-02T10:0{number}:00+00:00")
    assert run.completed
    assert run.ticked_at(PlaybookStep.KEEP_EVIDENCE) == "2026-12-02T10:03:00+00:00"
    assert not run.untick(PlaybookStep.KEEP_EVIDENCE).completed


def test_every_playbook_step_and_evidence_item_is_translated():
    from secguard.i18n import MESSAGES, Language, Texts

    japanese, english = Texts(Language.JAPANESE), Texts(Language.ENGLISH)
    ids = [i for pair in STEP_TEXTS.values() for i in pair] + list(EVIDENCE_ITEMS)
    assert len(STEP_TEXTS) == 5
    for message_id in ids:
        assert message_id in MESSAGES
        assert japanese.message(message_id) != english.message(message_id), message_id
