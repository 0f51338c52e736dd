"""A real small or read-only file system for any user: a tmpfs mounted in a private
user + mount namespace (``unshare --user --map-root-user --mount``), which an ordinary
user may do on Debian 12 (and root too). The mount exists only inside the namespace, so
everything that must see it runs in here and the result comes back as JSON:

    unshare -rm python -m tests.safety.fs_sandbox SPEC_JSON

SPEC: {"folder": path, "size": "96k", "copy": [[source, name], …], "seed": {name: text},
"fill": bool, "readonly": bool, "runs": [[cli args…], …], "sql": [[name, query], …]}.
Result: {"runs": [{"code", "stdout", "stderr"}…], "listing": {name: size},
"seed": {name: text}, "sql": [value…]}.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

UNSHARE = ["unshare", "--user", "--map-root-user", "--mount"]


def available() -> str | None:
    """None when the sandbox works here, else why not."""
    if not shutil.which("unshare"):
        return "unshare (util-linux) is not installed"
    probe = subprocess.run([*UNSHARE, "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"user namespaces are not available: {probe.stderr.strip()[:200]}"
    return None


def run(spec: dict, cwd: Path) -> dict:
    r = subprocess.run([*UNSHARE, sys.executable, "-m", "tests.safety.fs_sandbox",
                        json.dumps(spec)], capture_output=True, text=True, cwd=cwd,
                       env=dict(os.environ), timeout=300)
    if r.returncode != 0:
        raise RuntimeError(f"sandbox failed: {r.stderr[-3000:]}")
    return json.loads(r.stdout)


def _fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)


def main(spec: dict) -> int:
    folder = Path(spec["folder"])
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={spec['size']},mode=0700", "tmpfs",
                    str(folder)], check=True)
    for source, name in spec.get("copy", []):
        shutil.copy(source, folder / name)
    for name, text in spec.get("seed", {}).items():
        (folder / name).write_text(text)
    if spec.get("fill"):
        _fill(folder)
    if spec.get("readonly"):
        # a read-only bind of the tmpfs over itself: an ordinary user's namespace may not
        # remount the tmpfs itself read-only, but may do this (root may do both)
        subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
    out: dict = {"runs": []}
    for args in spec.get("runs", []):
        r = subprocess.run([sys.executable, "-m", "eidroster", *args], capture_output=True,
                           text=True, timeout=240)
        out["runs"].append({"code": r.returncode, "stdout": r.stdout, "stderr": r.stderr})
    out["listing"] = {p.name: p.stat().st_size for p in folder.iterdir()}
    out["seed"] = {name: (folder / name).read_text() for name in spec.get("seed", {})}
    values = []
    # a read-only file system cannot hold the -shm a WAL reader needs: read it as immutable
    flag = "immutable=1" if spec.get("readonly") else "mode=ro"
    for name, query in spec.get("sql", []):
        con = sqlite3.connect(f"file:{folder / name}?{flag}", uri=True)
        try:
            values.append(con.execute(query).fetchone()[0])
        finally:
            con.close()
    out["sql"] = values
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(json.loads(sys.argv[1])))
