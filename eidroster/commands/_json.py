"""JSON for the terminal that stays fast at tens of thousands of entries: the top level
indented (one key a line), each entry of a list on one line of its own. The standard
library's indented output runs in pure Python (about 20 µs an entry); this runs in its C
encoder, and the result is the same JSON when parsed."""

from __future__ import annotations

import json

_compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode


def _value(value: object, indent: str) -> str:
    if isinstance(value, list) and value:
        inner = indent + "  "
        return "[\n" + ",\n".join(inner + _compact(v) for v in value) + "\n" + indent + "]"
    return _compact(value)


def dumps(obj: object) -> str:
    """``obj`` as JSON: a dict one key a line, its lists one entry a line."""
    if not isinstance(obj, dict) or not obj:
        return _value(obj, "")
    return "{\n" + ",\n".join(f"  {_compact(str(k))}: {_value(v, '  ')}"
                              for k, v in obj.items()) + "\n}"
