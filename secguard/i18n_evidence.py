"""English source strings of pages 6 and 7: what each probe read, a run in progress or failed.

``core/system/evidence.py`` returns these ids; ``i18n.MESSAGES`` includes them.
"""

from __future__ import annotations

from collections.abc import Mapping

from secguard.i18n_marker import QT_TRANSLATE_NOOP

EVIDENCE_MESSAGES: Mapping[str, str] = {
    # a probe run
    "system.checking": QT_TRANSLATE_NOOP("Messages", "Checking this computer…"),
    "system.probe_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The check of this computer could not finish, so secguard cannot tell. Try again; "
        "if it keeps failing, support can help.",
    ),
    # the operating system and its support dates
    "evidence.os_read": QT_TRANSLATE_NOOP("Messages", "Read from this computer: {name}."),
    "evidence.os_read_build": QT_TRANSLATE_NOOP(
        "Messages", "Read from this computer: {name} {version} (build {build})."
    ),
    "evidence.support_until": QT_TRANSLATE_NOOP("Messages", "Supported until {end}."),
    "evidence.support_until_extended": QT_TRANSLATE_NOOP(
        "Messages", "Supported until {end}; extended support until {extended_end}."
    ),
    "evidence.support_extended_now": QT_TRANSLATE_NOOP(
        "Messages", "Regular support ended on {end}; extended support runs until {extended_end}."
    ),
    "evidence.support_ended": QT_TRANSLATE_NOOP("Messages", "Support ended on {end}."),
    "evidence.support_no_end": QT_TRANSLATE_NOOP(
        "Messages", "No end of support has been announced."
    ),
    "evidence.support_source": QT_TRANSLATE_NOOP(
        "Messages",
        "Where these dates come from: {source}, checked on {checked} ({days} days before "
        "this check).",
    ),
    "evidence.support_data_date": QT_TRANSLATE_NOOP(
        "Messages", "secguard's data was checked on {checked} ({days} days before this check)."
    ),
    # updates and restarts
    "evidence.read_with": QT_TRANSLATE_NOOP(
        "Messages", "Read with {source}, which only looks: nothing was installed."
    ),
    "evidence.updates_examples": QT_TRANSLATE_NOOP("Messages", "Among them: {names}."),
    "evidence.updates_examples_more": QT_TRANSLATE_NOOP(
        "Messages", "Among them: {names} and {more} more."
    ),
    "evidence.update_restarts": QT_TRANSLATE_NOOP(
        "Messages", "At least one of them restarts the computer when it is installed."
    ),
    "evidence.last_installed": QT_TRANSLATE_NOOP(
        "Messages", "The last update was installed on {date}."
    ),
    "evidence.lists_refreshed": QT_TRANSLATE_NOOP(
        "Messages", "The list of updates was last refreshed on {date}."
    ),
    "evidence.reboot_packages": QT_TRANSLATE_NOOP("Messages", "Asking for the restart: {names}."),
    "evidence.reboot_packages_more": QT_TRANSLATE_NOOP(
        "Messages", "Asking for the restart: {names} and {more} more."
    ),
    # anti-malware
    "evidence.av_security_center": QT_TRANSLATE_NOOP(
        "Messages", "Reported by Windows Security: {product}."
    ),
    "evidence.av_definitions_current": QT_TRANSLATE_NOOP(
        "Messages", "Windows Security reports its virus definitions as up to date."
    ),
    "evidence.av_definitions_outdated": QT_TRANSLATE_NOOP(
        "Messages", "Windows Security reports its virus definitions as out of date."
    ),
    "evidence.realtime_on": QT_TRANSLATE_NOOP("Messages", "Real-time protection of {product}: on."),
    "evidence.realtime_off": QT_TRANSLATE_NOOP(
        "Messages", "Real-time protection of {product}: off."
    ),
    "evidence.signature_age": QT_TRANSLATE_NOOP(
        "Messages", "Age of the virus definitions: {days} days."
    ),
    "evidence.running_mode": QT_TRANSLATE_NOOP("Messages", "Mode reported by Windows: {mode}."),
    "evidence.clamav_engine": QT_TRANSLATE_NOOP("Messages", "ClamAV version {engine}."),
    "evidence.definitions_age": QT_TRANSLATE_NOOP(
        "Messages", "Definitions dated {date}: {days} days old when checked."
    ),
    "evidence.exit_code": QT_TRANSLATE_NOOP("Messages", "{command} ended with exit code {code}."),
    # installing updates by hand, where no graphical updater exists
    "evidence.how_apt": QT_TRANSLATE_NOOP(
        "Messages",
        "secguard found no software updater on this computer that it can open. To install "
        "the updates yourself: open a terminal, type sudo apt update and press Enter, then "
        "type sudo apt upgrade and press Enter. Each asks for your password. Then check again "
        "here.",
    ),
    "evidence.how_dnf": QT_TRANSLATE_NOOP(
        "Messages",
        "secguard found no software updater on this computer that it can open. To install "
        "the updates yourself: open a terminal, type sudo dnf upgrade and press Enter; it "
        "asks for your password. Then check again here.",
    ),
    "evidence.how_zypper": QT_TRANSLATE_NOOP(
        "Messages",
        "secguard found no software updater on this computer that it can open. To install "
        "the updates yourself: open a terminal, type sudo zypper update and press Enter; it "
        "asks for your password. Then check again here.",
    ),
}
