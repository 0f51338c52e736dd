"""Translations and locale for the window.

Convention for every module in ``eidroster/ui``:

* Visible strings are written in **Vietnamese** in the code, through ``self.tr("…")``
  in QObject subclasses or ``QCoreApplication.translate("Context", "…")`` elsewhere
  (``tr()`` below is a short form of the latter). With no translator installed the
  program therefore speaks Vietnamese.
* Qt's own widget strings (standard buttons, the text-field menu, the file dialog)
  have no Vietnamese in Qt: ``resources/translations/qt_vi.ts`` (hand-written,
  compiled to ``qt_vi.qm``) is loaded for Vietnamese.
* English is a translation: ``resources/translations/eidroster_en.ts`` is extracted by
  ``pyside6-lupdate`` from all ``eidroster/ui/*.py`` and compiled with
  ``pyside6-lrelease`` to ``eidroster_en.qm`` (committed), loaded by
  :func:`install_translator` when the language is ``"en"``.
* Numbers on screen follow the window's language (Vietnamese 1.097 and 99,9%; English
  1,097 and 99.9%) through :func:`format_int`, :func:`format_rate` and :func:`decimal`
  here; dates are dd/MM/yyyy in both (:data:`DATE_FORMAT`). The documents (Phụ lục,
  letters) are Vietnamese whatever the window's language: ``reports`` format for
  themselves with ``eidroster.domain.text``.

Run ``python -m eidroster.ui.i18n`` to refresh the .ts and rebuild the .qm.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from eidroster.domain import aggregate, text
from eidroster.domain.statuses import Bucket, Status
from eidroster.paths import data_dir, resource

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
DATE_FORMAT = "dd/MM/yyyy"  # for QDateEdit.setDisplayFormat

_installed: list[QTranslator] = []
_language = [DEFAULT_LANGUAGE]  # the language in effect (install_translator)


def tr(context: str, text: str) -> str:
    """``QCoreApplication.translate`` under a shorter name (extracted by lupdate when
    written as ``QCoreApplication.translate``; use this only for already-extracted
    strings, e.g. the labels below)."""
    return QCoreApplication.translate(context, text)


def settings() -> QSettings:
    """The window's own preferences (geometry, column widths, language), in an .ini
    file in the user's data folder (beside the database by default)."""
    return QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)


