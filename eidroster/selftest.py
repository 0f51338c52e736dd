"""``eidroster --self-test``: prove this copy of the program works, end to end.

Made for the frozen bundle (a missing resource or hidden import shows up here rather
than in an HR office) and usable from the source tree. In a temporary data folder of
its own — never the user's database, data folder or window preferences — it:

1. imports every module of the program (the command modules are discovered at run time
   and the window imports its dialogs lazily: a module left out of a bundle fails here);
2. creates a database and fills it with generated (fake) people;
3. builds every report through the same functions as the command line and the window:
   Phụ lục III .xlsx and .pdf, Phụ lục IV .xlsx (plain and password-protected) and .pdf,
   the head's summary .pdf — and reads each back (the TỔNG CỘNG row against the
   database, embedded fonts in the PDFs, real Office encryption);
4. draws the main window, the first-run wizard and the About dialog offscreen
   (``QT_QPA_PLATFORM=offscreen`` is set when there is no display) and checks the
   pictures, and loads the English translation.

Exit status 0 when every part passes; 1 otherwise, with a Vietnamese line naming each
failing part on stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

DEMO_STAFF = 240
DEMO_SEED = 11
SKIPPED_MODULES = {"eidroster.__main__"}  # runs the program when imported


class SelfTestError(Exception):
    """A check that did not hold; the message is Vietnamese and names what was seen."""


@dataclass
class _State:
    folder: Path
    db: object | None = None
    as_of: dt.date = field(default_factory=dt.date.today)
    app: object | None = None
    lang: str | None = None
    outputs: dict[str, Path] = field(default_factory=dict)


def run_self_test(args: argparse.Namespace | None = None) -> int:
    lang = getattr(args, "lang", None) if args is not None else None
    _prepare_streams()
    _prepare_display()
    from eidroster import __version__

    frozen = " (bản đóng gói)" if getattr(sys, "frozen", False) else ""
    print(f"eidroster {__version__}{frozen}: tự kiểm tra")
    folder = Path(tempfile.mkdtemp(prefix="eidroster-selftest-"))
    saved_env = {k: os.environ.get(k) for k in ("EIDROSTER_DATA_DIR", "EIDROSTER_DB")}
    os.environ["EIDROSTER_DATA_DIR"] = str(folder / "data")
    os.environ.pop("EIDROSTER_DB", None)
    state = _State(folder=folder, lang=lang)
    steps: list[tuple[str, Callable[[_State], str]]] = [
        ("Các mô-đun của chương trình", _check_modules),
        ("Cơ sở dữ liệu tạm với người mẫu", _check_database),
        ("Nhập danh sách từ tệp Excel", _check_import),
        ("Phụ lục III (.xlsx)", _check_phu_luc_iii_xlsx),
        ("Phụ lục III (.pdf)", _check_phu_luc_iii_pdf),
        ("Phụ lục IV (.xlsx, có và không có mật khẩu)", _check_phu_luc_iv_xlsx),
        ("Phụ lục IV (.pdf)", _check_phu_luc_iv_pdf),
        ("Báo cáo tóm tắt cho Thủ trưởng (.pdf)", _check_summary_pdf),
        ("Cửa sổ chính", _window_step(0)),
        ("Trình hướng dẫn lần đầu và hộp Giới thiệu", _window_step(1)),
        ("Bản dịch tiếng Anh", _window_step(2)),
    ]
    failed: list[str] = []
    started = time.perf_counter()
    try:
        for name, step in steps:
            if state.db is None and step not in (_check_modules, _check_database):
                failed.append(name)
                print(f"  [LỖI] {name}: bỏ qua vì không tạo được cơ sở dữ liệu", file=sys.stderr)
                continue
            t0 = time.perf_counter()
            try:
                detail = step(state)
            except Exception as exc:  # every failure is reported, never a bare traceback
                failed.append(name)
                print(f"  [LỖI] {name}: {_describe(exc)}", file=sys.stderr)
                if os.environ.get("EIDROSTER_DEBUG"):
                    traceback.print_exc()
                continue
            took = f"{time.perf_counter() - t0:.2f}".replace(".", ",")
            print(f"  [ OK ] {name}: {detail} ({took} s)")
    finally:
        _close(state)
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        shutil.rmtree(folder, ignore_errors=True)
    total = f"{time.perf_counter() - started:.1f}".replace(".", ",")
    if failed:
        print(f"Tự kiểm tra KHÔNG ĐẠT ({len(failed)} phần lỗi: {'; '.join(failed)}).",
              file=sys.stderr)
        return 1
    print(f"Tự kiểm tra đạt: {len(steps)}/{len(steps)} phần, {total} s.")
    return 0


# ----------------------------------------------------------------- set-up

def _prepare_streams() -> None:
    """Vietnamese text on a Windows console or pipe must not raise UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):
                pass


