# Thin wrappers: dev.sh does the real work (and its own set-up).
.PHONY: run test bench screenshots setup lint dist
run:
	./dev.sh run
test:
	./dev.sh test
bench:
	./dev.sh bench
screenshots:
	./dev.sh screenshots
dist:
	./dev.sh dist
setup:
	./dev.sh setup
lint:
	.venv/bin/ruff check trainer tests && .venv/bin/mypy
