"""``python -m eidroster [--db PATH]`` with no command: the window."""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import socket
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("window", help="mở cửa sổ chương trình (mặc định khi không có lệnh)")
    p.set_defaults(func=run_window)


NO_DISPLAY = ("Lỗi: không có màn hình để mở cửa sổ ({why}). Hãy chạy trên máy có giao diện "
              "đồ họa; các lệnh như summary, import, export vẫn dùng được ở đây.")


def x11_reachable(display: str) -> bool:
    """Whether an X server answers at ``display`` (with this user's authorisation): the
    very call Qt's xcb plugin makes, which aborts the process when it fails."""
    name = ctypes.util.find_library("xcb")
    if name:
        try:
            xcb = ctypes.CDLL(name)
            xcb.xcb_connect.restype = ctypes.c_void_p
            xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
            xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
            xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
            screen = ctypes.c_int(0)
            conn = xcb.xcb_connect(display.encode(), ctypes.byref(screen))
            try:
                return xcb.xcb_connection_has_error(conn) == 0
            finally:
                xcb.xcb_disconnect(conn)
        except (OSError, AttributeError):
            pass
    return _x11_socket(display)


def _x11_socket(display: str) -> bool:
    host, _, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not number.isdigit():
        return False
    try:
        if host in ("", "unix"):
            with socket.socket(socket.AF_UNIX) as s:
                s.settimeout(2)
                s.connect(f"/tmp/.X11-unix/X{number}")
        else:
            socket.create_connection((host, 6000 + int(number)), timeout=2).close()
    except OSError:
        return False
    return True


def wayland_reachable(name: str) -> bool:
    path = name if name.startswith("/") else os.path.join(os.environ.get("XDG_RUNTIME_DIR", ""), name)
    try:
        with socket.socket(socket.AF_UNIX) as s:
            s.settimeout(2)
            s.connect(path)
    except OSError:
        return False
    return True


def display_problem(env: dict[str, str] | None = None) -> str | None:
    """Why no window can open here (in Vietnamese), or None when a display answers or
    the platform is not the desktop's (offscreen, Windows, macOS)."""
    env = dict(os.environ) if env is None else env
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0]
    if platform not in ("", "xcb", "wayland"):
        return None
    display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    if not display and not wayland:
        return "biến DISPLAY/WAYLAND_DISPLAY trống"
    if platform != "xcb" and wayland and wayland_reachable(wayland):
        return None
    if platform != "wayland" and display and x11_reachable(display):
        return None
    shown = display or wayland
    return f"không kết nối được tới màn hình {shown[:40]!r}"


def run_window(ctx) -> int:
    problem = display_problem()
    if problem:
        print(NO_DISPLAY.format(why=problem), file=sys.stderr)
        return 1
    from eidroster.ui.app import run_app

    return run_app(ctx.db_target, lang=ctx.args.lang)
