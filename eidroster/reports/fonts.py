"""The shipped serif font (Liberation Serif 2.x: Times New Roman metrics, full
Vietnamese, SIL OFL 1.1 — see ``resources/fonts/LICENSE-OFL.txt``), registered once
with reportlab so every PDF embeds it."""

from __future__ import annotations

import threading

from eidroster.domain.errors import StorageError
from eidroster.paths import resource

FAMILY = "EidSerif"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"
XLSX_FONT = "Times New Roman"  # Excel's name; LibreOffice maps it to Liberation Serif

FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the four faces and the family (so <b>/<i> in paragraphs work)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, filename in FILES.items():
            path = resource("fonts", filename)
            if not path.is_file():
                raise StorageError(
                    f"Thiếu phông chữ {filename} trong thư mục {path.parent}; "
                    "hãy cài lại chương trình"
                )
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        _registered = True
