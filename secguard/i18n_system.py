"""English source strings of precautions 6 and 7 (issue 14: OS, updates, anti-malware).

Kept out of ``i18n.py`` so that file stays well under 600 lines;
``i18n.MESSAGES`` includes these.
"""

from __future__ import annotations

from collections.abc import Mapping

from secguard.i18n_marker import QT_TRANSLATE_NOOP

SYSTEM_MESSAGES: Mapping[str, str] = {
    # why a probe could not tell
    "system.command_missing": QT_TRANSLATE_NOOP(
        "Messages", "{command} is not available on this computer, so this could not be checked."
    ),
    "system.command_timeout": QT_TRANSLATE_NOOP(
        "Messages", "{command} did not answer in time, so this could not be checked."
    ),
    "system.command_failed": QT_TRANSLATE_NOOP(
        "Messages", "{command} reported an error, so this could not be checked."
    ),
    "system.command_refused": QT_TRANSLATE_NOOP(
        "Messages",
        "secguard did not run {command}: it runs only commands on its list of read-only ones.",
    ),
    "system.output_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "What {command} reported could not be understood, so this could not be checked."
    ),
    "system.platform_unsupported": QT_TRANSLATE_NOOP(
        "Messages", "secguard can check this only on Windows, macOS and Linux."
    ),
    # is the OS still supported?
    "system.os_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The version of the operating system could not be read."
    ),
    "system.os_supported": QT_TRANSLATE_NOOP(
        "Messages", "{name} receives security updates until {end}."
    ),
    "system.os_supported_no_end": QT_TRANSLATE_NOOP(
        "Messages", "{name} receives security updates; no end date has been announced."
    ),
    "system.os_ending_soon": QT_TRANSLATE_NOOP(
        "Messages",
        "Security updates for {name} end on {end}, in {days} days. Plan the upgrade now.",
    ),
    "system.support_data_old": QT_TRANSLATE_NOOP(
        "Messages",
        "{name} receives security updates until {end}, according to secguard's data of "
        "{checked}. That data may be out of date: please update secguard.",
    ),
    "system.os_unknown_version": QT_TRANSLATE_NOOP(
        "Messages", "secguard does not know whether {name} ({version}) still receives updates."
    ),
    "system.os_unknown_distribution": QT_TRANSLATE_NOOP(
        "Messages", "secguard does not know whether {name} still receives updates."
    ),
    "system.os_ended_windows10": QT_TRANSLATE_NOOP(
        "Messages",
        "Windows 10 stopped receiving updates on {end}; only PCs enrolled in Extended Security "
        "Updates get security fixes, until {extended_end}. Upgrade to Windows 11 in Settings > "
        "Windows Update, or, if this PC cannot run it, enrol in Extended Security Updates there.",
    ),
    "system.os_ended_windows11": QT_TRANSLATE_NOOP(
        "Messages",
        "{name} version {version} stopped receiving updates on {end}. Install the newest "
        "Windows 11 version in Settings > Windows Update.",
    ),
    "system.os_ended_windows_other": QT_TRANSLATE_NOOP(
        "Messages",
        "{name} stopped receiving updates on {end}. Ask whoever manages this PC to move it to "
        "a supported Windows version.",
    ),
    "system.os_ended_long_ago": QT_TRANSLATE_NOOP(
        "Messages",
        "{name} ({version}) stopped receiving security updates long ago. Upgrade to a "
        "supported version now.",
    ),
    "system.os_ended_macos": QT_TRANSLATE_NOOP(
        "Messages",
        "macOS {version} no longer receives security updates. Upgrade in System Settings > "
        "General > Software Update; if this Mac cannot run a newer macOS, plan to replace it.",
    ),
    "system.macos_patched": QT_TRANSLATE_NOOP(
        "Messages", "macOS {version} is one of the versions Apple still updates."
    ),
    "system.macos_may_end": QT_TRANSLATE_NOOP(
        "Messages",
        "Apple usually stops updating macOS {major} around {end} (Apple announces no dates). "
        "Upgrade to a newer macOS in System Settings > General > Software Update.",
    ),
    "system.os_ended_linux": QT_TRANSLATE_NOOP(
        "Messages",
        "{name} stopped receiving security updates on {end}. Upgrade to a supported release "
        "of your distribution (its release notes explain how).",
    ),
    "system.linux_lts_only": QT_TRANSLATE_NOOP(
        "Messages",
        "Regular security support for {name} ended on {end}; Debian's Long Term Support "
        "team keeps fixing the most important problems until {extended_end}. Plan the upgrade "
        "to the next Debian release.",
    ),
    "system.linux_esm_only": QT_TRANSLATE_NOOP(
        "Messages",
        "Standard support for {name} ended on {end}; security updates continue until "
        "{extended_end} only with Ubuntu Pro. Upgrade to a newer Ubuntu release or turn on "
        "Ubuntu Pro.",
    ),
    "system.support_table_invalid": QT_TRANSLATE_NOOP(
        "Messages", "secguard's table of supported versions is damaged ({where})."
    ),
    # pending updates and restarts
    "system.updates_none": QT_TRANSLATE_NOOP("Messages", "No updates are waiting."),
    "system.updates_none_since": QT_TRANSLATE_NOOP(
        "Messages", "No updates are waiting. The last update was installed on {date}."
    ),
    "system.updates_pending": QT_TRANSLATE_NOOP(
        "Messages", "Updates waiting: {count}. Install them soon."
    ),
    "system.updates_pending_security": QT_TRANSLATE_NOOP(
        "Messages",
        "Updates waiting: {count}, of which {security} fix security problems. Install them now.",
    ),
    "system.updates_lists_old": QT_TRANSLATE_NOOP(
        "Messages",
        "The list of available updates was last refreshed {days} days ago, too long ago to "
        "trust. Open your software updater and check for updates.",
    ),
    "system.updates_lists_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The list of available updates has never been downloaded on this computer, so "
        "secguard cannot tell whether updates are waiting.",
    ),
    "system.no_package_manager": QT_TRANSLATE_NOOP(
        "Messages",
        "No known package manager (apt, dnf or zypper) was found, so updates could not be checked.",
    ),
    "system.reboot_needed": QT_TRANSLATE_NOOP(
        "Messages", "A restart is needed to finish installing updates. Restart the computer."
    ),
    "system.reboot_not_needed": QT_TRANSLATE_NOOP("Messages", "No restart is pending."),
    "system.reboot_unknown": QT_TRANSLATE_NOOP(
        "Messages", "secguard cannot tell on this system whether a restart is pending."
    ),
    # anti-malware
    "system.av_active": QT_TRANSLATE_NOOP(
        "Messages", "{product} is on and its virus definitions are up to date."
    ),
    "system.av_outdated": QT_TRANSLATE_NOOP(
        "Messages", "{product} is on, but its virus definitions are out of date. Update them."
    ),
    "system.av_signatures_old": QT_TRANSLATE_NOOP(
        "Messages",
        "{product} is on, but its virus definitions are {days} days old. Update them.",
    ),
    "system.av_off": QT_TRANSLATE_NOOP(
        "Messages",
        "{product} is installed, but its real-time protection is off. Turn it on (for "
        "Microsoft Defender: Windows Security > Virus & threat protection).",
    ),
    "system.av_expired": QT_TRANSLATE_NOOP(
        "Messages",
        "The subscription of {product} has expired, so it no longer protects this PC. Renew "
        "it, or uninstall it so that Microsoft Defender takes over.",
    ),
    "system.av_inactive_other": QT_TRANSLATE_NOOP(
        "Messages", "{product} is installed but not active; another antivirus protects this PC."
    ),
    "system.av_none": QT_TRANSLATE_NOOP(
        "Messages",
        "No antivirus is active. Turn on Microsoft Defender in Windows Security > Virus & "
        "threat protection.",
    ),
    "system.defender_passive": QT_TRANSLATE_NOOP(
        "Messages",
        "Microsoft Defender is in passive mode because another antivirus protects this PC.",
    ),
    "system.defender_passive_alone": QT_TRANSLATE_NOOP(
        "Messages",
        "Microsoft Defender is in passive mode, but no other antivirus reports to Windows "
        "Security. Check which antivirus protects this PC.",
    ),
    "system.gatekeeper_on": QT_TRANSLATE_NOOP(
        "Messages", "Gatekeeper is on: apps are checked before they open for the first time."
    ),
    "system.gatekeeper_off": QT_TRANSLATE_NOOP(
        "Messages",
        "Gatekeeper is off, so any app can open unchecked. Ask whoever set up this Mac to "
        "turn it back on.",
    ),
    "system.sip_on": QT_TRANSLATE_NOOP("Messages", "System Integrity Protection is on."),
    "system.sip_off": QT_TRANSLATE_NOOP(
        "Messages",
        "System Integrity Protection is off, so malware can change the system. Ask whoever "
        "set up this Mac to turn it back on.",
    ),
    "system.xprotect_current": QT_TRANSLATE_NOOP(
        "Messages",
        "XProtect, the Mac's built-in malware protection, is version {version} (updated {date}).",
    ),
    "system.xprotect_old": QT_TRANSLATE_NOOP(
        "Messages",
        "XProtect's malware definitions were last updated on {date}, {days} days ago. Install "
        "the waiting updates in System Settings > General > Software Update.",
    ),
    "system.xprotect_missing": QT_TRANSLATE_NOOP(
        "Messages", "XProtect, the Mac's built-in malware protection, could not be found."
    ),
    "system.linux_no_antivirus": QT_TRANSLATE_NOOP(
        "Messages",
        "No antivirus is installed. On Linux, installing updates (step 6) and software only "
        "from your distribution's own repositories protect you more than an antivirus would.",
    ),
    "system.clamav_current": QT_TRANSLATE_NOOP(
        "Messages", "ClamAV is installed; its virus definitions are from {date}."
    ),
    "system.clamav_old": QT_TRANSLATE_NOOP(
        "Messages",
        "ClamAV is installed, but its virus definitions are from {date}, {days} days ago. "
        "Update them (freshclam).",
    ),
    "system.clamav_no_definitions": QT_TRANSLATE_NOOP(
        "Messages", "ClamAV is installed, but without virus definitions. Update them (freshclam)."
    ),
}
