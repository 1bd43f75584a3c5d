"""Japanese and English through Qt's own translation system.

English is the source language; ``resources/translations/secguard_ja.ts``
holds the Japanese and is compiled to ``.qm`` at set-up time.  core/ returns
message ids; this module maps them to source strings (marked for lupdate
with ``QT_TRANSLATE_NOOP``) and renders them in the chosen language.  The
GUI installs the translators on the application; the CLI keeps its own
``Texts`` object so that nothing global changes when it runs.
"""

from __future__ import annotations

import enum
import string
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from secguard import qt_imports  # noqa: F401 - first: see its docstring
from secguard.core.checklist import CHECK_FAILED, NOT_CHECKED_YET, CheckState, PrecautionId
from secguard.i18n_evidence import EVIDENCE_MESSAGES
from secguard.i18n_mail import MAIL_MESSAGES
from secguard.i18n_marker import QT_TRANSLATE_NOOP
from secguard.i18n_mfa import MFA_MESSAGES
from secguard.i18n_passwords import PASSWORD_MESSAGES
from secguard.i18n_review import REVIEW_MESSAGES
from secguard.i18n_system import SYSTEM_MESSAGES
from secguard.resources import translations_dir

TranslateFunction = Callable[[str, str], str]


class Language(enum.StrEnum):
    JAPANESE = "ja"
    ENGLISH = "en"

    @property
    def native_name(self) -> str:
        # Each language is named in itself, as every language menu does.
        return {"ja": "日本語", "en": "English"}[self.value]


def system_language() -> Language:
    """Japanese when the OS locale is Japanese, English otherwise."""
    # By name ("ja_JP"), not QLocale.Language: PySide6 would build that
    # enum of several hundred members at start-up just for this comparison.
    if QLocale.system().name().split("_")[0] == "ja":
        return Language.JAPANESE
    return Language.ENGLISH


def load_translators(language: Language) -> list[QTranslator]:
    """The translators for ``language``: secguard's own, Qt's (file dialogs, standard
    buttons) and ours for the Qt words Qt's catalogue lacks (``qt_gaps_ja.ts``).

    English needs none.  A missing ``.qm`` of ours raises: a Japanese user must
    never silently get an English window because the set-up step did not run.
    """
    if language is Language.ENGLISH:
        return []
    translators = [_own_translator(f"secguard_{language.value}.qm")]
    qt_base = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language.value}", qt_dir):
        translators.append(qt_base)
    translators.append(_own_translator(f"qt_gaps_{language.value}.qm"))
    return translators


def _own_translator(file_name: str) -> QTranslator:
    translator = QTranslator()
    qm = translations_dir() / file_name
    if not translator.load(str(qm)):
        raise FileNotFoundError(f"translation file missing or unreadable: {qm}")
    return translator


