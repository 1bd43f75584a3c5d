from __future__ import annotations

import re

from secguard.about import bundled_libraries


def test_bundled_libraries_cover_the_runtime_dependencies_with_licences():
    libraries = {re.sub(r"[-_.]+", "-", lib.name).lower(): lib for lib in bundled_libraries()}
    for name in ("pyside6-essentials", "keyring", "pyotp", "requests", "zxcvbn", "platformdirs"):
        assert name in libraries, name
        assert libraries[name].version
        assert libraries[name].licence
    assert "LGPL" in libraries["pyside6-essentials"].licence
    assert "MIT" in libraries["pyotp"].licence
    # Test-only and dev-only tools are not shipped, so not listed.
    assert "pytest" not in libraries
    assert "secguard" not in libraries
