"""Step 4: the meter, the breach check's disclosure, reuse, generator, and no leaks anywhere."""

from __future__ import annotations

import contextlib
import json
import logging
import string
from pathlib import Path

import requests
from PySide6.QtGui import QGuiApplication

from secguard.core.accounts import new_account
from secguard.core.checklist import PRECAUTIONS, CheckState, PrecautionId
from secguard.core.hibp import BreachChecker, range_prefix, sha1_hex
from secguard.core.progress import Progress
from secguard.storage.paths import AppPaths
from secguard.storage.progress import ProgressStore
from secguard.storage.vault import KeyringVault
from secguard.ui.crash import setup_logging
from secguard.ui.language import LanguageController
from secguard.ui.main_window import MainWindow
from secguard.ui.pages.passwords import PasswordsPage
from secguard.ui.vault_client import VaultClient
from tests.range_server import one_answer_server
from tests.storage.fakes import MemoryKeyring

PLANTED = "Planted-Secret-Tanaka-4471"
AT = "2026-12-02T09:00:00+00:00"


def _page(qtbot, client: VaultClient, **kwargs) -> PasswordsPage:
    page = PasswordsPage(PRECAUTIONS[3], client, **kwargs)
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_meter_follows_typing_off_the_ui_thread(qtbot, client: VaultClient):
    page = _page(qtbot, client)
    page.set_accounts([])
    page.field.setText("sakura1985")
    qtbot.waitUntil(lambda: page.strength is not None, timeout=10000)
    assert page.strength.state is CheckState.RISK
    assert page.meter_bar.value() == page.strength.score + 1  # "very weak" still shows red
    assert page.strength_banner.state is CheckState.RISK
    assert "Weak" in page.strength_banner.headline.text()
    page.field.setText("violet-cactus-harbor-mirth-quilt")
    qtbot.waitUntil(lambda: page.strength is not None and page.strength.score == 4, timeout=10000)


def test_the_disclosure_shows_exactly_the_five_characters_sent(qtbot, client: VaultClient):
    page = _page(qtbot, client)
    page.field.setText("hunter2")
    assert range_prefix("hunter2") in page.disclosure.text()
    assert "hunter2" not in page.disclosure.text()
    assert "haveibeenpwned.com" in page.credit.text()
    assert "CC BY 4.0" in page.credit.text()


def test_a_breach_check_runs_only_when_asked_and_unknown_is_not_safe(qtbot, client: VaultClient):
    asked: list[str] = []

    def offline(password: str):
        asked.append(password)
        from secguard.core.hibp import BreachResult, BreachStatus

        return BreachResult(BreachStatus.UNKNOWN, reason="offline")

    page = _page(qtbot, client, breach_check=offline)
    page.field.setText("sakura1985")
    qtbot.wait(400)
    assert asked == []
    page.breach_button.click()
    qtbot.waitUntil(lambda: page.breach is not None, timeout=5000)
    assert "not a safe result" in page.breach_text.text()


def test_reuse_with_another_account_is_found(
    qtbot, client: VaultClient, keyring_backend: MemoryKeyring
):
    vault = KeyringVault(keyring_backend, "secguard-test")
    from secguard.core.fingerprints import fingerprint

    key = vault.fingerprint_key()
    rakuten = vault.add_account(new_account("楽天証券", "rakuten", at=AT))
    vault.update_account(
        rakuten.__class__(
            **{**rakuten.__dict__, "password_fingerprint": fingerprint("Shared-Pass-99", key)}
        )
    )
    page = _page(qtbot, client)
    page.set_accounts(vault.load().accounts)
    qtbot.waitUntil(lambda: page._key is not None, timeout=5000)
    page.field.setText("Shared-Pass-99")
    qtbot.waitUntil(lambda: page.reused is not None, timeout=10000)
    assert [r.owner for r in page.reused] == ["楽天証券"]
    assert "楽天証券" in page.reuse_text.text()


def test_the_generator_and_a_clipboard_that_clears_itself(qtbot, client: VaultClient):
    page = _page(qtbot, client, clipboard_clear_ms=100)
    page.generator.generate(passphrase=True)
    phrase = page.generator.generated.text()
    assert phrase.count("-") == 4
    page.generator.generate(passphrase=False)
    assert len(page.generator.generated.text()) == 16
    page.generator.copy_generated()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == page.generator.generated.text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)


def test_leaving_the_page_forgets_the_password(qtbot, client: VaultClient):
    page = _page(qtbot, client)
    page.field.setText("forget-me")
    page.generator.generate(passphrase=False)
    page.hide()
    assert page.field.text() == ""
    assert page.generator.generated.text() == ""


