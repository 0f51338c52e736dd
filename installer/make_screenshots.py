"""Regenerate the user guide's pictures (``make screenshots``):

    .venv/bin/python installer/make_screenshots.py docs/images

From a fresh demo database (generated people, never real ones) in a temporary folder:

1. the program's own ``screenshot`` command draws the window's screens
   (``python -m eidroster --db DB screenshot DIR``);
2. this script draws, the same way (offscreen Qt), the first-run wizard's two pages and
   the About dialog, which exist only on a new database or on request;
3. the first page of Phụ lục III and of the head's summary PDF, as built by
   ``export``, are turned into PNGs with ``pdftoppm`` (poppler-utils).

Every PNG in DIR is replaced, so the guide never shows a stale or hand-made picture;
``OWN_IMAGES`` lists what steps 2-3 write (tests/delivery/test_guide.py checks that
every picture the guide shows comes from here or from the command).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path, PureWindowsPath

REPO = Path(__file__).resolve().parent.parent
DEMO_STAFF = 800
DEMO_SEED = 1
UNIT = {
    # plainly fictional, in the two-level map (issue 18: never a real unit or place)
    "parent_agency": "SỞ Y TẾ TỈNH MẪU",
    "unit_name": "BỆNH VIỆN ĐA KHOA MẪU",
    "place_name": "Phường Mẫu",
    "doc_number_pattern": "Số: …/BC-BV",
    "reference_letter": "Công văn số 3612/SYT-NV ngày 25/10/2023 của Sở Y tế",
    "signer_title": "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    "signer_name": "Nguyễn Văn Mẫu",
    "preparer": "Trần Thị Ví Dụ",
}
OWN_IMAGES = (
    "first-run-unit.png",
    "first-run-start.png",
    "about.png",
    "phu-luc-iii-pdf.png",
    "tom-tat-pdf.png",
)


def run(cmd: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"Lỗi khi chạy: {' '.join(cmd)} (mã {done.returncode})")


def make_database(path: Path) -> None:
    from eidroster.services.database import open_database
    from eidroster.services.demo import generate
    from eidroster.services.settings import set_settings

    db = open_database(path)
    try:
        generate(db, DEMO_STAFF, seed=DEMO_SEED)
        target = dt.date.today() + dt.timedelta(days=45)
        set_settings(db, {**UNIT, "target_date": target.isoformat()})
    finally:
        db.close()


def draw_dialogs(out: Path, work: Path) -> None:
    """The first-run wizard on a new, empty database, and the About dialog."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication, QWizard

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qs"))
    from eidroster.services.database import open_database
    from eidroster.ui.about import AboutDialog
    from eidroster.ui.app import create_application
    from eidroster.ui.first_run import FirstRunWizard

    create_application("vi")
    db = open_database(work / "new.sqlite")
    try:
        wizard = FirstRunWizard(db)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        page = wizard.unit_page
        for key, value in UNIT.items():
            editor = page.editors.get(key)
            if editor is not None and hasattr(editor, "setText"):
                editor.setText(value)
        wizard.resize(760, 680)
        wizard.show()
        QApplication.processEvents()
        for editor in page.editors.values():
            if hasattr(editor, "deselect"):
                editor.deselect()
        QApplication.processEvents()
        wizard.grab().save(str(out / "first-run-unit.png"))
        wizard.button(QWizard.WizardButton.NextButton).click()
        QApplication.processEvents()
        wizard.grab().save(str(out / "first-run-start.png"))
        wizard.close()
        # where a Windows user's data and backups are by default (platformdirs' folder)
        about = AboutDialog(None, PureWindowsPath(
            r"C:\Users\canbo\AppData\Local\eidroster\eidroster.sqlite"))
        about.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        about.show()
        QApplication.processEvents()
        about.grab().save(str(out / "about.png"))
        about.close()
    finally:
        db.close()


def pdf_pictures(db_path: Path, out: Path, work: Path, env: dict[str, str]) -> None:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("Cần pdftoppm (gói poppler-utils) để vẽ trang PDF thành ảnh")
    for report, pdf_name, png_name in (
        ("phu-luc-iii", "phu-luc-iii.pdf", "phu-luc-iii-pdf.png"),
        ("summary", "tom-tat.pdf", "tom-tat-pdf.png"),
    ):
        pdf = work / pdf_name
        run([sys.executable, "-m", "eidroster", "--db", str(db_path), "export", report,
             str(pdf)], env)
        stem = work / png_name.removesuffix(".png")
        run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(stem)], env)
        shutil.copyfile(stem.with_suffix(".png"), out / png_name)


def main(argv: list[str]) -> int:
    out = (REPO / argv[0]) if argv else REPO / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="eidroster-shots-") as tmp:
        work = Path(tmp)
        env = {**os.environ, "EIDROSTER_DATA_DIR": str(work / "data"),
               "QT_QPA_PLATFORM": "offscreen"}
        env.pop("EIDROSTER_DB", None)
        os.environ["EIDROSTER_DATA_DIR"] = env["EIDROSTER_DATA_DIR"]
        db_path = work / "demo.sqlite"
        make_database(db_path)
        run([sys.executable, "-m", "eidroster", "--db", str(db_path), "screenshot", str(out)], env)
        pdf_pictures(db_path, out, work, env)
        draw_dialogs(out, work)
    made = sorted(p.name for p in out.glob("*.png"))
    missing = [name for name in OWN_IMAGES if name not in made]
    if missing:
        raise SystemExit("Không tạo được: " + ", ".join(missing))
    print(f"{len(made)} ảnh trong {out}: {', '.join(made)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
