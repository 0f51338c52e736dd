"""A small reader of installer/eidroster.iss (Inno Setup cannot run here): sections,
#define values, entries of the list sections as parameter dicts."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import REPO

ISS = REPO / "installer" / "eidroster.iss"
INSTALLER = ISS.parent


def iss_text(path: Path = ISS) -> str:
    return path.read_bytes().decode("utf-8-sig")


def defines(text: str | None = None) -> dict[str, str]:
    text = iss_text() if text is None else text
    return dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', text, re.M))


def sections(text: str | None = None) -> dict[str, list[str]]:
    """Section name -> its non-empty, non-comment lines (``;`` comments; [Code] kept whole)."""
    text = iss_text() if text is None else text
    out: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m and current != "Code":
            current = m.group(1)
            out.setdefault(current, [])
            continue
        if current is None or not line or line.startswith("#"):
            continue
        if current != "Code" and line.startswith(";"):
            continue
        out[current].append(line)
    return out


def expand(value: str, keep: tuple[str, ...] = ("BundleDir",)) -> str:
    values = defines()

    def sub(m: re.Match) -> str:
        name = m.group(1)
        return m.group(0) if name in keep else values[name]

    return re.sub(r"\{#(\w+)\}", sub, value)


def directives(section: str) -> dict[str, str]:
    out = {}
    for line in sections()[section]:
        key, _, value = line.partition("=")
        out[key.strip()] = value.strip()
    return out


def entries(section: str) -> list[dict[str, str]]:
    """``Name: "x"; Flags: a b`` lines as {"Name": "x", "Flags": "a b"}."""
    out = []
    for line in sections()[section]:
        params = {}
        for m in re.finditer(r'(\w+):\s*("([^"]*)"|[^;]*)', line):
            params[m.group(1)] = m.group(3) if m.group(3) is not None else m.group(2).strip()
        out.append(params)
    return out


def iss_sources() -> list[str]:
    """Every [Files] Source, with defines expanded except ``{#BundleDir}``."""
    return [expand(e["Source"]) for e in entries("Files")]
