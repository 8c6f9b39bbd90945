# News Explorer. `make run` builds and serves the default article;
# `make test` installs what the tests need and runs every test.

SHELL     := bash
.SHELLFLAGS := -o pipefail -c

GO        ?= go
ADDR      ?= 127.0.0.1:8000
# ARTICLES: a folder of article files for the library (make run ARTICLES=dir)
ARTICLES  ?=
LIBRARY   := $(if $(ARTICLES),-articles $(ARTICLES))
WASM      := web/app.wasm
# AUTHOR: the second program, for the editor and the teacher's views
AUTHOR    := web/author.wasm
SERVER    := bin/newsexplorer
CHROMIUM  ?= /usr/bin/chromium
# The other engines of the smoke suite (app/engines), from Debian's
# webkit2gtk-driver (with WebKitGTK's MiniBrowser), xvfb and firefox-esr
WEBKITDRIVER ?= /usr/bin/WebKitWebDriver
XVFB      ?= /usr/bin/Xvfb
FIREFOX   ?= /usr/bin/firefox-esr
ENGINES   := WEBKIT_WEBDRIVER=$(WEBKITDRIVER) XVFB=$(XVFB) FIREFOX=$(FIREFOX)
WASMFLAGS := -trimpath -ldflags="-s -w"

GO_SOURCES := $(shell find app wasm -name '*.go' -not -name '*_test.go' -not -path '*/testdata/*') app/server/worker.js server.go go.mod go.sum

.PHONY: all build run static test test-host test-browser vet bench deps clean

all: build

## build: the two WebAssembly programs into web/app.wasm (reading,
## library) and web/author.wasm (exercises, teacher's views, editor), their
## brotli and gzip twins beside them, and the server into bin/
build: $(WASM) $(AUTHOR) $(SERVER) $(WASM).br