def _prepare_display() -> None:
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _describe(exc: BaseException) -> str:
    from eidroster.domain.errors import EidrosterError

    if isinstance(exc, EidrosterError):
        return exc.message
    if isinstance(exc, SelfTestError):
        return str(exc)
    if isinstance(exc, ModuleNotFoundError):
        return f"thiếu mô-đun {exc.name} trong bản cài đặt ({exc})"
    if isinstance(exc, FileNotFoundError):
        return f"thiếu tệp {exc.filename} ({exc.strerror})"
    return f"{type(exc).__name__}: {exc}"


def _close(state: _State) -> None:
    db = state.db
    if db is not None:
        try:
            db.close()  # type: ignore[attr-defined]
        except Exception:
            pass
        state.db = None


# ----------------------------------------------------------------- the parts

def _check_modules(state: _State) -> str:
    import importlib
    import pkgutil

    import eidroster

    names = sorted(
        m.name for m in pkgutil.walk_packages(eidroster.__path__, "eidroster.")
        if m.name not in SKIPPED_MODULES
    )
    missing = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:
            missing.append(f"{name} ({_describe(exc)})")
    needed = ("eidroster.commands.window", "eidroster.ui.app", "eidroster.reports.exports")
    absent = [n for n in needed if n not in names]
    if absent:
        raise SelfTestError("không tìm thấy các mô-đun " + ", ".join(absent))
    if missing:
        raise SelfTestError("không nạp được: " + "; ".join(missing))
    return f"{len(names)} mô-đun"


def _check_database(state: _State) -> str:
    from eidroster.services.database import count_rows, open_database
    from eidroster.services.demo import generate
    from eidroster.services.settings import set_settings

    db = open_database(state.folder / "selftest.sqlite")
    state.db = db
    # the demo's unit details are plainly fictional: a report needs them (never real ones)
    generate(db, DEMO_STAFF, seed=DEMO_SEED, today=state.as_of)
    set_settings(db, {
        "unit_name": "ĐƠN VỊ TỰ KIỂM TRA",
        "signer_name": "Người Ký Mẫu",
        "target_date": (state.as_of + dt.timedelta(days=30)).isoformat(),
    })
    people = count_rows(db, "employees")
    if people != DEMO_STAFF:
        raise SelfTestError(f"có {people} người trong CSDL, cần {DEMO_STAFF}")
    return f"{people} người mẫu"


def _check_import(state: _State) -> str:
    """A small generated list written as .xlsx and imported (the spreadsheet reader, the
    parser and the merge, as the import window uses them)."""
    from eidroster.domain.cccd import make_cccd
    from eidroster.io.import_template import TEMPLATE_HEADERS, write_rows
    from eidroster.services.database import count_rows
    from eidroster.services.importer import load_table, run_import

    people = [
        ("Kiểm Thị Thử", dt.date(1990, 5, 1), "Nữ", make_cccd("079", 1990, "F", 101)),
        ("Tự Văn Kiểm", dt.date(1985, 11, 23), "Nam", make_cccd("077", 1985, "M", 202)),
        ("Đặng Thử Nghiệm", dt.date(2001, 2, 14), "Nam", make_cccd("075", 2001, "M", 303)),
    ]
    rows = [(n, name, birth, gender, cccd, "Khoa Tự Kiểm Tra", "Nhân viên",
             "Đã kích hoạt mức 2", "", "", "")
            for n, (name, birth, gender, cccd) in enumerate(people, 1)]
    path = state.folder / "nhap-thu.xlsx"
    write_rows(path, TEMPLATE_HEADERS, rows, sheet_title="Danh sách")
    before = count_rows(state.db, "employees")  # type: ignore[arg-type]
    result = run_import(state.db, load_table(path))  # type: ignore[arg-type]
    after = count_rows(state.db, "employees")  # type: ignore[arg-type]
    if not result.applied or result.added != len(people) or after != before + len(people):
        raise SelfTestError(
            f"nhập {len(people)} dòng nhưng thêm được {after - before} người "
            f"({result.rejected_rows} dòng bị từ chối)")
    return f"{len(people)} dòng đọc và thêm vào CSDL"