MESSAGES: Mapping[str, str] = {
    NOT_CHECKED_YET: QT_TRANSLATE_NOOP("Messages", "Not checked yet"),
    CHECK_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "The check could not finish, so the state is unknown"
    ),
    # precautions 1 and 2
    "check.links_promised": QT_TRANSLATE_NOOP(
        "Messages", "You log in only from your own bookmarks, never from a link in a message."
    ),
    "check.bookmarks_ok": QT_TRANSLATE_NOOP(
        "Messages",
        "Broker bookmarks: {count}, and no browser bookmark imitates a broker.",
    ),
    "check.bookmarks_none": QT_TRANSLATE_NOOP(
        "Messages", "Add a bookmark for your broker's official site in step 2."
    ),
    "check.bookmarks_not_scanned": QT_TRANSLATE_NOOP(
        "Messages", "Scan your browsers' bookmarks for imitations in step 2."
    ),
    "check.bookmarks_browser_lookalikes": QT_TRANSLATE_NOOP(
        "Messages",
        "Browser bookmarks that lead to imitations of a broker: {count}. Delete them now.",
    ),
    "check.bookmarks_browser_suspicious": QT_TRANSLATE_NOOP(
        "Messages", "Suspicious browser bookmarks: {count}. Check them in step 2."
    ),
    "check.bookmarks_loading": QT_TRANSLATE_NOOP(
        "Messages", "Reading your bookmarks from the system keyring…"
    ),
    "check.bookmarks_storage": QT_TRANSLATE_NOOP(
        "Messages", "Your bookmarks cannot be read while the system keyring is unavailable."
    ),
    "check.passwords_ok": QT_TRANSLATE_NOOP(
        "Messages",
        "Accounts checked: {checked}. Their passwords are strong, not breached and not reused.",
    ),
    "check.passwords_attention": QT_TRANSLATE_NOOP(
        "Messages", "A password is only fair, or was not checked for breaches: see step 4."
    ),
    "check.passwords_risk": QT_TRANSLATE_NOOP(
        "Messages", "A password is weak, breached or reused: change it now (step 4)."
    ),
    "browser.profile_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "A browser profile's bookmarks could not be read."
    ),
    # storage states
    "storage.error": QT_TRANSLATE_NOOP(
        "Messages", "The system keyring reported a problem. Nothing was lost."
    ),
    "storage.available": QT_TRANSLATE_NOOP(
        "Messages", "Your bookmarks and accounts are kept in the system keyring."
    ),
    "storage.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "The system keyring is locked, so secguard cannot read or save your bookmarks. "
        "Unlock it (log in again, or open your keyring app) and try again. Nothing was lost.",
    ),
    "storage.unavailable": QT_TRANSLATE_NOOP(
        "Messages",
        "The system keyring cannot be used ({detail}). secguard will not store anything "
        "anywhere else. Nothing was lost.",
    ),
    "storage.no_backend": QT_TRANSLATE_NOOP(
        "Messages",
        "No system keyring was found, so secguard cannot store bookmarks. On Linux, install "
        "and start GNOME Keyring or KWallet. secguard never stores them unprotected instead.",
    ),
    "storage.plaintext_backend": QT_TRANSLATE_NOOP(
        "Messages",
        "The only keyring available stores data unencrypted in a file, so secguard will not "
        "use it. Start your desktop's keyring (GNOME Keyring or KWallet) and try again.",
    ),
    "storage.slow": QT_TRANSLATE_NOOP(
        "Messages",
        "The system keyring did not answer within {seconds} seconds. It may be waiting for "
        "you to unlock it in another window. Nothing was lost.",
    ),
    "storage.record_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "This entry is too large for the system keyring ({size} of {limit} bytes). "
        "Shorten the address or the name. Nothing was saved.",
    ),
    "storage.not_found": QT_TRANSLATE_NOOP("Messages", "There is no entry with id {id}."),
    "storage.index_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The list of your stored entries is damaged. secguard will not write until it is "
        "rebuilt (the Repair button in the window, or `secguard bookmarks repair`); your "
        "entries themselves are kept.",
    ),
    "storage.record_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "A stored entry cannot be read; it was set aside and kept, not deleted."
    ),
    "storage.record_missing": QT_TRANSLATE_NOOP(
        "Messages", "A listed entry is missing from the keyring."
    ),
    # bookmarks
    "bookmark.invalid": QT_TRANSLATE_NOOP("Messages", "This bookmark cannot be used."),
    "bookmark.fake": QT_TRANSLATE_NOOP(
        "Messages", "This address is judged fake or suspicious: it cannot be saved as a bookmark."
    ),
    "bookmark.fake_of_broker": QT_TRANSLATE_NOOP(
        "Messages",
        "This address imitates {broker}: it cannot be saved as a bookmark. Add the real "
        "{broker} site instead.",
    ),
    "bookmark.file_invalid": QT_TRANSLATE_NOOP("Messages", "This file cannot be imported."),
    "bookmark.file_has_fakes": QT_TRANSLATE_NOOP(
        "Messages",
        "This file holds addresses judged fake or suspicious, so nothing was imported. "
        "Remove them from the file, or add the brokers' real sites instead.",
    ),
    "bookmark.unknown_site_saved": QT_TRANSLATE_NOOP(
        "Messages",
        "This is not a broker site secguard knows; it is saved and marked so. Check the "
        "address letter by letter against your broker's letters before you use it.",
    ),
    "bookmark.url_empty": QT_TRANSLATE_NOOP("Messages", "Please enter an address."),
    "bookmark.url_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The address is longer than {limit} characters."
    ),
    "bookmark.url_control_characters": QT_TRANSLATE_NOOP(
        "Messages", "The address contains hidden control characters."
    ),
    "bookmark.url_malformed": QT_TRANSLATE_NOOP("Messages", "This is not a valid web address."),
    "bookmark.url_not_https": QT_TRANSLATE_NOOP(
        "Messages",
        "Only secure addresses starting with https:// can be bookmarked (this one is {scheme}).",
    ),
    "bookmark.url_has_credentials": QT_TRANSLATE_NOOP(
        "Messages",
        "The address contains an @ before the site name, a trick used to disguise where a "
        "link really goes.",
    ),
    "bookmark.url_no_host": QT_TRANSLATE_NOOP("Messages", "The address has no site name."),
    "bookmark.url_bad_host": QT_TRANSLATE_NOOP(
        "Messages", "The site name in the address is not valid."
    ),
    "bookmark.label_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The name is longer than {limit} characters."
    ),
    "bookmark.label_control_characters": QT_TRANSLATE_NOOP(
        "Messages", "The name contains hidden control characters."
    ),
    "bookmark.entry_malformed": QT_TRANSLATE_NOOP(
        "Messages", 'This entry is not a bookmark (it needs a text "url").'
    ),
    "bookmark.file_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The file is larger than {limit} KB, too large for a bookmark export."
    ),
    "bookmark.file_not_json": QT_TRANSLATE_NOOP(
        "Messages", "The file is not a secguard bookmark export (it is not JSON text)."
    ),
    "bookmark.file_wrong_format": QT_TRANSLATE_NOOP(
        "Messages", "The file is not a secguard bookmark export."
    ),
    "bookmark.file_wrong_version": QT_TRANSLATE_NOOP(
        "Messages", "The file was exported by a different secguard version ({version})."
    ),
    "bookmark.file_has_errors": QT_TRANSLATE_NOOP(
        "Messages", "Nothing was imported. Entries with problems: {count}."
    ),
    "bookmark.file_unreadable": QT_TRANSLATE_NOOP("Messages", "The file cannot be read."),
    "bookmark.file_unwritable": QT_TRANSLATE_NOOP("Messages", "The file cannot be written."),
    # accounts
    "account.invalid": QT_TRANSLATE_NOOP("Messages", "This account cannot be kept."),
    "account.label_empty": QT_TRANSLATE_NOOP("Messages", "Please enter a name for the account."),
    "account.label_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The account name is longer than {limit} characters."
    ),
    "account.login_id_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The log-in ID is longer than {limit} characters."
    ),
    # storage hardening (issue 9): several writers, large imports, hostile data
    "storage.untrusted_backend": QT_TRANSLATE_NOOP(
        "Messages",
        "The keyring in use ({backend}) is not one that secguard knows to encrypt what it "
        "stores, so secguard will not use it. Start your desktop's keyring (GNOME Keyring or "
        "KWallet) and try again. Nothing was stored anywhere else.",
    ),
    "storage.busy": QT_TRANSLATE_NOOP(
        "Messages",
        "Another secguard window or command has been saving to the keyring for more than "
        "{seconds} seconds. Try again when it has finished. Nothing was lost.",
    ),
    "storage.lock_unavailable": QT_TRANSLATE_NOOP(
        "Messages",
        "secguard cannot create its lock file ({path}), so it does not save anything: another "
        "secguard could be saving at the same moment. Nothing was lost.",
    ),
    "storage.import_stopped": QT_TRANSLATE_NOOP(
        "Messages",
        "The import stopped after {done} of {total} bookmarks; those are stored. Import the "
        "same file again to add the rest: bookmarks already stored are not added twice.",
    ),
    "bookmark.broker_id_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The broker id is not valid (it may hold only lower-case letters, digits and hyphens).",
    ),
    "bookmark.file_not_regular": QT_TRANSLATE_NOOP(
        "Messages",
        "This is not an ordinary file (it is a folder, a device or a pipe). Choose a file.",
    ),
    "password.not_utf8": QT_TRANSLATE_NOOP(
        "Messages", "The password on standard input is not UTF-8 text. Nothing was checked."
    ),
    # link verdict reasons ({broker} is shown as the broker's name)
    "link.official": QT_TRANSLATE_NOOP(
        "Messages", "This is the official site of {broker} ({domain})."
    ),
    "link.bookmarked": QT_TRANSLATE_NOOP("Messages", "This is your own bookmark “{label}”."),
    "link.http_not_encrypted": QT_TRANSLATE_NOOP(
        "Messages", "The link starts with http://, so the connection would not be encrypted."
    ),
    "link.unusual_scheme": QT_TRANSLATE_NOOP(
        "Messages", "The link uses {scheme}:// instead of https://."
    ),
    "link.userinfo": QT_TRANSLATE_NOOP(
        "Messages",
        "The address hides its real destination behind an @: it really leads to {host}.",
    ),
    "link.unusual_port": QT_TRANSLATE_NOOP("Messages", "The link uses an unusual port ({port})."),
    "link.lookalike_embedded": QT_TRANSLATE_NOOP(
        "Messages",
        "The address hides the address of {broker} ({domain}) inside another site's "
        "address ({registrable}).",
    ),
    "link.lookalike_name": QT_TRANSLATE_NOOP(
        "Messages",
        "The site name uses the name of {broker} (“{token}”), but the real site of "
        "{broker} is {domain}.",
    ),
    "link.lookalike_suffix": QT_TRANSLATE_NOOP(
        "Messages",
        "Same name as the site of {broker}, but ending in .{suffix} instead of .{official_suffix}.",
    ),
    "link.lookalike_typo": QT_TRANSLATE_NOOP(
        "Messages",
        "“{label}” is spelled almost like “{official}” of {broker}: a letter is changed, "
        "added, swapped or missing.",
    ),
    "link.lookalike_letters": QT_TRANSLATE_NOOP(
        "Messages",
        "“{label}” reads as “{official}” of {broker} at a glance: letters that look alike are "
        "written in its place (rn for m, cl for d, 1 for l).",
    ),
    "link.lookalike_homoglyph": QT_TRANSLATE_NOOP(
        "Messages",
        "The site name uses look-alike characters ({scripts}) to imitate the name of {broker}.",
    ),
    "link.lookalike_disguised": QT_TRANSLATE_NOOP(
        "Messages",
        "The link is written with special characters that imitate the address of {broker}.",
    ),
    "link.lookalike_path": QT_TRANSLATE_NOOP(
        "Messages",
        "The link uses the log-in path of {broker} (“{marker}”) on a site that does not "
        "belong to {broker}.",
    ),
    "link.lookalike_login_name": QT_TRANSLATE_NOOP(
        "Messages",
        "The site name contains “{marker}”, a word of the log-in address of {broker}, but the "
        "site does not belong to {broker}.",
    ),
    "link.japan_path": QT_TRANSLATE_NOOP(
        "Messages",
        "The link leads to “{path}” on a site outside Japan: fake log-in pages for Japanese "
        "brokers are often put there on hijacked sites.",
    ),
    "link.address_words": QT_TRANSLATE_NOOP(
        "Messages",
        "Part of the address (“{words}”) is made of words fake log-in pages use to look official.",
    ),
    "link.lookalike_context": QT_TRANSLATE_NOOP(
        "Messages",
        "The message names {broker}, but this link does not go to the site of {broker} ({domain}).",
    ),
    "link.brand_caution": QT_TRANSLATE_NOOP(
        "Messages",
        "The address contains the name “{token}”, but it is not the site of {broker} "
        "({domain}). Log in to {broker} only from your bookmark.",
    ),
    "link.group": QT_TRANSLATE_NOOP(
        "Messages",
        "This site belongs to {group}. It is not the trading site of {broker}: log in to "
        "{broker} only from your bookmark.",
    ),
    "link.ip_address": QT_TRANSLATE_NOOP(
        "Messages", "The link goes to a bare number (an IP address) instead of a site name."
    ),
    "link.shortener": QT_TRANSLATE_NOOP(
        "Messages", "A link shortener ({host}) hides where this link really goes."
    ),
    "link.user_content": QT_TRANSLATE_NOOP(
        "Messages", "Anyone can create a page on {host} (forms, documents, sites)."
    ),
    "link.platform": QT_TRANSLATE_NOOP(
        "Messages",
        "Anyone can publish a site under {platform}; brokers do not put their log-in pages there.",
    ),
    "link.unknown_tld": QT_TRANSLATE_NOOP(
        "Messages", "The address does not end in a real top-level domain."
    ),
    "link.risky_tld": QT_TRANSLATE_NOOP(
        "Messages", "Addresses ending in .{tld} are often used for fraud."
    ),
    "link.idn": QT_TRANSLATE_NOOP(
        "Messages",
        "The site name is written in non-Latin letters ({scripts}) that can imitate other names.",
    ),
    "link.mixed_script": QT_TRANSLATE_NOOP(
        "Messages", "The site name mixes alphabets ({scripts}), a trick to imitate other names."
    ),
    "link.numeric_label": QT_TRANSLATE_NOOP("Messages", "The site name is only numbers."),
    "link.random_label": QT_TRANSLATE_NOOP(
        "Messages", "The site name “{label}” looks randomly generated."
    ),
    "link.random_path": QT_TRANSLATE_NOOP(
        "Messages",
        "The page name “{code}” looks randomly generated, like the links fake sites send "
        "out one message at a time.",
    ),
    "link.many_subdomains": QT_TRANSLATE_NOOP(
        "Messages", "The address has an unusually long chain of names ({count} levels)."
    ),
    "link.many_hyphens": QT_TRANSLATE_NOOP(
        "Messages", "The site name has many hyphens, common in fake sites."
    ),
    "link.login_words": QT_TRANSLATE_NOOP(
        "Messages", "The site name contains “{word}”, a word fake log-in pages use."
    ),
    "link.disguised_characters": QT_TRANSLATE_NOOP(
        "Messages", "The link is written with special characters that imitate ordinary letters."
    ),
    "link.message_lure": QT_TRANSLATE_NOOP(
        "Messages",
        "The message urges you to log in or confirm something. A broker's real messages never "
        "need you to do that through a link.",
    ),
    "link.malformed": QT_TRANSLATE_NOOP("Messages", "The address is malformed."),
    "link.unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "secguard does not know this site and cannot vouch for it. It is not a broker's "
        "log-in site.",
    ),
    "link.truncated": QT_TRANSLATE_NOOP(
        "Messages",
        "The text was too long: only the first {chars} characters and {links} links were checked.",
    ),
    # link verdict reasons: the host a browser would open (issue 9)
    "link.read_as": QT_TRANSLATE_NOOP(
        "Messages", "A browser may read this address with the text beside it and open {host}."
    ),
    "link.hidden_characters": QT_TRANSLATE_NOOP(
        "Messages",
        "The address contains hidden characters that cannot be seen. Real links never "
        "need them: this is a sign of a fake.",
    ),
    "link.host_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The address is longer than any real site's address can be."
    ),
    "directory.invalid_entry": QT_TRANSLATE_NOOP(
        "Messages", "The broker directory has an invalid entry ({where}: {problem})."
    ),
    "directory.unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The broker directory {path} cannot be read."
    ),
    "directory.invalid": QT_TRANSLATE_NOOP("Messages", "The broker directory is invalid."),
    # password strength, breach check, password rules: secguard/i18n_passwords.py
    **PASSWORD_MESSAGES,
    # a saved e-mail and a QR code in a picture (issue 16): secguard/i18n_mail.py
    **MAIL_MESSAGES,
    # precautions 6 and 7 (issue 14): their own module, to keep this file short
    **SYSTEM_MESSAGES,
    # pages 6 and 7: what each probe read, a run in progress (secguard/i18n_evidence.py)
    **EVIDENCE_MESSAGES,
    # precaution 3: MFA answers, broker guidance and the TOTP assistant (secguard/i18n_mfa.py)
    **MFA_MESSAGES,
    # brokerage presets (issue 17): a branded bundle whose own preset is damaged
    "preset.invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "This copy of secguard is damaged: the settings its brokerage built into it cannot "
        "be read. Please reinstall it from your brokerage's website.",
    ),
    # precaution 5, the "something looks wrong" playbook, the report (secguard/i18n_review.py)
    **REVIEW_MESSAGES,
}

