"""A smaller ICU data library for the Linux bundle (32 MB down to about 3 MB).

PySide6's Linux wheels ship ICU, and ``libQt6Core`` links it; its data
library (``libicudata.so.73``) holds every locale, converter and dictionary
ICU knows, a third of the whole bundle.  Qt asks ICU for collation, case
mapping, time zones and legacy text codecs; secguard decodes text in Python
and speaks Japanese and English.  So the data keeps its core tables, time
zones and the ``root``, ``ja*`` and ``en*`` locales of the categories Qt
reads (Qt 6.x calls ICU's case mapping, calendar and time-zone names,
collation and converters only: ``nm -D libQt6Core.so.6 | grep _73``), and
drops the legacy converters (``*.cnv``), the other locales, and the
categories Qt never asks for (break iterators and their dictionaries,
transliteration, number spell-out, units, currency and language names).

The items are removed with ICU's own ``icupkg`` and the result is linked
back into a library of the same name exporting the same symbol, so Qt loads
it exactly as it loaded the original.  Needs ``objcopy``, ``icupkg`` and a C
compiler (``scripts/system-deps.sh bundle`` installs them on Debian/Ubuntu).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path, PurePosixPath

KEPT_LANGUAGES = frozenset({"ja", "en"})
# Named like a locale (``de``, ``zh_Hant_HK``, ``sr_Latn``) but are not one.
_NOT_LOCALES = frozenset({"res_index.res", "root.res", "pool.res"})
_LOCALE = re.compile(r"^(?P<language>[a-z]{2,3})(?:_[A-Za-z0-9]*)*\.res$")
_UNUSED_CATEGORIES = frozenset({"brkitr", "translit", "rbnf", "unit", "curr", "lang"})
TOOLS = ("objcopy", "icupkg", "cc", "readelf")


def keeps_item(item: str) -> bool:
    """Whether an ICU data item (``coll/ja.res``, ``ibm-943_P15A-2003.cnv``) stays."""
    path = PurePosixPath(item)
    name = path.name
    if len(path.parts) > 1 and path.parts[0] in _UNUSED_CATEGORIES:
        return False
    if name.endswith(".cnv") or name == "unames.icu":
        return False
    if name in _NOT_LOCALES:
        return True
    locale = _LOCALE.match(name)
    return locale is None or locale.group("language") in KEPT_LANGUAGES


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _data_symbol(library: Path) -> str:
    symbols = subprocess.run(
        ["readelf", "--dyn-syms", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"\b(icudt\d+_dat)\b", symbols)
    if match is None:
        raise RuntimeError(f"{library} exports no icudt*_dat symbol")
    return match.group(1)


def _soname(library: Path) -> str:
    dynamic = subprocess.run(
        ["readelf", "-d", str(library)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"SONAME.*\[(.+)\]", dynamic)
    return match.group(1) if match else library.name


def trimmed_library(original: Path, workdir: Path) -> Path:
    """Build the trimmed copy of ``original`` in ``workdir`` and return its path."""
    missing = missing_tools()
    if missing:
        raise RuntimeError(
            "the bundle needs " + ", ".join(missing) + " to trim ICU's data "
            "(run: scripts/system-deps.sh bundle)"
        )
    workdir.mkdir(parents=True, exist_ok=True)
    symbol = _data_symbol(original)
    package = workdir / f"{symbol.removesuffix('_dat')}l.dat"
    subprocess.run(
        ["objcopy", "-O", "binary", "--only-section=.rodata", str(original), str(package)],
        check=True,
    )
    listing = subprocess.run(
        ["icupkg", "-l", str(package)], capture_output=True, text=True, check=True
    ).stdout.split()
    dropped = [item for item in listing if not keeps_item(item)]
    drop_list = workdir / "dropped-items.txt"
    drop_list.write_text("\n".join(dropped) + "\n", encoding="utf-8")
    trimmed = workdir / "trimmed.dat"
    subprocess.run(
        ["icupkg", "-r", drop_list.name, package.name, trimmed.name], cwd=workdir, check=True
    )
    assembly = workdir / "icudata.S"
    assembly.write_text(
        f"""\t.section .rodata
\t.balign 16
\t.globl {symbol}
\t.type {symbol}, @object
{symbol}:
\t.incbin "{trimmed}"
\t.size {symbol}, . - {symbol}
\t.section .note.GNU-stack,"",@progbits
""",
        encoding="utf-8",
    )
    soname = _soname(original)
    output = workdir / soname
    subprocess.run(
        ["cc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(output), str(assembly)],
        check=True,
    )
    return output
