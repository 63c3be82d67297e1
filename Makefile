# CounterApp: `make run` starts the app, `make test` runs every check. Both work on a fresh
# Debian/Ubuntu machine with python3 and python3-venv installed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-8)
TS := resources/i18n/counterapp_it.ts
QM := resources/i18n/counterapp_it.qm
SOURCES := $(shell find counterapp -name '*.py')

.PHONY: run test lint bench translations qm clean installer deb smoke check-qt

$(VENV)/bin/python:
	@$(PYTHON) -m venv $(VENV) || { echo "python3 -m venv failed: install the package python3-venv (sudo apt install python3-venv)"; exit 1; }
	@$(PY) -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q -e '.[dev]'
	@rm -f $(VENV)/.installed-*; touch $@

$(QM): $(TS) | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

check-qt: $(STAMP)
	@$(PY) -m counterapp.qtcheck

run: $(STAMP) $(QM) check-qt
	$(PY) -m counterapp --demo-if-empty

lint: $(STAMP)
	$(VENV)/bin/ruff check counterapp tests bench
	$(VENV)/bin/lint-imports

test: $(STAMP) $(QM) lint
	$(PY) -m pytest -q

bench: $(STAMP) $(QM)
	$(PY) -m bench

# Extract every tr() string into the Italian catalogue (keeps existing translations).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -extensions py $(SOURCES) -ts $(TS)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)
	$(PY) -m counterapp.i18n_check $(TS)

# The frozen bundle (dist/counterapp-VERSION/) and, on Linux, the .deb; tools from the venv.
INSTALLER_STAMP := $(VENV)/.installer-$(shell cat pyproject.toml | sha1sum | cut -c1-8)

$(INSTALLER_STAMP): pyproject.toml | $(STAMP)
	$(PY) -m pip install -q -e '.[installer]'
	@rm -f $(VENV)/.installer-*; touch $@

installer: $(STAMP) $(INSTALLER_STAMP) $(QM)
	$(PY) installer/build.py

deb: $(STAMP) $(INSTALLER_STAMP) $(QM)
	$(PY) installer/build.py --deb

# Build the bundle and the .deb, then run the frozen smoke test on the bundle (.ci/run).
smoke: deb
	$(PY) installer/smoke.py --measure

clean:
	rm -rf $(VENV) build dist .pytest_cache $(QM)
