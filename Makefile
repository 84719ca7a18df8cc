# ccsim: the two commands of the README's Quick start, and their helpers.
#   make demo   set up (GSL, CBC), build, and compare the seed baseline with a what-if scenario
#   make test   set up (GSL, CBC), build, and run every test
SWIFT ?= swift
CCSIM = .build/release/ccsim
CCSIM_BENCH = .build/release/ccsim-bench

.PHONY: demo test setup build release bench clean

# GSL (random numbers, special functions) and CBC (the shift roster's integer programs) are the
# system libraries ccsim needs. As root, install them; otherwise say how.
setup:
	@if ! pkg-config --exists gsl 2>/dev/null || ! pkg-config --exists cbc 2>/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing GSL (libgsl-dev) and CBC (coinor-libcbc-dev) with apt-get..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgsl-dev coinor-libcbc-dev pkg-config >/dev/null; \
	  else \
	    echo "ccsim needs GSL and CBC. Run:  sudo apt-get install -y libgsl-dev coinor-libcbc-dev pkg-config   and then this command again." >&2; \
	    exit 1; \
	  fi; \
	fi

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product ccsim

demo: release
	@echo "== Seed retail baseline vs moving 20 phone agents to messaging and social (common random numbers) =="
	$(CCSIM) compare models/seed-retail-multichannel.yaml scenarios/shift-phone-to-messaging.yaml

test: setup
	$(SWIFT) build
	$(SWIFT) test --disable-swift-testing   # the suites are XCTest; skip the empty Swift Testing run

# The benchmarks have their own executable (it alone links swift-collections); see README, "Performance".
bench: setup
	$(SWIFT) build -c release --product ccsim-bench
	$(CCSIM_BENCH) erlang
	$(CCSIM_BENCH) peer --n 1000000
	$(CCSIM_BENCH) heap

clean:
	rm -rf .build