def test_whole_flow_leaks_the_password_nowhere(
    qtbot, languages: LanguageController, tmp_path: Path
):
    server = contextlib.ExitStack()
    base, sent = server.enter_context(
        one_answer_server(f"{sha1_hex(PLANTED)[5:]}:3\r\n{'A' * 35}:0\r\n".encode())
    )

    paths = AppPaths(data_dir=tmp_path / "data", log_dir=tmp_path / "log")
    setup_logging(paths.log_file)
    logging.getLogger("secguard").info("flow starts")
    backend = MemoryKeyring()
    store = ProgressStore(paths.data_dir)
    window = MainWindow(languages, VaultClient(KeyringVault(backend, "t")), store, Progress())
    qtbot.addWidget(window)
    try:
        window.load_storage()
        qtbot.waitUntil(lambda: window._contents is not None, timeout=5000)
        page = window.page_for(PrecautionId.PASSWORDS)
        assert isinstance(page, PasswordsPage)
        page._breach_check = lambda pw: BreachChecker(
            requests.Session(), base, "secguard/test"
        ).check(pw)
        window.open_precaution(4)
        page.picker.new_account_label.setText("My SBI")
        page.picker.add_account_button.click()
        qtbot.waitUntil(lambda: page.picker.selected_account() is not None, timeout=5000)
        qtbot.waitUntil(lambda: page._key is not None, timeout=5000)
        page.field.setText(PLANTED)
        qtbot.waitUntil(lambda: page.strength is not None, timeout=10000)
        page.breach_button.click()
        qtbot.waitUntil(lambda: page.breach is not None, timeout=10000)
        assert page.breach.status.value == "breached"
        page.save_button.click()
        qtbot.waitUntil(lambda: "action" in page.messages.visible_texts(), timeout=10000)
        window.switch_language(languages.language)  # saves progress
        store.save(window.progress)
        window.open_precaution(0)  # leaving the page clears the field
        assert page.field.text() == ""
        assert window.overview.row_states()[3] is CheckState.RISK  # breached -> risk
    finally:
        server.close()
        for handler in list(logging.getLogger("secguard").handlers):
            logging.getLogger("secguard").removeHandler(handler)
            handler.close()

    haystacks = {
        "requests": "\n".join(sent),
        "log": paths.log_file.read_text(encoding="utf-8"),
        "progress": (paths.data_dir / "progress.json").read_text(encoding="utf-8"),
        "keyring": json.dumps({f"{s}/{k}": v for (s, k), v in backend.entries.items()}),
    }
    assert len(sent) == 1
    assert f"/range/{range_prefix(PLANTED)}" in sent[0]
    for name, text in haystacks.items():
        assert PLANTED not in text, name
        assert sha1_hex(PLANTED) not in text, name
    assert "password_fingerprint" in haystacks["keyring"]


def test_the_generator_follows_the_chosen_brokers_rules(
    qtbot, client: VaultClient, keyring_backend: MemoryKeyring
):
    vault = KeyringVault(keyring_backend, "secguard-test")
    for label, broker in (("楽天", "rakuten"), ("岩井", "iwai-cosmo"), ("松井", "matsui")):
        vault.add_account(new_account(label, broker, at=AT))
    page = _page(qtbot, client)
    page.set_accounts(vault.load().accounts)
    assert page.generator.rules_text.isHidden(), "a password used elsewhere has no broker rules"
    assert page.generator.passphrase_button.isEnabled()

    page.picker.account_combo.setCurrentIndex(page.picker.account_combo.findText("楽天"))
    assert "8 to 16" in page.generator.rules_text.text()
    assert not page.generator.passphrase_button.isEnabled(), "a passphrase cannot fit in 16"
    page.generator.generate(passphrase=False)
    assert len(page.generator.generated.text()) == 16
    generated = page.generator.generated.text()
    assert set(generated) - set(string.ascii_letters + string.digits) <= set("!#$%-")

    page.picker.account_combo.setCurrentIndex(page.picker.account_combo.findText("岩井"))
    assert "8 to 20" in page.generator.rules_text.text()
    for _ in range(20):
        page.generator.generate(passphrase=False)
        text = page.generator.generated.text()
        assert len(text) == 20
        assert set(text) - set(string.ascii_letters + string.digits) <= set('!"#$%&+-@')

    page.picker.account_combo.setCurrentIndex(page.picker.account_combo.findText("松井"))
    assert "not known" in page.generator.rules_text.text()
    assert page.generator.passphrase_button.isEnabled()