VERDICT_LABELS: Mapping[str, str] = {
    "official": QT_TRANSLATE_NOOP("Verdicts", "Official site"),
    "bookmarked": QT_TRANSLATE_NOOP("Verdicts", "Your bookmark"),
    "lookalike": QT_TRANSLATE_NOOP("Verdicts", "Fake: imitates a broker"),
    "suspicious": QT_TRANSLATE_NOOP("Verdicts", "Suspicious"),
    "unknown": QT_TRANSLATE_NOOP("Verdicts", "Unknown"),
}

PRECAUTION_TITLES: Mapping[PrecautionId, str] = {
    PrecautionId.NO_LINKS: QT_TRANSLATE_NOOP("Precautions", "Don't open links in e-mail or SMS"),
    PrecautionId.BOOKMARKS: QT_TRANSLATE_NOOP("Precautions", "Open your broker from a bookmark"),
    PrecautionId.MFA: QT_TRANSLATE_NOOP(
        "Precautions", "Turn on multi-factor authentication and log-in notifications"
    ),
    PrecautionId.PASSWORDS: QT_TRANSLATE_NOOP("Precautions", "No reused or simple passwords"),
    PrecautionId.ACCOUNT_REVIEW: QT_TRANSLATE_NOOP(
        "Precautions", "Check your account often; call your broker if anything is wrong"
    ),
    PrecautionId.UPDATES: QT_TRANSLATE_NOOP("Precautions", "Keep your OS and software updated"),
    PrecautionId.ANTI_MALWARE: QT_TRANSLATE_NOOP("Precautions", "Use anti-malware software"),
}

