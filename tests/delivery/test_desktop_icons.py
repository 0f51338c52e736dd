"""The application icon (SVG source, PNG sizes, .ico) and the Linux menu entry."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys

from PIL import Image

from tests.conftest import REPO

ICONS = REPO / "resources" / "icons"
DESKTOP = REPO / "installer" / "eidroster.desktop"
# Keys of the Desktop Entry Specification 1.5 that an Application entry may use.
DESKTOP_KEYS = {"Type", "Version", "Name", "GenericName", "NoDisplay", "Comment", "Icon",
                "Hidden", "OnlyShowIn", "NotShowIn", "DBusActivatable", "TryExec", "Exec",
                "Path", "Terminal", "Actions", "MimeType", "Categories", "Implements",
                "Keywords", "StartupNotify", "StartupWMClass", "PrefersNonDefaultGPU",
                "SingleMainWindow"}
LOCALISABLE = {"Name", "GenericName", "Comment", "Keywords", "Icon"}
MAIN_CATEGORIES = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game",
                   "Graphics", "Network", "Office", "Science", "Settings", "System", "Utility"}


def read_desktop(path=DESKTOP) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def test_desktop_entry_keys_are_valid():
    entry = read_desktop()
    for key in entry:
        base, _, locale = key.partition("[")
        assert base in DESKTOP_KEYS, key
        if locale:
            assert base in LOCALISABLE and locale == "vi]", key
    assert entry["Type"] == "Application"
    assert entry["Version"] == "1.5"
    assert entry["Terminal"] in ("true", "false") and entry["StartupNotify"] in ("true", "false")
    assert entry["Exec"].split()[0] == "eidroster" == entry["TryExec"]
    assert "%" not in entry["Exec"]  # no field code: the program opens its own database
    assert entry["Icon"] == "eidroster" and (ICONS / "eidroster.png").is_file()
    for key in ("Categories", "Keywords", "Keywords[vi]"):
        assert entry[key].endswith(";"), key
    assert set(entry["Categories"].rstrip(";").split(";")) & MAIN_CATEGORIES
    assert "định danh" in entry["Comment[vi]"]


def test_icons_are_current_renders_of_the_svg():
    done = subprocess.run([sys.executable, str(REPO / "installer" / "make_icons.py"), "--check"],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stdout + done.stderr
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"eidroster-{size}.png") as im:
            assert im.size == (size, size) and im.mode == "RGBA"
            assert im.getpixel((0, 0))[3] == 0  # rounded corner: transparent
            assert im.getpixel((size // 2, size // 2))[3] == 255
    with Image.open(ICONS / "eidroster.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])


def test_linux_install_script_adds_and_removes_the_menu_entry(tmp_path):
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    shutil.copytree(ICONS, bundle / "_internal" / "resources" / "icons")
    shutil.copy(DESKTOP, bundle / "eidroster.desktop")
    shutil.copy(REPO / "installer" / "install-linux.sh", bundle / "install-linux.sh")
    exe = bundle / "eidroster"
    exe.write_text("#!/bin/sh\necho eidroster\n")
    exe.chmod(0o755)
    home = tmp_path / "home"
    data = home / ".local" / "share" / "eidroster"
    data.mkdir(parents=True)
    (data / "eidroster.sqlite").write_bytes(b"keep me")
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    done = subprocess.run(["bash", str(bundle / "install-linux.sh")], capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    lib = home / ".local" / "lib" / "eidroster"
    entry = read_desktop(home / ".local" / "share" / "applications" / "eidroster.desktop")
    assert entry["Exec"] == str(lib / "eidroster") == entry["TryExec"]
    assert (home / ".local/share/icons/hicolor/48x48/apps/eidroster.png").is_file()
    assert os.readlink(home / ".local" / "bin" / "eidroster") == str(lib / "eidroster")
    assert subprocess.run([str(home / ".local/bin/eidroster")], capture_output=True,
                          text=True).stdout.strip() == "eidroster"

    done = subprocess.run(["bash", str(lib / "install-linux.sh"), "--remove"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert not lib.exists()
    assert not (home / ".local" / "share" / "applications" / "eidroster.desktop").exists()
    assert (data / "eidroster.sqlite").read_bytes() == b"keep me"  # the data stays
