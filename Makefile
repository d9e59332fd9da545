# The README's commands: `make serve`, `make test`, `make bench`, `make probe`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
COMPILED := build/mypyc

.PHONY: serve test bench probe install chromium compiled

install: $(INSTALLED)

# Re-install whenever the project's metadata changes.
$(INSTALLED): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is required")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,compiled]'
	touch $@

serve: $(INSTALLED) compiled
	FACTCHECK_COMPILED=$(CURDIR)/$(COMPILED) $(BIN)/factcheck serve

# The tests run the pure modules; one compares the compiled build with them where it could be made.
test: $(INSTALLED) chromium compiled
	$(BIN)/python -m pytest

bench: $(INSTALLED) compiled
	FACTCHECK_COMPILED=$(CURDIR)/$(COMPILED) $(BIN)/python -m benchmarks

# claims/ compiled with mypyc into a directory of its own, remade when a source changes (a few minutes). It is
# used only while it was made from the current sources (claims/compiled.py); where it cannot be made (no C
# compiler), pure Python serves, and the build is tried again only once a source changed (the stamp is newer than
# every source either way; `rm $(COMPILED).tried` retries at once).
compiled: $(COMPILED).tried

$(COMPILED).tried: $(INSTALLED) $(shell find claims -type f -not -path '*/__pycache__/*')
	$(BIN)/python -m claims.build $(COMPILED) || echo "claims/ could not be compiled; pure Python serves (tried again when a source changes)"
	@mkdir -p $(@D) && touch $@

# The live server probed from outside (a few minutes); exits 1 when a target is missed.
probe: $(INSTALLED)
	$(BIN)/python -m benchmarks.probe

# The pages' browser test drives Debian's chromium: install it where it is missing and apt-get can
# (as root); elsewhere the test skips and says why.
chromium:
	@test -x /usr/bin/chromium || ! command -v apt-get >/dev/null || [ "$$(id -u)" != 0 ] || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
		echo "chromium could not be installed; the browser test will be skipped"