def saved_language() -> str:
    value = settings().value("ui/language", DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(lang)
    s = settings()
    s.setValue("ui/language", lang)
    s.sync()


def translation_path(lang: str, suffix: str = ".qm") -> Path:
    return resource("translations", f"eidroster_{lang}{suffix}")


def install_translator(app: QCoreApplication, lang: str | None = None) -> str:
    """Install the translator for ``lang`` ("vi" default: nothing to load; "en" loads
    the compiled .qm) and the Vietnamese number/date locale. Returns the language in
    effect (falls back to Vietnamese if the .qm is missing)."""
    lang = lang or DEFAULT_LANGUAGE
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang == "en" and translation_path("en").is_file():
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    if lang == "vi":
        # Qt ships no Vietnamese for its own widgets (standard buttons "OK"/"Cancel",
        # the text-field menu, the file dialog): qt_vi.ts holds those we show.
        qt_vi = QTranslator(app)
        if qt_vi.load(str(resource("translations", "qt_vi.qm"))):
            app.installTranslator(qt_vi)
            _installed.append(qt_vi)
    if lang == "en":
        translator = QTranslator(app)
        if translator.load(str(translation_path("en"))):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            lang = DEFAULT_LANGUAGE
    _label_cache.clear()
    _bucket_cache.clear()
    _language[0] = lang
    return lang


def current_language() -> str:
    return _language[0]


# ---------------------------------------------------------------- numbers on screen

def format_int(n: int) -> str:
    """1097 -> "1.097" (Vietnamese) or "1,097" (English)."""
    return f"{n:,}" if _language[0] == "en" else text.format_int(n)


def decimal(number_text: str) -> str:
    """A number written with a decimal comma ("85,3"), in the window's language."""
    return number_text.replace(",", ".") if _language[0] == "en" else number_text


def format_rate(level2: int, total: int) -> str:
    """The report's rate ("99,9%", never rounded up to 100%) in the window's language."""
    return decimal(aggregate.format_rate(level2, total))


# ---------------------------------------------------------------- domain labels

# Two dicts: Status.LEVEL2 == Bucket.LEVEL2 as strings (both StrEnum "level2").
_label_cache: dict[Status, str] = {}
_bucket_cache: dict[Bucket, str] = {}


def status_label(status: Status | str) -> str:
    """The status label in the window's language (reports always use STATUS_LABEL_VI)."""
    key = Status(status)
    if not _label_cache:
        _fill_labels()
    return _label_cache[key]


def bucket_label(bucket: Bucket | str) -> str:
    key = Bucket(bucket)
    if not _label_cache:
        _fill_labels()
    return _bucket_cache[key]


def _fill_labels() -> None:

    _label_cache.update({
        Status.NO_CHIP_CARD: QCoreApplication.translate("Status", "Chưa có thẻ căn cước gắn chip"),
        Status.NOT_REGISTERED: QCoreApplication.translate("Status", "Chưa đăng ký"),
        Status.SUBMITTED: QCoreApplication.translate("Status", "Đã nộp hồ sơ, chờ phê duyệt"),
        Status.REJECTED: QCoreApplication.translate("Status", "Hồ sơ bị từ chối"),
        Status.APPROVED_NOT_ACTIVATED: QCoreApplication.translate("Status", "Đã phê duyệt, chưa kích hoạt"),
        Status.LEVEL1: QCoreApplication.translate("Status", "Đã kích hoạt mức 1"),
        Status.LEVEL2: QCoreApplication.translate("Status", "Đã kích hoạt mức 2"),
    })
    _bucket_cache.update({
        Bucket.NONE: QCoreApplication.translate("Status", "Chưa định danh"),
        Bucket.LEVEL1: QCoreApplication.translate("Status", "Đã định danh mức 1"),
        Bucket.LEVEL2: QCoreApplication.translate("Status", "Đã định danh mức 2"),
    })


def field_label(field: object) -> str:
    """An import field's name in the window's language (``services.importer.Field``;
    the importer's own FIELD_LABEL_VI names it in its Vietnamese messages)."""
    labels = {
        "stt": QCoreApplication.translate("ImportField", "Số thứ tự"),
        "full_name": QCoreApplication.translate("ImportField", "Họ và tên"),
        "ho_dem": QCoreApplication.translate("ImportField", "Họ (và đệm)"),
        "ten": QCoreApplication.translate("ImportField", "Tên"),
        "birth_date": QCoreApplication.translate("ImportField", "Ngày sinh"),
        "birth_male": QCoreApplication.translate("ImportField", "Ngày sinh (Nam)"),
        "birth_female": QCoreApplication.translate("ImportField", "Ngày sinh (Nữ)"),
        "gender": QCoreApplication.translate("ImportField", "Giới tính"),
        "id_number": QCoreApplication.translate("ImportField", "Số định danh cá nhân"),
        "department": QCoreApplication.translate("ImportField", "Khoa/phòng"),
        "title": QCoreApplication.translate("ImportField", "Chức danh"),
        "status": QCoreApplication.translate("ImportField", "Tình trạng"),
        "tick_none": QCoreApplication.translate("ImportField", "Chưa định danh (đánh dấu)"),
        "tick_level1": QCoreApplication.translate("ImportField", "Mức 1 (đánh dấu)"),
        "tick_level2": QCoreApplication.translate("ImportField", "Mức 2 (đánh dấu)"),
        "reason": QCoreApplication.translate("ImportField", "Lý do"),
        "justified": QCoreApplication.translate("ImportField", "Chính đáng"),
        "note": QCoreApplication.translate("ImportField", "Ghi chú"),
        "phone": QCoreApplication.translate("ImportField", "Số điện thoại (không lưu)"),
        "start_date": QCoreApplication.translate("ImportField", "Ngày vào làm"),
        "leave_date": QCoreApplication.translate("ImportField", "Ngày nghỉ việc"),
        "row_date": QCoreApplication.translate(
            "ImportField", "Ngày của tình trạng (kích hoạt, cập nhật)"),
    }
    value = getattr(field, "value", field)
    return labels.get(str(value), str(value))


def gender_label(gender: str | None) -> str:
    if gender == "M":
        return QCoreApplication.translate("Gender", "Nam")
    if gender == "F":
        return QCoreApplication.translate("Gender", "Nữ")
    return ""


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("YesNo", "Có") if value else QCoreApplication.translate(
        "YesNo", "Không")


# ---------------------------------------------------------------- maintenance

def update_translations() -> int:
    """Extract strings from every ``eidroster/ui/*.py`` into the .ts (keeping existing
    translations) and compile the .qm. Needs pyside6-lupdate/lrelease beside python."""
    bindir = Path(sys.executable).parent
    ui_dir = Path(__file__).resolve().parent
    sources = sorted(str(p) for p in ui_dir.glob("*.py"))
    ts = translation_path("en", ".ts")
    ts.parent.mkdir(parents=True, exist_ok=True)
    known = _known_translations(ts)
    subprocess.run(
        [str(bindir / "pyside6-lupdate"), *sources, "-source-language", "vi_VN",
         "-target-language", "en_GB", "-no-obsolete", "-ts", str(ts)],
        check=True,
    )
    _carry_over(ts, known)
    subprocess.run(
        [str(bindir / "pyside6-lrelease"), str(ts), "-qm", str(translation_path("en"))],
        check=True,
    )
    qt_vi = resource("translations", "qt_vi.ts")  # hand-written: Qt's own widget strings
    subprocess.run(
        [str(bindir / "pyside6-lrelease"), str(qt_vi), "-qm", str(qt_vi.with_suffix(".qm"))],
        check=True,
    )
    return 0


_MESSAGE = re.compile(r"<message>.*?</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_DONE = re.compile(r"<translation>(.*?)</translation>", re.S)
_UNFINISHED = re.compile(r'<translation type="unfinished">(.*?)</translation>', re.S)


def _known_translations(ts: Path) -> dict[str, str]:
    """Every finished translation of the .ts by (escaped) source text, any context."""
    known: dict[str, str] = {}
    if ts.is_file():
        for block in _MESSAGE.findall(ts.read_text(encoding="utf-8")):
            source, done = _SOURCE.search(block), _DONE.search(block)
            if source and done and done.group(1):
                known.setdefault(source.group(1), done.group(1))
    return known


def _carry_over(ts: Path, known: dict[str, str]) -> int:
    """A string that moved to another class (another context) keeps its translation:
    fill each unfinished message whose source was translated before, leaving the rest
    of lupdate's file as it wrote it. Returns how many were filled."""
    filled = 0

    def fill(match: re.Match) -> str:
        nonlocal filled
        block = match.group(0)
        source = _SOURCE.search(block)
        text = known.get(source.group(1)) if source else None
        if not text or not _UNFINISHED.search(block):
            return block
        filled += 1
        return _UNFINISHED.sub(lambda _m: f"<translation>{text}</translation>", block)

    content = _MESSAGE.sub(fill, ts.read_text(encoding="utf-8"))
    if filled:
        ts.write_text(content, encoding="utf-8")
    return filled


if __name__ == "__main__":
    raise SystemExit(update_translations())