# Short names for the sidebar, where the full titles would wrap.
PRECAUTION_SHORT_TITLES: Mapping[PrecautionId, str] = {
    # Short enough for the sidebar at 150 % text on an 800-pixel-wide screen.
    PrecautionId.NO_LINKS: QT_TRANSLATE_NOOP("Precautions", "Links in messages"),
    PrecautionId.BOOKMARKS: QT_TRANSLATE_NOOP("Precautions", "Bookmarks"),
    PrecautionId.MFA: QT_TRANSLATE_NOOP("Precautions", "Two-step log-in"),
    PrecautionId.PASSWORDS: QT_TRANSLATE_NOOP("Precautions", "Passwords"),
    PrecautionId.ACCOUNT_REVIEW: QT_TRANSLATE_NOOP("Precautions", "Account review"),
    PrecautionId.UPDATES: QT_TRANSLATE_NOOP("Precautions", "Updates"),
    PrecautionId.ANTI_MALWARE: QT_TRANSLATE_NOOP("Precautions", "Anti-malware"),
}

STATE_LABELS: Mapping[CheckState, str] = {
    CheckState.OK: QT_TRANSLATE_NOOP("States", "OK"),
    CheckState.ATTENTION: QT_TRANSLATE_NOOP("States", "Attention"),
    CheckState.RISK: QT_TRANSLATE_NOOP("States", "Risk"),
    CheckState.UNKNOWN: QT_TRANSLATE_NOOP("States", "Unknown"),
}
# An unknown state because the person has not done the step yet (not a probe's "unknown").
NOT_CHECKED_LABEL = QT_TRANSLATE_NOOP("States", "Not checked")


