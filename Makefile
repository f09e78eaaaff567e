# Lantern — the two commands: `make demo` and `make test`. Both install missing Debian packages
# first (scripts/install-deps holds the one list), then configure with CMake presets and build.
JOBS ?= $(shell nproc)
XVFB := scripts/with-xvfb
DATA_DIR := $(or $(XDG_DATA_HOME),$(HOME)/.local/share)/lantern
DEMO_DB := $(DATA_DIR)/demo.db
DEMO_ROOM ?= hallway-1
# The demo plays as its screen would look next Monday from 07:55 (morning arrival, then the day's
# default), whatever the time now; DEMO_AT=now plays the real clock (dark outside school hours).
DEMO_AT ?= $(shell date -d 'next monday 07:55' +%Y-%m-%dT%H:%M:%S)
DEMO_AT_FLAG := $(if $(filter now,$(DEMO_AT)),,--at $(DEMO_AT))
DEMO_SHEET := out/demo/contact-sheet.png
LANTERN := build/release/src/app/lantern
LANTERN_BENCH := build/release/bench/lantern-bench

.PHONY: all deps demo test build release bench clean

all: build

deps:
	@scripts/install-deps

build: deps
	cmake --preset dev
	cmake --build --preset dev -j $(JOBS)

release: deps
	cmake --preset release
	cmake --build --preset release -j $(JOBS) --target lantern

# The demo school in the user's data directory, shown fullscreen. Without a display the player
# runs under Xvfb for about 20 seconds and leaves a contact sheet of what it showed.
demo: release
	@mkdir -p "$(DATA_DIR)" out/demo
	$(LANTERN) demo --db "$(DEMO_DB)"
ifeq ($(strip $(DISPLAY)),)
	$(XVFB) $(LANTERN) play --db "$(DEMO_DB)" --room $(DEMO_ROOM) $(DEMO_AT_FLAG) --duration 20 \
	    --slide-seconds 4 --contact-sheet $(DEMO_SHEET)
	@echo "Contact sheet of what the screen showed: $(abspath $(DEMO_SHEET))"
else
	$(LANTERN) play --db "$(DEMO_DB)" --room $(DEMO_ROOM) $(DEMO_AT_FLAG)
endif

test: build
	$(XVFB) ctest --preset dev -j $(JOBS)

bench: deps
	cmake --preset release
	cmake --build --preset release -j $(JOBS) --target lantern lantern-bench
	$(XVFB) $(LANTERN_BENCH)

clean:
	rm -rf build out
