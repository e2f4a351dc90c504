# deskclient: the two set-up commands are `make demo` and `make test`; everything else is for developers.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
DEMO_HOME ?= $(if $(DESKCLIENT_HOME),$(DESKCLIENT_HOME),$(CURDIR)/demo-home)

.PHONY: demo test check lint typecheck bench translations clean install package

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,package]'
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

translations: $(STAMP)
	$(PY) -m deskclient.ui.i18n_build

demo: $(STAMP) translations
	bash packaging/linux-gui-deps.sh $(PY)
	DESKCLIENT_HOME="$(DEMO_HOME)" $(BIN)/deskclient --demo

lint: $(STAMP)
	$(BIN)/ruff check deskclient tests
	$(PY) -m mypy

typecheck: lint

test: $(STAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

# The inner loop: no install check, no type checker, stop at the first failure.
check:
	$(BIN)/ruff check deskclient tests
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -x -m "not slow"

# Builds the package first, so its size and frozen cold start are measured too.
bench: $(STAMP) translations package
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks.run

# The one-folder app (PyInstaller) in dist/deskclient/ and its zip; prints the sizes. See README, "Packaging".
package: $(STAMP) translations
	$(PY) packaging/build.py

clean:
	rm -rf build dist .mypy_cache .ruff_cache