# Brotli at its best setting takes about 20 s for each program, so it is
# done here once rather than at every start of the server; again when a
# program or another file of web/ changes.
$(WASM).br: $(WASM) $(AUTHOR) $(SERVER) $(filter-out %.br %.gz %.wasm,$(wildcard web/*))
	./$(SERVER) compress -web web
	@touch $@

$(WASM): $(GO_SOURCES)
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o $@ ./wasm

$(AUTHOR): $(GO_SOURCES)
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o $@ ./wasm/author

$(SERVER): $(GO_SOURCES) $(shell find app/library/articles -type f)
	$(GO) build -trimpath -o $@ .

## run: build, then serve the default article at http://$(ADDR)/
run: build
	./$(SERVER) -addr $(ADDR) $(LIBRARY)

## static: write the whole site to dist/ for any static host or CDN
static: build
	rm -rf dist
	./$(SERVER) static -out dist $(LIBRARY)

## test: vet both targets, host tests, then browser tests in headless
## Chromium, and the smoke suite in WebKit and Firefox
test: deps vet build
	$(GO) test -count=1 ./...
	@echo "browser tests: headless Chromium against bin/newsexplorer and web/app.wasm"
	NEWSEXPLORER_BROWSER_TESTS=1 CHROMIUM=$(CHROMIUM) $(GO) test -count=1 -timeout 20m ./app/browser/
	@echo "engine tests: the smoke suite in WebKit (WebKitWebDriver, under Xvfb) and Firefox ESR (WebDriver BiDi)"
	NEWSEXPLORER_BROWSER_TESTS=1 $(ENGINES) $(GO) test -count=1 -timeout 10m -v -run '^TestSmoke$$' ./app/engines/ | grep -vE '^=== (RUN|PAUSE|CONT)'

vet:
	test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { gofmt -l .; echo "gofmt: files above need formatting" >&2; exit 1; }
	$(GO) vet ./... ./app/browser/testdata/fileserver
	GOOS=js GOARCH=wasm $(GO) vet ./... ./app/browser/testdata/fileserver

## deps: install what a fresh machine lacks: Debian's chromium,
## webkit2gtk-driver, xvfb and firefox-esr, and the npm packages the
## browser tests inject (axe-core). Fails loudly if it cannot.
AXE := app/browser/node_modules/axe-core/axe.min.js

deps: $(AXE)
	@missing=""; \
	[ -x "$(CHROMIUM)" ] || missing="$$missing chromium"; \
	[ -x "$(WEBKITDRIVER)" ] || missing="$$missing webkit2gtk-driver"; \
	[ -x "$(XVFB)" ] || missing="$$missing xvfb"; \
	[ -x "$(FIREFOX)" ] || missing="$$missing firefox-esr"; \
	if [ -n "$$missing" ]; then \
		echo "missing for the browser tests: installing Debian's$$missing"; \
		{ apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing; } \
			|| { echo "error: could not install$$missing; the browser tests need them" >&2; exit 1; }; \
	fi
	@for f in "$(CHROMIUM)" "$(WEBKITDRIVER)" "$(XVFB)" "$(FIREFOX)"; do \
		test -x "$$f" || { echo "error: $$f is missing after apt-get install; the browser tests need it" >&2; exit 1; }; \
	done
	@"$(CHROMIUM)" --version
	@"$(FIREFOX)" --version
	@mini=$$(ls /usr/lib/*/webkit2gtk-4.*/MiniBrowser 2>/dev/null | tail -n 1); \
	test -x "$$mini" || { echo "error: no WebKitGTK MiniBrowser under /usr/lib/*/webkit2gtk-4.*/ (Debian's libwebkit2gtk-4.1-0, which webkit2gtk-driver brings)" >&2; exit 1; }; \
	echo "WebKitGTK $$(dpkg-query -W -f '$${Version}' webkit2gtk-driver 2>/dev/null): $(WEBKITDRIVER), $$mini"

$(AXE): app/browser/package.json app/browser/package-lock.json
	cd app/browser && npm ci --no-audit --no-fund || { echo "error: npm ci failed; the browser tests need axe-core" >&2; exit 1; }
	@test -f $@ || { echo "error: $@ missing after npm ci" >&2; exit 1; }

## bench: figures for size, load, interaction and toggle latency, and the
## automatic annotator's quality on the gold articles and its speed
## (native and in WebAssembly under node)
WASMEXEC := $(shell $(GO) env GOROOT)/lib/wasm
bench: deps build
	$(GO) test -count=1 -run '^TestQuality$$' -v ./app/extract/ | grep -vE '^(=== RUN|PASS$$|ok )'
	$(GO) test -count=1 -run '^TestClaimQuality$$' -v ./app/extract/ | grep -E '^bench'
	$(GO) test -count=1 -run '^$$' -bench '^BenchmarkAnnotate$$' -benchtime 2s ./app/extract/ \
		| awk '/^BenchmarkAnnotate/ { n = $$1; sub(/^BenchmarkAnnotate\//, "", n); sub(/-[0-9]+$$/, "", n); printf "bench  extract native %-4s the default article: %.2f ms\n", n, $$3 / 1e6 }'
	PATH="$$PATH:$(WASMEXEC)" GOOS=js GOARCH=wasm $(GO) test -count=1 -run '^$$' -bench '^BenchmarkAnnotate$$' -benchtime 2s ./app/extract/ \
		| awk '/^BenchmarkAnnotate/ { n = $$1; sub(/^BenchmarkAnnotate\//, "", n); sub(/-[0-9]+$$/, "", n); ms = $$3 / 1e6; k = (n == "1x" ? 1 : (n == "10x" ? 10 : 100)); printf "bench  extract wasm   %-4s the default article: %.2f ms, %.2f ms per 3,000 characters%s\n", n, ms, ms / k, (n == "1x" ? " (aim: well under 5 ms)" : "") }'
	PATH="$$PATH:$(WASMEXEC)" GOOS=js GOARCH=wasm $(GO) test -count=1 -run '^$$' -bench '^BenchmarkClaims$$' -benchtime 2s ./app/extract/ \
		| awk '/^BenchmarkClaims/ { n = $$1; sub(/^BenchmarkClaims\//, "", n); sub(/-[0-9]+$$/, "", n); ms = $$3 / 1e6; k = (n == "1x" ? 1 : (n == "10x" ? 10 : 100)); printf "bench  claims wasm    %-4s the default article: %.2f ms, %.2f ms per 3,000 characters%s\n", n, ms, ms / k, (n == "1x" ? " (aim: under 2 ms)" : "") }'
	NEWSEXPLORER_BENCH=1 CHROMIUM=$(CHROMIUM) $(GO) test -count=1 -timeout 30m -run '^TestBench' -v ./app/browser/ | grep -E '^(bench|---|ok|FAIL|PASS)'
	NEWSEXPLORER_BENCH=1 $(ENGINES) $(GO) test -count=1 -timeout 20m -run '^TestBench' -v ./app/engines/ | grep -E '^(bench|---|ok|FAIL|PASS|\s+\w+_test\.go)'

clean:
	rm -rf bin dist $(WASM) $(AUTHOR) web/*.br web/*.gz
