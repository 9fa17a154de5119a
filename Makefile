# The two commands of the README. Both install what is missing first.
PORT ?= 8080

.PHONY: run test build cli
run:            ## build and serve at http://127.0.0.1:$(PORT)
	PORT=$(PORT) scripts/run.sh

test:           ## fmt, clippy, native + browser tests, release build, e2e, size report
	scripts/test.sh

build:          ## release build into dist/
	scripts/tools.sh build && . scripts/env.sh && trunk build --release

cli:            ## the native command-line tool
	cargo build --release --bin annexa
