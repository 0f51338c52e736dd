"""Generated chip-card QR texts for the tests (generated people only, never real ones),
and what damaged scanners and keyboards make of them.

A USB scanner sends US key codes; the computer turns them into characters with its own
keyboard layout. :func:`as_typed_on` writes what arrives for a few layouts, from the
layouts themselves (written here independently of the parser's tables)."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass

from eidroster.domain.cccd import make_cccd
from eidroster.services.demo import DEM_F, DEM_M, HO, TEN_F, TEN_M

STREETS = ("Tổ 3, Khu phố Mẫu", "Thôn Thử Nghiệm", "Số 12 đường Giả Định", "Ấp Ví Dụ")
WARDS = ("Phường Một", "Xã Hai", "Phường Bốn", "Xã Năm Mẫu")


@dataclass(frozen=True)
class Card:
    id_number: str
    cmnd: str
    ho: str
    dem: str
    ten: str
    birth: dt.date
    gender: str  # "M" / "F"
    address: str
    issued: dt.date

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.ho, self.dem, self.ten) if p)

    def qr(self) -> str:
        return "|".join([
            self.id_number, self.cmnd, self.full_name, self.birth.strftime("%d%m%Y"),
            "Nam" if self.gender == "M" else "Nữ", self.address, self.issued.strftime("%d%m%Y"),
        ])


def cards(n: int, seed: int = 1, province: str = "079") -> list[Card]:
    rng = random.Random(seed)
    out = []
    used: set[str] = set()
    while len(out) < n:
        female = rng.random() < 0.55
        birth = dt.date(1962, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 40))
        number = make_cccd(province, birth.year, "F" if female else "M", rng.randrange(10**6))
        if number in used:
            continue
        used.add(number)
        cmnd = "" if rng.random() < 0.4 else f"{rng.randrange(10**8, 10**9)}"
        out.append(Card(
            number, cmnd, rng.choice(HO), rng.choice(DEM_F if female else DEM_M),
            rng.choice(TEN_F if female else TEN_M), birth, "F" if female else "M",
            f"{rng.choice(STREETS)}, {rng.choice(WARDS)}, Thành phố Mẫu",
            dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(0, 1500)),
        ))
    return out


def without_marks(text: str) -> str:
    """What a scanner that cannot type Vietnamese letters sends: the marks dropped."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(ch))


def with_question_marks(text: str) -> str:
    """Another kind of scanner: "?" for every letter it cannot type."""
    return "".join(ch if ch.isascii() else "?" for ch in unicodedata.normalize("NFC", text))


def caps_lock(text: str) -> str:
    """Typed with Caps Lock on: letters' case inverted."""
    return text.swapcase()


_US_TO = {
    # the character a US key code gives on that layout (only the keys a QR code uses)
    "uk": {"|": "~"},
    "de": {"|": "'", "y": "z", "z": "y", "Y": "Z", "Z": "Y"},
    "fr": {"|": "µ", "a": "q", "q": "a", "A": "Q", "Q": "A", "z": "w", "w": "z", "Z": "W",
           "W": "Z", "m": ",", "M": "?", "1": "&", "2": "é", "3": '"', "4": "'", "5": "(",
           "6": "-", "7": "è", "8": "_", "9": "ç", "0": "à"},
}


def as_typed_on(layout: str, text: str) -> str:
    """What arrives when a US-layout scanner types ``text`` (ASCII: the scanner drops
    the marks first) on a computer whose keyboard layout is ``layout``."""
    table = _US_TO[layout]
    return "".join(table.get(ch, ch) for ch in without_marks(text))


def write_scans(path, lines: list[str], newline: str = "\n") -> None:
    path.write_text(newline.join(lines) + newline, encoding="utf-8")
