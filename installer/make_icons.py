"""Render the application icon from its SVG source into every size the bundles need.

    .venv/bin/python installer/make_icons.py [--check]

Writes ``resources/icons/eidroster-<N>.png`` (N in ``PNG_SIZES``), ``eidroster.png``
(256 px, for the window and the Linux ``.desktop`` entry) and ``eidroster.ico`` (Windows:
the executable, the installer and the shortcuts). Qt's SVG renderer draws; Pillow (a
reportlab dependency) packs the .ico from those same renders, one image per size, so the
small sizes are drawn at their size rather than shrunk from 256 px.

``--check`` renders into memory and exits 1 if a committed PNG differs from a fresh
render (the images are out of date with the SVG).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ICONS = REPO / "resources" / "icons"
SVG = ICONS / "eidroster.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent ``size``×``size`` image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: không đọc được SVG / invalid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A multi-size .ico made from the per-size renders."""
    from PIL import Image

    images = [Image.open(io.BytesIO(pngs[s])).convert("RGBA") for s in ICO_SIZES]
    out = io.BytesIO()
    images[-1].save(
        out, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1]
    )
    return out.getvalue()


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    pngs = {size: render_png(SVG, size) for size in PNG_SIZES}
    if "--check" in argv:
        stale = [
            f"eidroster-{s}.png" for s in PNG_SIZES
            if not (ICONS / f"eidroster-{s}.png").is_file()
            or (ICONS / f"eidroster-{s}.png").read_bytes() != pngs[s]
        ]
        if stale:
            print("Out of date, run installer/make_icons.py: " + ", ".join(stale))
            return 1
        return 0
    for size, data in pngs.items():
        _write(ICONS / f"eidroster-{size}.png", data)
    _write(ICONS / "eidroster.png", pngs[256])
    _write(ICONS / "eidroster.ico", ico_bytes(pngs))
    print(f"{len(pngs) + 2} files written in {ICONS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
