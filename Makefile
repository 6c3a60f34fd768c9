# Bloei: `make demo` to try it, `make test` to check it. Both set up everything they need.
export DEBUG ?= true
PY := .venv/bin/python

.PHONY: setup demo test bench lint format messages

setup:
	@mkdir -p var
	bin/system-packages.sh
	bin/venv.sh
	bin/vendor.sh
	bin/messages.sh

demo: setup
	bin/demo.sh

test: setup
	bin/test.sh

bench: setup
	bin/bench.sh

lint: setup
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

format: setup
	.venv/bin/ruff check --fix .
	.venv/bin/ruff format .

messages: setup
	@echo "Dutch messages: bloei/locale/nl/LC_MESSAGES/django.po (see docs/vertaalgids.md)"
