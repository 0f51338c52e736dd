"""The English translation is complete and actually switches the window's texts."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from eidroster.paths import resource

UI_DIR = Path(__file__).resolve().parents[2] / "eidroster" / "ui"


def _messages():
    tree = ET.parse(resource("translations", "eidroster_en.ts"))
    for ctx in tree.getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            yield name, m.find("source").text, m.find("translation")


def test_ts_has_no_unfinished_translation():
    messages = list(_messages())
    assert len(messages) > 300
    unfinished = [(c, s) for c, s, t in messages
                  if t is None or t.get("type") in ("unfinished", "obsolete", "vanished") or not t.text]
    assert unfinished == []


def test_placeholders_survive_translation():
    for ctx, src, tr in _messages():
        assert set(re.findall(r"{\w+}", src)) == set(re.findall(r"{\w+}", tr.text)), (ctx, src)


def _tr_calls(path: Path):
    """(context, text) of every ``self.tr("…")`` / ``QCoreApplication.translate(ctx, "…")``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        args = node.args
        if node.func.attr == "tr" and args and isinstance(args[0], ast.Constant):
            yield None, args[0].value
        elif (node.func.attr == "translate" and len(args) >= 2
              and isinstance(args[1], ast.Constant) and isinstance(args[0], ast.Constant)):
            yield args[0].value, args[1].value


def test_every_ui_string_is_in_the_ts():
    """Strings written in the code (tr / translate) all reached the .ts (lupdate ran)."""
    sources = {s for _c, s, _t in _messages()}
    missing = [(path.name, text) for path in sorted(UI_DIR.glob("*.py"))
               for _ctx, text in _tr_calls(path) if text not in sources]
    assert missing == []


def test_qm_is_newer_than_ts():
    ts = resource("translations", "eidroster_en.ts")
    qm = resource("translations", "eidroster_en.qm")
    assert qm.stat().st_size > 10_000
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1
