"""The Vietnamese user guide: every picture it shows exists and is made by code (the
`screenshot` command or installer/make_screenshots.py), its links resolve, and it covers
what an HR office needs."""

from __future__ import annotations

import re
import sys
import unicodedata

from PIL import Image

from tests.conftest import REPO

GUIDE = REPO / "docs" / "huong-dan-su-dung.md"
IMAGES = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def guide() -> str:
    return GUIDE.read_text(encoding="utf-8")


def github_slug(heading: str) -> str:
    text = unicodedata.normalize("NFC", heading.strip().lower())
    text = "".join(ch for ch in text if ch.isalnum() or ch in " -_")
    return text.replace(" ", "-")


def test_every_picture_in_the_guide_exists_and_is_a_real_png():
    refs = IMAGES.findall(guide())
    assert len(refs) >= 10
    for ref in refs:
        path = (GUIDE.parent / ref).resolve()
        assert path.is_file(), ref
        assert path.parent == REPO / "docs" / "images", ref
        with Image.open(path) as im:
            assert im.format == "PNG" and im.width >= 300 and im.height >= 150, ref
            colours = im.convert("RGB").getcolors(maxcolors=1_000_000)
            assert colours is None or len(colours) > 50, f"{ref} looks blank"


def test_every_picture_is_drawn_by_the_program(tmp_path, demo_db, run_cli):
    """No hand-made picture: each one is a file the screenshot command or the
    make_screenshots script writes."""
    done = run_cli("--db", str(demo_db.path), "screenshot", str(tmp_path / "shots"))
    assert done.returncode == 0, done.stderr
    from_command = {p.name for p in (tmp_path / "shots").glob("*.png")}
    assert "main_window.png" in from_command
    sys.path.insert(0, str(REPO / "installer"))
    try:
        import make_screenshots
    finally:
        sys.path.remove(str(REPO / "installer"))
    drawn = from_command | set(make_screenshots.OWN_IMAGES)
    shown = {ref.rsplit("/", 1)[-1] for ref in IMAGES.findall(guide())}
    assert shown <= drawn, f"not made by code: {shown - drawn}"
    makefile = (REPO / "Makefile").read_text()
    assert re.search(r"^screenshots:", makefile, re.M)
    assert "installer/make_screenshots.py docs/images" in makefile


def test_internal_links_point_at_headings():
    text = guide()
    slugs = {github_slug(h) for h in re.findall(r"^#{1,4} (.+)$", text, re.M)}
    links = re.findall(r"\]\(#([^)]+)\)", text)
    assert links
    for link in links:
        assert link in slugs, link


def test_the_guide_covers_the_office_work():
    text = guide()
    headings = " | ".join(re.findall(r"^#{1,3} (.+)$", text, re.M))
    for topic in ("Cài đặt", "Lần đầu mở chương trình", "Nhập danh sách", "Cập nhật hằng ngày",
                  "iDesk", "Phụ lục IV gửi qua thư điện tử", "Sao lưu", "Windows", "Linux"):
        assert topic in headings, topic
    # What people ask: no administrator, where the data is, the password travels separately.
    for phrase in ("không hỏi mật khẩu quản trị", "%LOCALAPPDATA%\\eidroster",
                   "mật khẩu qua kênh khác", "--self-test", "Không** (mặc định)"):
        assert phrase in text, phrase
