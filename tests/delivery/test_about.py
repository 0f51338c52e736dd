"""Help > About: the version and the three licences, each readable in full."""

from __future__ import annotations

import pytest

from eidroster import __version__
from eidroster.ui.about import AboutDialog, app_icon, licence_file, show_about


def test_about_shows_the_version_and_names_every_licence(qtbot):
    dialog = show_about(None)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert f"eidroster {__version__}" in dialog.findChild(object, "title").text()
    assert __version__ in dialog.versions.text()
    note = dialog.licence_note.text()
    for name in ("GPL-3.0-or-later", "LGPL-3.0", "Open Font License"):
        assert name in note


@pytest.mark.parametrize(("licence", "heading"), [
    ("GPL-3.0-or-later", "GNU GENERAL PUBLIC LICENSE"),
    ("LGPL-3.0", "GNU LESSER GENERAL PUBLIC LICENSE"),
    ("OFL-1.1", "SIL OPEN FONT LICENSE"),
    ("third-party", "PySide6"),
])
def test_each_licence_button_opens_its_full_text(qtbot, licence, heading):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    button = dialog.licence_buttons[licence]
    assert button.isEnabled()
    button.click()
    viewer = dialog.viewer
    assert viewer is not None and viewer.isVisible()
    text = viewer.findChild(object, "licence_text").toPlainText()
    assert heading in text
    assert len(text) > 1000 or licence == "third-party"
    assert licence_file(licence).read_text(encoding="utf-8-sig").strip()[:40] in text


def test_the_program_icon_has_every_size(qapp):
    icon = app_icon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