def placeholders(text: str) -> set[str]:
    """The ``{name}`` fields in a message (used to check translations keep them)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


class Texts:
    """Translated text for one language, without touching global state.

    The GUI uses ``QCoreApplication.translate`` after installing translators;
    the CLI and tests use a ``Texts`` so that two languages can coexist.
    """

    def __init__(self, language: Language, translators: list[QTranslator] | None = None) -> None:
        self.language = language
        self._translators = load_translators(language) if translators is None else translators

    def translate(self, context: str, source: str) -> str:
        for translator in self._translators:
            translated = translator.translate(context, source)
            if translated:
                return translated
        return source

    def message(self, message_id: str, params: Mapping[str, str] | None = None) -> str:
        """The message in this language; a broker id in ``{broker}`` is shown as its name."""
        return render_message(
            message_id, broker_params(params, self.language.value), self.translate
        )

    def precaution_title(self, precaution_id: PrecautionId) -> str:
        return self.translate("Precautions", PRECAUTION_TITLES[precaution_id])

    def state_label(self, state: CheckState) -> str:
        return self.translate("States", STATE_LABELS[state])

    def verdict_label(self, verdict: str) -> str:
        return self.translate("Verdicts", VERDICT_LABELS[verdict])

    def reason(self, message_id: str, params: Mapping[str, str] | None) -> str:
        return self.message(message_id, params)


def app_translate(context: str, source: str) -> str:
    """Translate through the translators installed on the running application."""
    return QCoreApplication.translate(context, source)


def broker_params(params: Mapping[str, str] | None, language: str) -> dict[str, str]:
    """``params`` with ``{broker}`` (an id) and its ``{group}`` (a domain) named in ``language``."""
    shown = dict(params or {})
    if "broker" in shown:
        from secguard.resources import broker_directory

        broker = broker_directory().get(shown["broker"])
        if broker is not None:
            shown["broker"] = broker.name(language)
            if "group" in shown:
                shown["group"] = broker.group_name(shown["group"], language) or shown["group"]
    return shown


def render_message(
    message_id: str,
    params: Mapping[str, str] | None,
    translate: TranslateFunction = app_translate,
) -> str:
    """The text for a core message id in the current language.

    An id the catalog does not know is shown as the id itself rather than
    crashing: a newer core with an older catalog still says something.
    """
    source = MESSAGES.get(message_id)
    if source is None:
        return message_id
    text = translate("Messages", source)
    try:
        return text.format_map(dict(params or {}))
    except (KeyError, IndexError, ValueError):
        return text
