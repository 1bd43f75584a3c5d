# The two commands the README promises: `make run` and `make test`.
# Both set everything up from nothing on a fresh Debian/Ubuntu machine or a Mac.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: bundle deb deb-test system-deps-bundle run run-self-test bare-debian test lint typecheck pytest translations update-translations bench screenshots clean system-deps-run system-deps-test check-python

# ARGS go to secguard itself: `make run ARGS=--self-test`, `make run ARGS="--lang ja"`.
run: system-deps-run $(STAMP) translations
	$(BIN)/secguard $(ARGS)

# Exactly the path `make run` takes (its system packages, venv and
# translations), ending in the off-screen self-test instead of the window.
run-self-test:
	QT_QPA_PLATFORM=offscreen $(MAKE) --no-print-directory run ARGS=--self-test

# The same on a bare Debian 12 root built with debootstrap (root, network, minutes).
bare-debian:
	scripts/bare-debian-make-run.sh bookworm

test: system-deps-test system-deps-bundle $(STAMP) translations lint typecheck run-self-test pytest

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "secguard needs Python 3.11 or newer; found " + sys.version.split()[0])'

$(STAMP): pyproject.toml | check-python
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $@

system-deps-run:
	@scripts/system-deps.sh run

system-deps-test:
	@scripts/system-deps.sh test

# .qm files are build products, never committed.
translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Re-extract strings from the code after changing any visible text;
# new entries arrive as "unfinished" and tests fail until they are translated.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations relative -source-language en -target-language ja \
		$$(find secguard -name '*.py' | sort) -ts resources/translations/secguard_ja.ts

lint: $(STAMP)
	$(BIN)/ruff check secguard tests packaging
	$(BIN)/ruff format --check secguard tests packaging
	$(BIN)/vulture secguard tests vulture_whitelist.py --min-confidence 60 \
		--exclude tests/benchmarks --ignore-decorators @pytest.fixture --ignore-names pytestmark

typecheck: $(STAMP)
	$(BIN)/mypy

# A private D-Bus session with its own gnome-keyring where available (Linux);
# elsewhere the Secret Service tests skip and the rest runs as is.
pytest: $(STAMP) translations
	@if command -v dbus-run-session >/dev/null 2>&1; then \
		dbus-run-session -- scripts/with-test-services.sh $(BIN)/python -m pytest; \
	else \
		$(BIN)/python -m pytest; \
	fi

# The onedir bundle in dist/secguard/ (PyInstaller); PRESET=<name> brands it
# with packaging/presets/<name>.json.  See packaging/README.md.
PRESET ?=
bundle: system-deps-bundle $(STAMP) translations
	$(BIN)/python packaging/build.py $(if $(PRESET),--preset $(PRESET))

# A .deb of that bundle in dist/ (packaging/linux/build-deb.sh), and the same
# installed into a copy of a clean Debian 12 root and started with --self-test
# (as root; ROOT from issue 10's scripts/debian-root.sh or debootstrap, see README).
deb: bundle
	packaging/linux/build-deb.sh dist/secguard dist

ROOT ?=
deb-test: deb
	@test -n "$(ROOT)" || { echo "usage: make deb-test ROOT=<a Debian 12 root> [PRESET=<name>]" >&2; exit 2; }
	packaging/linux/test-deb.sh $(ROOT) $$(ls -t dist/*.deb | head -n1)

system-deps-bundle:
	@scripts/system-deps.sh bundle

bench: $(STAMP) translations
	$(BIN)/python tests/benchmarks/bench_startup.py
	$(BIN)/python tests/benchmarks/bench_storage.py
	$(BIN)/python tests/benchmarks/bench_links.py
	$(BIN)/python tests/benchmarks/bench_passwords.py
	$(BIN)/python tests/benchmarks/bench_check.py
	$(BIN)/python tests/benchmarks/bench_totp.py
	$(BIN)/python tests/benchmarks/bench_report.py

# Every page and state in both languages at 100/150 % text, 800x600 and the
# default size, as PNGs in build/screenshots/ with the layout checks' findings
# in problems.txt: a real X window on a private Xvfb screen, gone afterwards.
screenshots: system-deps-test $(STAMP) translations
	xvfb-run -a -s "-screen 0 1920x1080x24" $(BIN)/python -m tests.ui.screenshots build/screenshots

clean:
	rm -rf $(VENV) resources/translations/*.qm .mypy_cache .ruff_cache .pytest_cache build dist