def test_the_meter_says_what_the_brokers_rule_would_refuse(
    qtbot, client: VaultClient, keyring_backend: MemoryKeyring
):
    vault = KeyringVault(keyring_backend, "secguard-test")
    vault.add_account(new_account("楽天", "rakuten", at=AT))
    page = _page(qtbot, client)
    page.set_accounts(vault.load().accounts)
    page.picker.account_combo.setCurrentIndex(page.picker.account_combo.findText("楽天"))
    page.field.setText("a-much-longer-passphrase-than-16")
    qtbot.waitUntil(lambda: "at most 16" in page.meter_text.text(), timeout=10000)
    page.kind_pin.setChecked(True)  # the rule is for the log-in password only
    qtbot.waitUntil(lambda: "at most 16" not in page.meter_text.text(), timeout=10000)


def test_an_account_can_be_removed_and_the_removal_undone(
    qtbot, client: VaultClient, keyring_backend: MemoryKeyring
):
    vault = KeyringVault(keyring_backend, "secguard-test")
    vault.add_account(new_account("楽天", "rakuten", at=AT))
    page = _page(qtbot, client)
    changes: list[list[str]] = []
    page.accounts_changed.connect(lambda accounts: changes.append([a.label for a in accounts]))
    page.set_accounts(vault.load().accounts)
    assert not page.picker.remove_account_button.isEnabled(), "nothing to remove for 'elsewhere'"
    page.picker.account_combo.setCurrentIndex(page.picker.account_combo.findText("楽天"))
    assert page.picker.remove_account_button.isEnabled()

    page.picker.remove_account_button.click()
    qtbot.waitUntil(lambda: changes == [[]], timeout=5000)
    assert page.picker.account_combo.findText("楽天") == -1
    assert vault.load().accounts == []
    assert "not affected" in page.messages.visible_texts()["action"]

    page.picker.undo_remove_account()
    qtbot.waitUntil(lambda: changes[-1] == ["楽天"], timeout=5000)
    assert [a.label for a in vault.load().accounts] == ["楽天"]
    assert page.picker.selected_account() is not None
    assert page.picker.selected_account().broker_id == "rakuten"


def test_an_account_can_be_renamed(qtbot, client: VaultClient, keyring_backend: MemoryKeyring):
    vault = KeyringVault(keyring_backend, "secguard-test")
    vault.add_account(new_account("楽天", "rakuten", at=AT))
    page = _page(qtbot, client)
    page.set_accounts(vault.load().accounts)
    assert not page.picker.rename_account_button.isEnabled()
    page.picker.account_combo.setCurrentIndex(page.picker.account_combo.findText("楽天"))
    page.picker.rename_account_button.click()
    assert page.picker._rename_dialog is not None
    assert page.picker._rename_dialog.textValue() == "楽天"
    page.picker._rename_dialog.setTextValue("  楽天証券 NISA  ")
    page.picker._rename_dialog.accept()
    qtbot.waitUntil(lambda: page.picker.account_combo.findText("楽天証券 NISA") != -1, timeout=5000)
    assert [a.label for a in vault.load().accounts] == ["楽天証券 NISA"]
    assert page.picker.selected_account() is not None
    assert page.picker.selected_account().label == "楽天証券 NISA", "still the chosen account"

    page.picker.rename_selected_account("   ")
    assert "name" in page.messages.visible_texts()["action"]
    assert [a.label for a in vault.load().accounts] == ["楽天証券 NISA"]


SAME_EVERYWHERE = ["Rakutensec#88", "sbisec2024!", "Nomura-Tanaka7", "sakura1985", "tr0ub4dor&3"]


def test_the_page_and_the_command_line_give_the_same_strength(
    qtbot, client: VaultClient, keyring_backend: MemoryKeyring, monkeypatch, capsys
):
    import io
    import sys

    from secguard.cli import main

    vault = KeyringVault(keyring_backend, "secguard-test")
    account = vault.add_account(new_account("楽天証券", "rakuten", login_id="tanaka7", at=AT))
    monkeypatch.setenv("SECGUARD_KEYRING_SERVICE", "secguard-test")
    page = _page(qtbot, client)
    page.set_accounts([account])
    page.picker.select_account(account.id)
    for password in SAME_EVERYWHERE:
        page.strength = None
        page.field.setText(password)
        qtbot.waitUntil(lambda: page.strength is not None, timeout=10000)
        stdin = io.TextIOWrapper(io.BytesIO((password + "\n").encode()), "utf-8")
        monkeypatch.setattr(sys, "stdin", stdin)
        args = ["--lang", "en", "password", "check", "--json", "--no-breach-check"]
        code = main([*args, "--account", str(account.id)], keyring_backend=keyring_backend)
        assert code == 0
        cli = json.loads(capsys.readouterr().out)["strength"]
        assert (page.strength.score, page.strength.state.value) == (cli["score"], cli["state"]), (
            password
        )
