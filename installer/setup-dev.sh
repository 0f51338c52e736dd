#!/usr/bin/env bash
# Set-up used by `make run` and `make test`: a .venv in the repository with the project
# installed, plus the Debian libraries Qt needs (installed when missing and run as root;
# otherwise the set-up stops after printing the one command that installs them).
# Usage: installer/setup-dev.sh [run|test]
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-run}"
PY="${PYTHON:-python3}"
VENV=.venv

QT_LIBS="libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libx11-6"
XCB_LIBS="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
# postgresql: the server binaries the PostgreSQL tests start on loopback (the system
# service the package brings is disabled again below); util-linux: unshare, for the
# full-disk tests' private tmpfs; binutils: objcopy/objdump for PyInstaller (make bundle)
TEST_PKGS="postgresql xvfb xauth poppler-utils binutils util-linux"

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

# The PostgreSQL package starts a system server and enables it at every boot; the tests
# start their own on loopback. Keep the package's binaries, not a server nobody asked for.
quiet_postgresql() {
  if command -v systemctl >/dev/null 2>&1; then
    systemctl disable --now postgresql >/dev/null 2>&1 || true
  fi
  if command -v update-rc.d >/dev/null 2>&1; then
    update-rc.d postgresql disable >/dev/null 2>&1 || true
  fi
  if command -v service >/dev/null 2>&1; then
    service postgresql stop >/dev/null 2>&1 || true
  fi
}

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "eidroster: cài các gói hệ thống còn thiếu / installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    case " ${missing[*]} " in *" postgresql "*) quiet_postgresql;; esac
  else
    cmd="apt-get install ${missing[*]}"
    if command -v sudo >/dev/null 2>&1 && id -nG 2>/dev/null | grep -qwE 'sudo|admin|wheel'; then
      cmd="sudo $cmd"
    else
      cmd="su -c '$cmd'"
    fi
    {
      echo "eidroster: thiếu các gói hệ thống / missing system packages:"
      echo "  ${missing[*]}"
      echo "Hãy cài chúng rồi chạy lại lệnh make / install them, then run make again:"
      echo "  $cmd"
    } >&2
    exit 1
  fi
fi

# pip, quiet but not silent: one line per package as it downloads (with its size), none of
# the lines a user can do nothing about (index locations a machine-wide pip.conf names but
# this machine lacks; setuptools' notice that an editable install is editable).
pip_install() {
  set +e
  PYTHONWARNINGS="ignore::UserWarning" PIP_PROGRESS_BAR=off \
    "$VENV/bin/python" -m pip install --disable-pip-version-check "$@" 2>&1 |
    grep --line-buffered -v -E "^WARNING: Location '.*' is ignored|^Requirement already satisfied" |
    grep --line-buffered -E "^(Collecting|Downloading|  Downloading|Installing collected|Successfully installed)|ERROR|error:|^WARNING" |
    sed -u -E 's/^  Downloading /    tải về \/ downloading /; s/^Collecting /  gói \/ package /'
  local status=${PIPESTATUS[0]}
  set -e
  return "$status"
}

if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
STAMP="$VENV/.installed-$MODE"
if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
  echo "eidroster: chuẩn bị môi trường .venv (lần đầu tải khoảng 700 MB, vài phút) / preparing .venv (first time ~700 MB)"
  pip_install --upgrade pip
  # encryption comes from sqlcipher3-wheels now (Windows and Linux); the older
  # sqlcipher3-binary writes the same files: remove both, the install below puts one back
  if "$VENV/bin/python" -m pip show -q sqlcipher3-binary >/dev/null 2>&1; then
    "$VENV/bin/python" -m pip uninstall -y -q sqlcipher3-binary sqlcipher3-wheels >/dev/null 2>&1 || true
  fi
  if [ "$MODE" = test ]; then
    pip_install -e ".[dev,encryption]"
  else
    pip_install -e ".[encryption]"
  fi
  touch "$STAMP"
  echo "eidroster: .venv sẵn sàng / ready"
fi
