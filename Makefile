# ccsim: the two commands of the README's Quick start, and their helpers.
#   make demo   set up (GSL), build, and run the demo
#   make test   set up (GSL), build, and run every test
SWIFT ?= swift
CCSIM = .build/release/ccsim

.PHONY: demo test setup build release bench clean

# GSL is the one system library ccsim needs. As root, install it; otherwise say how.
setup:
	@if ! pkg-config --exists gsl 2>/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing GSL (libgsl-dev) with apt-get..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgsl-dev pkg-config >/dev/null; \
	  else \
	    echo "ccsim needs GSL. Run:  sudo apt-get install -y libgsl-dev pkg-config   and then this command again." >&2; \
	    exit 1; \
	  fi; \
	fi

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product ccsim

demo: release
	@echo "== Staffing a multichannel weekday from a forecast (models/forecasts/retail-weekday.csv) =="
	$(CCSIM) staff --forecast models/forecasts/retail-weekday.csv \
	  --service-level 80%/20s --channel-service-level messaging=80%/60s --channel-service-level social=80%/1h \
	  --chat messaging=3,15% --deferred email=90%/24h --shrinkage 30% --cost-per-hour 30

test: setup
	$(SWIFT) build
	$(SWIFT) test

bench: release
	$(CCSIM) bench erlang

clean:
	rm -rf .build
