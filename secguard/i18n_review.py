"""English source strings of precaution 5, the "something looks wrong" playbook and the
report's next steps (issue 15).

Kept out of ``i18n.py`` so that file stays well under 600 lines; ``i18n.MESSAGES``
includes these.
"""

from __future__ import annotations

from collections.abc import Mapping

from secguard.i18n_marker import QT_TRANSLATE_NOOP

REVIEW_MESSAGES: Mapping[str, str] = {
    # step 5's state (core/review.py)
    "check.review_never": QT_TRANSLATE_NOOP(
        "Messages", "No review yet: look over your account in step 5."
    ),
    "check.review_due": QT_TRANSLATE_NOOP(
        "Messages", "Accounts due for a review: {count}. Look them over in step 5."
    ),
    "check.review_ok": QT_TRANSLATE_NOOP(
        "Messages", "Accounts reviewed on time: {count}. Nothing looked wrong."
    ),
    "check.review_incident": QT_TRANSLATE_NOOP(
        "Messages",
        "Something looked wrong and the steps for that are not finished: finish them now.",
    ),
    # how often
    "review.cadence_weekly": QT_TRANSLATE_NOOP("Messages", "Every week"),
    "review.cadence_monthly": QT_TRANSLATE_NOOP("Messages", "Every month"),
    "review.cadence_every_login": QT_TRANSLATE_NOOP("Messages", "After every log-in"),
    # the checklist
    "review.item_login_history": QT_TRANSLATE_NOOP(
        "Messages", "The log-in history shows only my devices and my times"
    ),
    "review.item_login_history_why": QT_TRANSLATE_NOOP(
        "Messages",
        "Open the log-in history (ログイン履歴) on your broker's site. A log-in at a time you "
        "were not using it, or from a device or place you do not know, means someone else "
        "may have your password.",
    ),
    "review.item_holdings": QT_TRANSLATE_NOOP(
        "Messages", "My holdings and cash are as I left them"
    ),
    "review.item_holdings_why": QT_TRANSLATE_NOOP(
        "Messages",
        "Look at what you own and how much cash is in the account. In the 2025 takeovers, "
        "thieves sold the victims' shares and bought small, unknown stocks with the money.",
    ),
    "review.item_no_unknown_trades": QT_TRANSLATE_NOOP(
        "Messages", "There are no trades, transfers or withdrawals I did not make"
    ),
    "review.item_no_unknown_trades_why": QT_TRANSLATE_NOOP(
        "Messages",
        "Check the trade history and the deposit and withdrawal history (入出金履歴), "
        "including orders that are still open.",
    ),
    "review.item_contact_details": QT_TRANSLATE_NOOP(
        "Messages",
        "My registered e-mail, phone, address and withdrawal bank account are unchanged",
    ),
    "review.item_contact_details_why": QT_TRANSLATE_NOOP(
        "Messages",
        "Thieves change the e-mail address first, so that warnings no longer reach you, and "
        "the bank account, so that withdrawals go to them.",
    ),
    "review.item_notifications": QT_TRANSLATE_NOOP(
        "Messages", "Log-in notification e-mails still arrive"
    ),
    "review.item_notifications_why": QT_TRANSLATE_NOOP(
        "Messages",
        "If you switched on log-in notifications (step 3), you should have received one for "
        "this log-in. If it did not come, check that the setting is still on.",
    ),
    # the playbook's steps
    "playbook.stop-damage": QT_TRANSLATE_NOOP("Messages", "Stop the damage now"),
    "playbook.stop-damage_why": QT_TRANSLATE_NOOP(
        "Messages",
        "Call your broker at once, or lock the account yourself where the broker allows it, "
        "so that nobody can log in, trade or withdraw money while you sort things out.",
    ),
    "playbook.change-passwords": QT_TRANSLATE_NOOP(
        "Messages", "Change the password and the trading PIN"
    ),
    "playbook.change-passwords_why": QT_TRANSLATE_NOOP(
        "Messages",
        "Open your broker from your own bookmark, never from a link in a message, and change "
        "the log-in password and the trading PIN. Then change every other account that uses "
        "the same password.",
    ),
    "playbook.turn-on-mfa": QT_TRANSLATE_NOOP("Messages", "Turn on multi-factor authentication"),
    "playbook.turn-on-mfa_why": QT_TRANSLATE_NOOP(
        "Messages",
        "With a second factor, a stolen password alone is not enough to log in. Choose the "
        "strongest method your broker offers.",
    ),
    "playbook.keep-evidence": QT_TRANSLATE_NOOP("Messages", "Keep the evidence"),
    "playbook.keep-evidence_why": QT_TRANSLATE_NOOP(
        "Messages",
        "Your broker and the police will ask what happened and when. Do not delete anything "
        "yet, even the phishing message.",
    ),
    "playbook.get-help": QT_TRANSLATE_NOOP("Messages", "Report it and get help"),
    "playbook.get-help_why": QT_TRANSLATE_NOOP(
        "Messages",
        "These public desks listen and tell you what to do next. Each one is for something "
        "different.",
    ),
    "playbook.evidence_screenshots": QT_TRANSLATE_NOOP(
        "Messages",
        "Screenshots of the trades, withdrawals, log-in history and changed settings you did "
        "not make",
    ),
    "playbook.evidence_messages": QT_TRANSLATE_NOOP(
        "Messages",
        "The suspicious e-mail or SMS itself (do not open its link), and the address of any "
        "fake site you entered your details into",
    ),
    "playbook.evidence_times": QT_TRANSLATE_NOOP(
        "Messages", "When you noticed, and when you last logged in yourself"
    ),
    "playbook.evidence_calls": QT_TRANSLATE_NOOP(
        "Messages", "Whom you called, when, and what they told you (a reference number, say)"
    ),
    "report.not_saved": QT_TRANSLATE_NOOP(
        "Messages", "The report could not be saved as {path}. Choose another folder."
    ),
    "report.pdf_to_terminal": QT_TRANSLATE_NOOP(
        "Messages", "A PDF cannot be shown in a terminal: give a file name with -o."
    ),
    # the report's next step for each precaution (core/report.py)
    "next.ok": QT_TRANSLATE_NOOP("Messages", "Nothing to do now."),
    "next.no_links": QT_TRANSLATE_NOOP(
        "Messages", "Open step 1 and promise to log in only from your own bookmarks."
    ),
    "next.bookmarks": QT_TRANSLATE_NOOP(
        "Messages",
        "Open step 2: add a bookmark for each broker and scan your browsers' bookmarks.",
    ),
    "next.mfa": QT_TRANSLATE_NOOP(
        "Messages",
        "Open step 3 and answer the questions; switch on the strongest log-in protection "
        "your broker offers.",
    ),
    "next.passwords": QT_TRANSLATE_NOOP(
        "Messages", "Open step 4, check each account's password and change any weak or reused one."
    ),
    "next.review": QT_TRANSLATE_NOOP(
        "Messages", "Open step 5 and look over each account with its checklist."
    ),
    "next.review_incident": QT_TRANSLATE_NOOP(
        "Messages",
        "Open “Something looks wrong” and finish its steps; call your broker first.",
    ),
    "next.updates": QT_TRANSLATE_NOOP(
        "Messages", "Open step 6 and install the waiting updates, or move to a supported system."
    ),
    "next.anti_malware": QT_TRANSLATE_NOOP(
        "Messages", "Open step 7 and switch on anti-malware protection or bring it up to date."
    ),
}
