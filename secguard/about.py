"""Versions and licences of the libraries secguard ships with (for Help → About)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

from secguard import APP_NAME


@dataclass(frozen=True)
class BundledLibrary:
    name: str
    version: str
    licence: str


def _licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    # get_all, not [...]: a missing field raises KeyError on newer Pythons.
    expression = (meta.get_all("License-Expression") or [""])[0]
    if expression:
        return str(expression)
    classifiers = [
        c.rsplit("::", 1)[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.count("::") >= 2
    ]
    if classifiers:
        return ", ".join(classifiers)
    licence = str((meta.get_all("License") or [""])[0]).strip()
    # Some packages paste the whole licence text into this field.
    if licence and len(licence) <= 60 and "\n" not in licence:
        return licence
    return "see the package's licence file"


def _requirement_name(requirement: str) -> str | None:
    if ";" in requirement and "extra ==" in requirement.split(";", 1)[1]:
        return None  # optional extras are not shipped
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
    return match.group(0) if match else None


def runtime_distributions(root: str = APP_NAME) -> list[metadata.Distribution]:
    """Every installed distribution ``root`` needs at run time, transitively (extras
    left out), sorted by name: what About lists and what the bundle ships."""
    seen: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        for requirement in dist.requires or []:
            dependency = _requirement_name(requirement)
            if dependency:
                pending.append(dependency)
    seen.pop(re.sub(r"[-_.]+", "-", root).lower(), None)
    return sorted(seen.values(), key=lambda dist: str(dist.metadata["Name"]).lower())


def bundled_libraries(root: str = APP_NAME) -> list[BundledLibrary]:
    """Every installed runtime dependency of ``root``, transitively, sorted by name."""
    return [
        BundledLibrary(dist.metadata["Name"], dist.version, _licence_of(dist))
        for dist in runtime_distributions(root)
    ]
