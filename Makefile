# The two commands: `make run` starts the program, `make test` runs the whole suite.
# Both set up .venv (and, as root, the Debian libraries Qt needs) first.
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run demo test bench lint screenshots bundle bundle-test clean

run:
	@bash installer/setup-dev.sh run
ifdef DEMO
	$(PY) -m eidroster --demo
else
	$(PY) -m eidroster
endif

demo:
	$(MAKE) run DEMO=1

test:
	@bash installer/setup-dev.sh test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q

bench:
	@bash installer/setup-dev.sh test
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

lint:
	@bash installer/setup-dev.sh test
	$(PY) -m ruff check eidroster tests benchmarks

clean:
	rm -rf $(VENV) build dist .pytest_cache

# The one-folder bundle (PyInstaller): dist/eidroster/ (Linux here; installer\build-windows.cmd
# on Windows). `bundle-test` runs the frozen program's self-test (report files + window, offscreen).
bundle:
	@bash installer/setup-dev.sh test
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installer/eidroster.spec

bundle-test: bundle
	dist/eidroster/eidroster --self-test

# The user guide's pictures (docs/images/), drawn by the `screenshot` command from demo data.
screenshots:
	@bash installer/setup-dev.sh test
	$(PY) installer/make_screenshots.py docs/images
