#!/usr/bin/env bash
# Set-up used by `make run` and `make test`: a .venv in the repository with the project
# installed, plus the Debian libraries Qt needs (installed when missing and run as root).
# Usage: installer/setup-dev.sh [run|test]
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-run}"
PY="${PYTHON:-python3}"
VENV=.venv

QT_LIBS="libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libx11-6"
XCB_LIBS="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
TEST_PKGS="postgresql xvfb xauth poppler-utils binutils"  # binutils: objcopy/objdump for PyInstaller (make bundle)

missing=()
want_pkgs="$QT_LIBS $XCB_LIBS"
[ "$MODE" = test ] && want_pkgs="$want_pkgs $TEST_PKGS"
# PyInstaller (make bundle, the bundle test) needs Python's shared library: Debian's python3
# ships it in libpython3.X, which a bare system lacks.
if [ "$MODE" = test ] && [ "$(command -v "$PY")" = /usr/bin/python3 ]; then
  PYVER=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  want_pkgs="$want_pkgs libpython$PYVER"
fi
if command -v dpkg-query >/dev/null 2>&1; then
  for p in $want_pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if ! "$PY" -c "import venv, ensurepip" >/dev/null 2>&1; then
  missing+=("python3-venv")
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "eidroster: cài các gói hệ thống còn thiếu / installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "eidroster: thiếu các gói hệ thống / missing system packages: ${missing[*]}" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    case " ${missing[*]} " in *" python3-venv "*) exit 1;; esac
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
STAMP="$VENV/.installed-$MODE"
if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
  "$VENV/bin/python" -m pip install -q --upgrade pip
  if [ "$MODE" = test ]; then
    "$VENV/bin/python" -m pip install -q -e ".[dev,encryption]"
  else
    "$VENV/bin/python" -m pip install -q -e ".[encryption]"
  fi
  touch "$STAMP"
fi
