"""No personal data (names, birth dates, CCCD numbers) in error messages or logs:
run commands that fail on rows of generated people and scan everything they print
and every log-like file they leave."""

from __future__ import annotations

import re

from tests.corpus.generate import CCCD, NAME, STATUS, people, row_of, write_csv


def _secrets(persons) -> set[str]:
    out: set[str] = set()
    for p in persons:
        out |= {p.name, p.cccd, p.cccd[-6:], p.birth}
        out |= {part for part in p.name.split() if len(part) > 3}  # distinctive name parts
    return out


def _leaks(text: str, secrets: set[str]) -> list[str]:
    return sorted(s for s in secrets if re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text))


def test_failing_imports_and_commands_print_no_personal_data(run_cli, tmp_path):
    data_dir = tmp_path / "data"
    env = {"EIDROSTER_DATA_DIR": str(data_dir)}
    db = tmp_path / "hr.sqlite"
    persons = list(people(12, seed=901))
    assert run_cli("--db", db, "import", write_csv(tmp_path / "first.csv",
                                                   [row_of(i, p) for i, p in enumerate(persons[:6], 1)]),
                   env=env).returncode == 0

    bad_rows = []
    for i, p in enumerate(persons[6:], 1):
        row = row_of(i, p)
        if i == 1:
            row[CCCD] = persons[0].cccd  # someone already in the database
        elif i == 2:
            row[CCCD] = p.cccd[:3] + ("9" if p.cccd[3] != "9" else "8") + p.cccd[4:]  # bad century digit
        elif i == 3:
            row[NAME] = p.name + " 2"  # digits in the name
        elif i == 4:
            row[STATUS] = "Mức " + p.cccd[-4:]  # garbage status
        elif i == 5:
            row[CCCD] = p.cccd + "77"  # 14 digits
        else:
            row[CCCD] = persons[7].cccd  # duplicated inside the file
        bad_rows.append(row)
    bad = write_csv(tmp_path / "bad.csv", bad_rows)
    secrets = _secrets(persons) - {"Mức"}

    printed = []
    for args in (("import", bad, "--strict"), ("import", bad), ("import", bad, "--json", "--dry-run"),
                 ("restore", bad), ("backup", db), ("summary", "--as-of", "2026-02-30"),
                 ("export", "phu-luc-iv", tmp_path / "missing-dir" / "x.xlsx")):
        r = run_cli("--db", db, *args, env=env)
        printed.append(("stderr", args, r.stderr))
        if args[0] == "import":
            # the row report lists the problems (row, column, what is wrong), never the values
            problem_lines = [ln for ln in r.stdout.splitlines() if ln.strip().startswith("- Dòng")
                             or '"message"' in ln or '"text"' in ln]
            printed.append(("problems", args, "\n".join(problem_lines)))
        assert "Traceback" not in r.stderr, r.stderr
    assert any("Dòng" in text for kind, _a, text in printed if kind == "problems")
    for kind, args, text in printed:
        assert _leaks(text, secrets) == [], (kind, args, text)

    # nothing log-like left anywhere we wrote
    logs = [p for folder in (tmp_path, data_dir) if folder.exists()
            for p in folder.rglob("*") if p.is_file() and p.suffix in (".log", ".txt", ".out")]
    for log in logs:
        assert _leaks(log.read_text(errors="replace"), secrets) == [], log


def test_error_messages_of_services_carry_no_values(demo_db):
    """Service errors name the problem and the field, never the person's data."""
    import pytest

    from eidroster.domain.employee import EmployeeInput
    from eidroster.domain.errors import EidrosterError
    from eidroster.services import roster

    rows = [r for r in roster.list_roster(demo_db) if r.id_number and r.birth_date]
    a, b = rows[0], rows[1]
    secrets = {a.full_name, a.id_number, b.full_name, b.id_number,
               a.birth_date.strftime("%d/%m/%Y"), b.birth_date.isoformat()}
    attempts = [
        lambda: roster.update_employee(demo_db, a.id, EmployeeInput(
            a.ho, a.dem, a.ten, a.department, a.birth_date, a.gender, b.id_number), a.version),
        lambda: roster.update_employee(demo_db, a.id, EmployeeInput(
            a.ho, a.dem, a.ten + "9", a.department, a.birth_date, a.gender, a.id_number), a.version),
        lambda: roster.update_employee(demo_db, a.id, EmployeeInput(
            a.ho, a.dem, a.ten, a.department, a.birth_date, a.gender, a.id_number), a.version - 1),
        lambda: roster.add_employee(demo_db, EmployeeInput(
            b.ho, b.dem, b.ten, b.department, b.birth_date, b.gender, b.id_number)),
    ]
    for attempt in attempts:
        with pytest.raises(EidrosterError) as info:
            attempt()
        assert _leaks(info.value.message, secrets) == [], info.value.message
        assert _leaks(str(info.value), secrets) == []
