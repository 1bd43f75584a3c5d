"""Build secguard's onedir bundle: ``make bundle`` / ``make bundle PRESET=<name>``.

    .venv/bin/python packaging/build.py [--preset NAME | --preset-file FILE]
                                        [--dist DIR] [--work DIR] [--reuse]

1. A preset (``packaging/presets/<name>.json``) is checked against
   ``resources/preset.schema.json`` and against the broker directory; every
   problem is listed and the build stops (exit 3) before PyInstaller runs.
2. PyInstaller freezes secguard with ``packaging/secguard.spec`` into
   ``<dist>/secguard/``.
3. The total size and the ten largest parts are printed.

``--reuse`` skips step 2 when the bundle in ``<dist>`` was built from the
same inputs (sources, resources, packaging files, preset, installed
packages): the test command builds once, and not again while nothing changed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
REPO = PACKAGING.parent
sys.path.insert(0, str(PACKAGING))
sys.path.insert(0, str(REPO))

import bundle_rules  # noqa: E402

EXIT_INVALID_PRESET = 3
STAMP = ".build-inputs"


def preset_problems(preset_file: Path) -> list[str]:
    """Every problem with a preset file, as lines for the release engineer."""
    from secguard.core.preset import InvalidPreset, conflicts
    from secguard.resources import broker_directory, read_preset

    try:
        preset = read_preset(preset_file)
    except InvalidPreset as error:
        return [str(problem) for problem in error.problems]
    return [str(problem) for problem in conflicts(broker_directory(), preset)]


def stage_preset(preset_file: Path, stage: Path) -> Path:
    """The folder the bundle takes its preset from: ``preset.json`` and the logo."""
    from secguard.resources import PRESET_FILE, read_preset

    preset = read_preset(preset_file)
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    shutil.copyfile(preset_file, stage / PRESET_FILE)
    shutil.copyfile(preset_file.parent / preset.logo, stage / preset.logo)
    return stage


def inputs_digest(preset_file: Path | None, *extra_scripts: str | None) -> str:
    """A hash of everything the bundle is built from (and the extra entry script
    or runtime hook, if any)."""
    digest = hashlib.sha256()
    tracked = [
        *sorted((REPO / "secguard").rglob("*.py")),
        *sorted(p for p in (REPO / "resources").rglob("*") if p.is_file()),
        *sorted(p for p in PACKAGING.glob("*.py")),
        PACKAGING / "secguard.spec",
        REPO / "pyproject.toml",
    ]
    if preset_file is not None:
        tracked += [preset_file, *sorted(preset_file.parent.glob("*.png"))]
    tracked += [Path(script).resolve() for script in extra_scripts if script]
    for path in tracked:
        digest.update(str(path.relative_to(REPO) if path.is_relative_to(REPO) else path).encode())
        digest.update(path.read_bytes())
    installed = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    digest.update("\n".join([sys.version, *installed]).encode())
    return digest.hexdigest()


def run_pyinstaller(dist: Path, work: Path, env: dict[str, str]) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(PACKAGING / "secguard.spec"),
    ]
    subprocess.run(command, check=True, env={**os.environ, **env})


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument("--preset", help="a preset name in packaging/presets/")
    chosen.add_argument("--preset-file", type=Path, help="a preset file anywhere")
    parser.add_argument("--check-only", action="store_true", help="check the preset, build nothing")
    parser.add_argument("--dist", type=Path, default=REPO / "dist")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "pyinstaller")
    parser.add_argument("--name", default="secguard")
    parser.add_argument("--entry", help="freeze another script (the start-up benchmark's)")
    parser.add_argument("--runtime-hook", help="an extra PyInstaller runtime hook")
    parser.add_argument(
        "--reuse", action="store_true", help="keep a bundle built from the same inputs"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.dist, args.work = args.dist.resolve(), args.work.resolve()
    preset_file = args.preset_file
    if args.preset:
        preset_file = PACKAGING / "presets" / f"{args.preset}.json"
    if preset_file is not None:
        preset_file = preset_file.resolve()
        problems = preset_problems(preset_file)
        if problems:
            print(f"secguard bundle: the preset {preset_file} cannot be used:", file=sys.stderr)
            for problem in problems:
                print(f"  {problem}", file=sys.stderr)
            return EXIT_INVALID_PRESET
        print(f"secguard bundle: preset {preset_file.name} checked")
    if args.check_only:
        return 0

    bundle = args.dist / args.name
    work = args.work / args.name  # PyInstaller works in <this>/secguard (the spec's name)
    digest = inputs_digest(preset_file, args.entry, args.runtime_hook)
    stamp = args.dist / f"{args.name}{STAMP}"
    if args.reuse and bundle.is_dir() and stamp.is_file() and stamp.read_text() == digest:
        print(f"secguard bundle: {bundle} is up to date")
    else:
        stamp.unlink(missing_ok=True)
        env = {"SECGUARD_BUNDLE_NAME": args.name}
        if preset_file is not None:
            env["SECGUARD_BUNDLE_PRESET_DIR"] = str(stage_preset(preset_file, work / "preset"))
        if args.entry:
            env["SECGUARD_BUNDLE_ENTRY"] = str(Path(args.entry).resolve())
        if args.runtime_hook:
            env["SECGUARD_BUNDLE_RUNTIME_HOOK"] = str(Path(args.runtime_hook).resolve())
        run_pyinstaller(args.dist, work, env)
        system_libraries = work / "secguard" / "system-libraries.txt"
        if system_libraries.is_file():
            shutil.copyfile(system_libraries, args.dist / f"{args.name}.system-libraries.txt")
        stamp.write_text(digest)
    for line in bundle_rules.size_report(bundle):
        print(line)
    summary = {"bundle": str(bundle), "bytes": bundle_rules.bundle_size(bundle)}
    (args.dist / f"{args.name}.size.json").write_text(json.dumps(summary), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
