"""The connection dialog against the real test server; the password is never kept."""

from __future__ import annotations

import os

import pytest

pytestmark = pytest.mark.postgres


@pytest.fixture
def clean_pgpassword(monkeypatch):
    monkeypatch.setenv("PGPASSWORD", "")  # recorded, so the dialog's value is undone after
    monkeypatch.delenv("PGPASSWORD")


def test_connect_dialog_builds_a_url_and_checks_the_server(qtbot, pg_server, pg_url,
                                                           clean_pgpassword, tmp_path):
    from eidroster.paths import data_dir
    from eidroster.services.database import open_database
    from eidroster.ui.connect_dialog import ConnectDialog

    dbname = pg_url.rsplit("/", 1)[1]
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(pg_server.port)
    dialog.database.setText(dbname)
    dialog.user.setText("postgres")
    dialog.password.setText("mật-khẩu-thử")
    assert dialog.test_connection(), dialog.message.text()
    assert "Kết nối được: PostgreSQL" in dialog.message.text()
    url = dialog.url()
    assert url == f"postgresql://postgres@127.0.0.1:{pg_server.port}/{dbname}"
    dialog.accept()
    assert "mật-khẩu-thử" not in url and dialog.password.text() == ""
    assert os.environ["PGPASSWORD"] == "mật-khẩu-thử"  # for libpq, in this process only
    stored = (data_dir() / "window.ini").read_text(encoding="utf-8")
    assert dbname in stored and "mật" not in stored and "PGPASSWORD" not in stored
    # the next dialog remembers everything but the password
    again = ConnectDialog()
    qtbot.addWidget(again)
    assert again.url() == url and again.password.text() == ""
    db = open_database(url)
    try:
        assert db.dialect == "postgresql"
    finally:
        db.close()


def test_connect_dialog_reports_a_missing_database(qtbot, pg_server, clean_pgpassword):
    from eidroster.ui.connect_dialog import ConnectDialog

    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(pg_server.port)
    dialog.database.setText("khong_co")
    dialog.user.setText("postgres")
    assert not dialog.test_connection()
    assert "Không có cơ sở dữ liệu khong_co" in dialog.message.text()
    dialog.database.setText("")
    assert not dialog.test_connection()
    assert dialog.message.text() == "Hãy nhập tên cơ sở dữ liệu"
