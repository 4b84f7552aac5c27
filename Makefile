# careerbot: `make run` chats in the terminal, `make check` is the quick
# edit loop (vet and tests, about 35 s once the build cache is warm),
# `make test` is what CI runs (about 8 minutes from empty caches on 2 cores).

GO        ?= go
BIN       ?= bin/careerbot
IMAGE     ?= careerbot:latest
# Stamped into the binary: careerbot version, careerbot_build_info.
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
# Fuzz budget per target: short in `make test`, longer in `make fuzz`. Counts
# of executions, not durations: Go 1.26's fuzz coordinator can report a
# spurious "context deadline exceeded" when a -fuzztime duration ends while
# a worker is busy (go.dev/issue/75804, fixed in Go 1.27).
FUZZTIME  ?= 20000x
FUZZLONG  ?= 2000000x
# Packages that must build without any chat platform's SDK.
CORE_PKGS := ./bot/... ./knowledge/...
PLATFORM_MODULES := github.com/slack-go/slack|github.com/bwmarrin/discordgo
# Modules only tests may use: excelize builds test workbooks, and its
# package init alone holds 1.3 MB of heap in 21,000 objects.
TEST_ONLY_MODULES := github.com/xuri/excelize

.DEFAULT_GOAL := build
.PHONY: build run check test race vet lint deps-check method-check tidy-check binaries-check fuzz-smoke fuzz bench docker clean redis-server

build: ## static binary in bin/
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags="-X main.version=$(VERSION)" -o $(BIN) ./cmd/careerbot

run: ## chat in the terminal with the knowledge embedded in the binary
	$(GO) run ./cmd/careerbot chat

check: vet ## the quick edit loop: vet and every test, without -race or fuzzing
	$(GO) test ./...

test: lint deps-check method-check tidy-check binaries-check race fuzz-smoke ## everything CI checks

# The race detector slows the population tests (every official title and
# alternate title asked) about tenfold: bot and cmd/careerbot take 4–5
# minutes each on a 2-core machine, near go test's default 10-minute
# timeout when the machine is busy. CI allows 90 minutes in all.
race:
	$(GO) test -race -timeout 40m ./...

vet:
	$(GO) vet ./...

lint: vet ## gofmt and go vet
	@files=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './.git/*')); \
	if [ -n "$$files" ]; then echo "gofmt needed on:"; echo "$$files"; exit 1; fi

deps-check: ## bot and knowledge must not depend on Slack or Discord SDKs
	@bad=$$($(GO) list -deps $(CORE_PKGS) | grep -E '^($(PLATFORM_MODULES))(/|$$)' || true); \
	if [ -n "$$bad" ]; then echo "bot/knowledge depend on a chat platform SDK:"; echo "$$bad"; exit 1; fi; \
	echo "deps-check: bot and knowledge are platform-free"; \
	heavy=$$($(GO) list -deps ./cmd/careerbot | grep -E '^$(TEST_ONLY_MODULES)(/|$$)' || true); \
	if [ -n "$$heavy" ]; then echo "careerbot links a module kept for tests (its package init costs serve memory):"; echo "$$heavy"; exit 1; fi; \
	echo "deps-check: careerbot links no test-only module"

# A call of reflect's Method or MethodByName (text/template has one; so
# envconfig.Usage, html/template) makes the linker keep every exported
# method of every type that reaches an interface: 14 MB more binary, and
# megabytes of it resident in every serve process.
method-check: ## careerbot links no reflect method lookup
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	CGO_ENABLED=0 $(GO) build -trimpath -o "$$tmp/careerbot" ./cmd/careerbot && \
	bad=$$($(GO) tool nm "$$tmp/careerbot" | grep -E ' reflect\.(Value\.Method|Value\.MethodByName|\(\*rtype\)\.MethodByName)$$' || true); \
	if [ -n "$$bad" ]; then echo "careerbot links reflect's method lookup (text/template?):"; echo "$$bad"; exit 1; fi; \
	echo "method-check: careerbot links no reflect method lookup ($$(du -m "$$tmp/careerbot" | cut -f1) MB)"

tidy-check: ## go.mod and go.sum as go mod tidy leaves them
	@$(GO) mod tidy -diff || { echo "go.mod is not tidy: run go mod tidy"; exit 1; }

# Compiled programs (ELF, Mach-O, PE) must not be committed: `go test -c`
# leaves *.test binaries of tens of megabytes.
binaries-check: ## no compiled binaries tracked by git
	@bad=""; for f in $$(git ls-files 2>/dev/null); do \
		[ -f "$$f" ] || continue; \
		case "$$(head -c 4 "$$f" | od -An -tx1 | tr -d ' \n')" in \
			7f454c46|cffaedfe|cefaedfe|feedfacf|4d5a*) bad="$$bad $$f";; \
		esac; \
	done; \
	if [ -n "$$bad" ]; then echo "compiled binaries tracked by git:$$bad"; echo "git rm --cached them (.gitignore lists *.test)"; exit 1; fi

# Every `func FuzzXxx` in a _test.go file, run one at a time (go test -fuzz
# takes one target in one package). Minimising a new input is bounded: a
# parser's input can take milliseconds, and the default minute per input
# made a run's length depend on luck.
fuzz-smoke: ## each fuzz target for $(FUZZTIME)
	@$(MAKE) --no-print-directory fuzz-all FUZZFOR=$(FUZZTIME)

fuzz: ## each fuzz target for $(FUZZLONG)
	@$(MAKE) --no-print-directory fuzz-all FUZZFOR=$(FUZZLONG)

.PHONY: fuzz-all
fuzz-all:
	@set -e; n=0; \
	for dir in $$($(GO) list -e -f '{{.Dir}}' ./...); do \
		for name in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' $$dir/*_test.go 2>/dev/null); do \
			echo "fuzz $$name in $$dir for $(FUZZFOR)"; \
			(cd $$dir && $(GO) test -run='^$$' -fuzz="^$$name$$" -fuzztime=$(FUZZFOR) -fuzzminimizetime=10s .); \
			n=$$((n+1)); \
		done; \
	done; \
	echo "fuzzed $$n targets"

bench: ## benchmarks, no tests
	$(GO) test -run='^$$' -bench=. -benchmem ./...

docker: ## container image (needs a Docker engine)
	DOCKER_BUILDKIT=1 docker build --build-arg VERSION=$(VERSION) -t $(IMAGE) .

clean:
	rm -rf bin

# The end-to-end test of replicas sharing state (cmd/careerbot) starts a
# real redis-server on a free loopback port; it skips when none is on PATH.
redis-server: ## install Debian's redis-server when missing (needs root, or sudo)
	@command -v redis-server >/dev/null 2>&1 || { \
		sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
		$$sudo apt-get update && $$sudo apt-get install -y --no-install-recommends redis-server; }
	@redis-server --version

# official.mk (datasets import targets) is optional: a checkout without it
# still builds and tests.
-include official.mk
