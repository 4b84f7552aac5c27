# careerbot: `make run` chats in the terminal, `make test` is what CI runs.

GO        ?= go
BIN       ?= bin/careerbot
IMAGE     ?= careerbot:latest
# Fuzz budget per target: short in `make test`, longer in `make fuzz`. Counts
# of executions, not durations: Go 1.26's fuzz coordinator can report a
# spurious "context deadline exceeded" when a -fuzztime duration ends while
# a worker is busy (go.dev/issue/75804, fixed in Go 1.27).
FUZZTIME  ?= 20000x
FUZZLONG  ?= 2000000x
# Packages that must build without any chat platform's SDK.
CORE_PKGS := ./bot/... ./knowledge/...
PLATFORM_MODULES := github.com/slack-go/slack|github.com/bwmarrin/discordgo

.DEFAULT_GOAL := build
.PHONY: build run test race vet lint deps-check fuzz-smoke fuzz bench docker clean

build: ## static binary in bin/
	CGO_ENABLED=0 $(GO) build -trimpath -o $(BIN) ./cmd/careerbot

run: ## chat in the terminal with the knowledge embedded in the binary
	$(GO) run ./cmd/careerbot chat

test: lint deps-check race fuzz-smoke ## everything CI checks

race:
	$(GO) test -race ./...

vet:
	$(GO) vet ./...

lint: vet ## gofmt and go vet
	@files=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './.git/*')); \
	if [ -n "$$files" ]; then echo "gofmt needed on:"; echo "$$files"; exit 1; fi

deps-check: ## bot and knowledge must not depend on Slack or Discord SDKs
	@bad=$$($(GO) list -deps $(CORE_PKGS) | grep -E '^($(PLATFORM_MODULES))(/|$$)' || true); \
	if [ -n "$$bad" ]; then echo "bot/knowledge depend on a chat platform SDK:"; echo "$$bad"; exit 1; fi; \
	echo "deps-check: bot and knowledge are platform-free"

# Every `func FuzzXxx` in a _test.go file, run one at a time (go test -fuzz
# takes one target in one package).
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
			(cd $$dir && $(GO) test -run='^$$' -fuzz="^$$name$$" -fuzztime=$(FUZZFOR) .); \
			n=$$((n+1)); \
		done; \
	done; \
	echo "fuzzed $$n targets"

bench: ## benchmarks, no tests
	$(GO) test -run='^$$' -bench=. -benchmem ./...

docker: ## container image (needs a Docker engine)
	docker build -t $(IMAGE) .

clean:
	rm -rf bin

# official.mk (datasets import targets) is optional: a checkout without it
# still builds and tests.
-include official.mk
