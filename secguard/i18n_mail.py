"""English source strings of a saved e-mail's verdict and of a QR code in a picture
(issue 16).

Kept out of ``i18n.py`` so that file stays well under 600 lines; ``i18n.MESSAGES``
includes these.
"""

from __future__ import annotations

from collections.abc import Mapping

from secguard.i18n_marker import QT_TRANSLATE_NOOP

MAIL_MESSAGES: Mapping[str, str] = {
    # a file that cannot be judged
    "mail.too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "The file is larger than {megabytes} MB, more than any e-mail. Nothing was checked.",
    ),
    "mail.not_email": QT_TRANSLATE_NOOP(
        "Messages",
        "This file is not a saved e-mail (.eml). Save the e-mail from your mail program and "
        "try again.",
    ),
    "mail.unreadable": QT_TRANSLATE_NOOP("Messages", "The file {name} cannot be read."),
    "mail.malformed": QT_TRANSLATE_NOOP(
        "Messages",
        "Parts of this e-mail are damaged or written against the rules; secguard checked what "
        "it could read.",
    ),
    # the sender's verdict
    "mail.sender.official": QT_TRANSLATE_NOOP(
        "Messages", "Sender: verified as the broker's own address"
    ),
    "mail.sender.lookalike": QT_TRANSLATE_NOOP("Messages", "Sender: fake, pretends to be a broker"),
    "mail.sender.suspicious": QT_TRANSLATE_NOOP("Messages", "Sender: suspicious"),
    "mail.sender.unknown": QT_TRANSLATE_NOOP("Messages", "Sender: not verified"),
    "mail.sender_verified": QT_TRANSLATE_NOOP(
        "Messages",
        "The sender's address is at {domain}, the address of {broker}, and your mail provider "
        "confirmed that it really came from there ({method}: pass).",
    ),
    "mail.sender_unverified": QT_TRANSLATE_NOOP(
        "Messages",
        "The sender's address is at {domain}, the address of {broker}, but nothing confirms "
        "that it really came from there. A sender's address is easy to forge.",
    ),
    "mail.auth_failed_broker": QT_TRANSLATE_NOOP(
        "Messages",
        "Your mail provider checked the sender and the check failed ({method}: {result}): this "
        "e-mail did not come from {broker} ({domain}). It only pretends to.",
    ),
    "mail.auth_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Your mail provider checked the sender and the check failed ({method}: {result}): "
        "the sender's address at {domain} is probably forged.",
    ),
    "mail.name_names_broker": QT_TRANSLATE_NOOP(
        "Messages",
        "The sender's name says “{name}”, but the address {address} does not belong to {broker}.",
    ),
    "mail.from_lookalike": QT_TRANSLATE_NOOP(
        "Messages", "The sender's address at {domain} imitates the address of {broker}."
    ),
    "mail.sender_not_broker": QT_TRANSLATE_NOOP(
        "Messages", "The sender's address is at {domain}, which is not a broker's address."
    ),
    "mail.reply_to_differs": QT_TRANSLATE_NOOP(
        "Messages", "A reply would go to {domain}, not to the sender's {from_domain}."
    ),
    "mail.return_path_differs": QT_TRANSLATE_NOOP(
        "Messages",
        "Undeliverable mail goes back to {domain}, not to the sender's {from_domain}.",
    ),
    "mail.several_senders": QT_TRANSLATE_NOOP(
        "Messages",
        "The e-mail names more than one sender (also {domain}): a mail program shows only one, "
        "a way to slip past the checks.",
    ),
    "mail.no_sender": QT_TRANSLATE_NOOP("Messages", "The e-mail has no readable sender address."),
    "mail.trust_note": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the topmost Authentication-Results header is trusted: the one your own mail "
        "provider added. Anything below it could have been written by the sender.",
    ),
    "mail.no_authentication": QT_TRANSLATE_NOOP(
        "Messages",
        "This e-mail carries no check by your mail provider (no Authentication-Results header).",
    ),
    "mail.authentication": QT_TRANSLATE_NOOP(
        "Messages", "Your mail provider's checks: SPF {spf}, DKIM {dkim}, DMARC {dmarc}."
    ),
    "mail.result_missing": QT_TRANSLATE_NOOP("Messages", "not checked"),
    # a link in the HTML part
    "mail.link_text_differs": QT_TRANSLATE_NOOP(
        "Messages", "The link's words show {shown}, but it really goes to {host}."
    ),
    "mail.no_links": QT_TRANSLATE_NOOP("Messages", "The e-mail contains no link."),
    # a QR code in a picture
    "qr.none_found": QT_TRANSLATE_NOOP("Messages", "No QR code found in the picture."),
    "qr.unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "The picture cannot be read: it is not an image file secguard can open, or it is "
        "too large.",
    ),
    "qr.found": QT_TRANSLATE_NOOP("Messages", "QR codes found in the picture: {count}."),
    "qr.setup_key": QT_TRANSLATE_NOOP(
        "Messages",
        "A QR code holds an authenticator set-up key, not a link. It is secret: use it only "
        "in your authenticator app (step 3), and never show it to anyone.",
    ),
    "qr.no_link": QT_TRANSLATE_NOOP("Messages", "The QR code holds no link, only text: “{text}”."),
}