def _expect_pdf(path: Path) -> int:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SelfTestError(f"{path.name} không phải tệp PDF hoàn chỉnh")
    if b"/FontFile2" not in data:
        raise SelfTestError(f"{path.name}: phông chữ không được nhúng (thiếu resources/fonts?)")
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    if pages < 1:
        raise SelfTestError(f"{path.name} không có trang nào")
    return pages


def _check_phu_luc_iii_xlsx(state: _State) -> str:
    from openpyxl import load_workbook

    from eidroster.reports.exports import export_phu_luc_iii
    from eidroster.services.summary import summary

    out = state.folder / "phu-luc-iii.xlsx"
    export_phu_luc_iii(state.db, out, state.as_of)  # type: ignore[arg-type]
    total = summary(state.db, state.as_of).total  # type: ignore[arg-type]
    ws = load_workbook(out, read_only=True).active
    for row in ws.iter_rows(values_only=True):
        if any(isinstance(v, str) and v.strip().upper() == "TỔNG CỘNG" for v in row):
            numbers = [v for v in row if isinstance(v, int | float) and not isinstance(v, bool)]
            if total.total not in numbers or total.level2 not in numbers:
                raise SelfTestError(
                    f"dòng TỔNG CỘNG {numbers} không khớp CSDL (tổng {total.total}, "
                    f"mức 2 {total.level2})")
            return f"TỔNG CỘNG {total.total} người, {total.level2} mức 2, khớp CSDL"
    raise SelfTestError("không có dòng TỔNG CỘNG trong bảng tính")


def _check_phu_luc_iii_pdf(state: _State) -> str:
    from eidroster.reports.exports import export_phu_luc_iii

    out = state.folder / "phu-luc-iii.pdf"
    export_phu_luc_iii(state.db, out, state.as_of)  # type: ignore[arg-type]
    return f"{_expect_pdf(out)} trang, phông chữ nhúng"


def _check_phu_luc_iv_xlsx(state: _State) -> str:
    import msoffcrypto
    from openpyxl import load_workbook

    from eidroster.reports.exports import export_phu_luc_iv

    out = state.folder / "phu-luc-iv.xlsx"
    result = export_phu_luc_iv(state.db, out, state.as_of)  # type: ignore[arg-type]
    if result.rows < 1:
        raise SelfTestError("danh sách Phụ lục IV trống dù dữ liệu mẫu có người chưa mức 2")
    with zipfile.ZipFile(out) as zf:
        if "xl/workbook.xml" not in zf.namelist():
            raise SelfTestError(f"{out.name} không phải bảng tính .xlsx")
    load_workbook(out, read_only=True).close()
    locked = state.folder / "phu-luc-iv-mat-khau.xlsx"
    export_phu_luc_iv(state.db, locked, state.as_of, password="tu-kiem-tra")  # type: ignore[arg-type]
    with locked.open("rb") as fh:
        if not msoffcrypto.OfficeFile(fh).is_encrypted():
            raise SelfTestError("tệp có mật khẩu không được mã hóa")
    return f"{result.rows} người chưa mức 2; bản có mật khẩu được mã hóa"


def _check_phu_luc_iv_pdf(state: _State) -> str:
    from eidroster.reports.exports import export_phu_luc_iv

    out = state.folder / "phu-luc-iv.pdf"
    result = export_phu_luc_iv(state.db, out, state.as_of)  # type: ignore[arg-type]
    return f"{_expect_pdf(out)} trang, {result.rows} người"


def _check_summary_pdf(state: _State) -> str:
    from eidroster.reports.exports import export_summary

    out = state.folder / "tom-tat.pdf"
    export_summary(state.db, out, state.as_of)  # type: ignore[arg-type]
    return f"{_expect_pdf(out)} trang"


def _window_step(n: int) -> Callable[[_State], str]:
    """The window checks live in ``eidroster.ui.selftest_window`` (the only Qt code is
    under ``ui/``); imported when the step runs, so a broken Qt fails that step only."""

    def step(state: _State) -> str:
        from eidroster.ui.selftest_window import WINDOW_STEPS

        return WINDOW_STEPS[n](state)

    return step
