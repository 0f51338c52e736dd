"""The command-line contract of the foundation: demo, summary, exit codes."""

import datetime as dt
import hashlib
import json

import sqlalchemy as sa

from tests.services.test_summary import direct_counts


def test_demo_then_summary_json_agrees_with_the_database(run_cli, db_path):
    r = run_cli("--db", db_path, "demo", "--staff", "400", "--seed", "5")
    assert r.returncode == 0, r.stderr
    r = run_cli("--db", db_path, "summary", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert set(data) == {"as_of", "total", "none", "level1", "level2", "with_reason",
                         "without_reason", "level2_rate", "departments"}
    assert data["as_of"] == dt.date.today().isoformat()
    from eidroster.services.database import open_database

    db = open_database(db_path)
    try:
        expected = direct_counts(db, dt.date.today())
    finally:
        db.close()
    for key in ("total", "none", "level1", "level2", "with_reason", "without_reason"):
        assert data[key] == sum(c[key] for c in expected.values()), key
    depts = {d["name"]: d for d in data["departments"] if d["total"]}
    assert set(depts) == set(expected)
    for name, d in depts.items():
        assert {k: d[k] for k in expected[name]} == expected[name]
        assert abs(d["level2_rate"] - d["level2"] / d["total"]) < 1e-12
    assert 0 <= data["level2_rate"] <= 1


def test_demo_is_deterministic_for_a_seed(run_cli, tmp_path):
    outs = []
    for name in ("a.sqlite", "b.sqlite"):
        path = tmp_path / name
        assert run_cli("--db", path, "demo", "--staff", "150", "--seed", "9").returncode == 0
        engine = sa.create_engine(f"sqlite:///{path}")
        with engine.connect() as conn:
            outs.append(conn.execute(sa.text(
                "SELECT ho, dem, ten, birth_date, id_number, department_id FROM employees ORDER BY id"
            )).all())
        engine.dispose()
    assert outs[0] == outs[1] and len(outs[0]) == 150


def test_summary_as_of_and_readable_table(run_cli, db_path):
    assert run_cli("--db", db_path, "demo", "--staff", "100").returncode == 0
    past = (dt.date.today() - dt.timedelta(days=100)).isoformat()
    r = run_cli("--db", db_path, "summary", "--as-of", past, "--json")
    data = json.loads(r.stdout)
    assert data["as_of"] == past and data["level2"] == 0
    r = run_cli("--db", db_path, "summary")
    assert r.returncode == 0 and "TỔNG CỘNG" in r.stdout and "Khoa/phòng" in r.stdout


def test_db_from_environment_variable(run_cli, db_path):
    r = run_cli("demo", "--staff", "10", env={"EIDROSTER_DB": str(db_path)})
    assert r.returncode == 0, r.stderr
    assert db_path.exists()


def test_wrong_usage_exits_2(run_cli, db_path):
    assert run_cli("--db", db_path, "summary", "--as-of", "29/11/2023").returncode == 2
    assert run_cli("--db", db_path, "no-such-command").returncode == 2
    assert run_cli("--db", db_path, "demo").returncode == 2  # --staff is required


def test_bad_database_exits_1_with_message_and_file_unchanged(run_cli, tmp_path):
    path = tmp_path / "not-a-db.sqlite"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 10)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    r = run_cli("--db", path, "summary", "--json")
    assert r.returncode == 1
    assert "không phải cơ sở dữ liệu SQLite" in r.stderr and str(path) in r.stderr
    assert "Traceback" not in r.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_directory_as_database_exits_1(run_cli, tmp_path):
    r = run_cli("--db", tmp_path, "summary")
    assert r.returncode == 1 and "thư mục" in r.stderr


def test_summary_imports_no_qt(run_cli, db_path):
    import subprocess
    import sys

    code = (f"import sys; from eidroster.cli import main; main(['--db', {str(db_path)!r}, 'summary']); "
            "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip().endswith("NOQT"), out.stdout + out.stderr
