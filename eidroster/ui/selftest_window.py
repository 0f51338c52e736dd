"""The self-test's window part (``eidroster --self-test``): the Qt application in a
temporary folder, the main window, the first-run wizard, About and the English
translation, each drawn offscreen and checked. Kept under ``ui/`` so that no module
outside it imports PySide6; ``eidroster/selftest.py`` calls :data:`WINDOW_STEPS`."""

from __future__ import annotations

import os
import sys

from eidroster.selftest import SelfTestError, _State


def _qt_app(state: _State):
    if state.app is None:
        from PySide6.QtCore import QSettings

        # The window's preferences (geometry, column widths, language) go to the
        # temporary folder, not the user's registry or config file.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(state.folder / "qsettings"))
        from eidroster.ui.app import create_application

        _quiet_benign_qt_warnings()
        state.app = create_application(state.lang or "vi")
    return state.app


_BENIGN_QT = ("propagateSizeHints",)  # the offscreen platform's note, not a fault


def _quiet_benign_qt_warnings() -> None:
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if not any(part in message for part in _BENIGN_QT):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _grab(widget, what: str, min_colours: int = 8):
    """Render ``widget`` without showing it on a real screen and check the picture."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.show()
    QApplication.processEvents()
    image = widget.grab().toImage()
    if image.isNull() or image.width() < 100 or image.height() < 100:
        raise SelfTestError(f"{what}: không vẽ được ({image.width()}×{image.height()})")
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    if len(colours) < min_colours:
        raise SelfTestError(f"{what}: hình vẽ gần như trống ({len(colours)} màu)")
    return image


def check_main_window(state: _State) -> str:
    from PySide6.QtWidgets import QApplication

    _qt_app(state)
    from eidroster.ui.app import MainWindow

    window = MainWindow(state.db, load=False)
    try:
        window.resize(1366, 768)
        window.reload(block=True)  # the roster loads in a worker: here, on this thread
        rows = window.roster.model.rowCount()
        if rows == 0:
            raise SelfTestError("danh sách trong cửa sổ trống dù CSDL có người")
        image = _grab(window, "cửa sổ chính", min_colours=16)
        image.save(str(state.folder / "main-window.png"))
    finally:
        window.shutdown()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return (f"{rows} dòng, {image.width()}×{image.height()}, "
            f"nền {os.environ.get('QT_QPA_PLATFORM') or 'mặc định'}")


def check_dialogs(state: _State) -> str:
    _qt_app(state)
    from eidroster.ui.about import AboutDialog, app_icon
    from eidroster.ui.first_run import FirstRunWizard

    if app_icon().isNull():
        raise SelfTestError("thiếu biểu tượng chương trình (resources/icons)")
    wizard = FirstRunWizard(state.db)  # type: ignore[arg-type]
    about = AboutDialog()
    try:
        _grab(wizard, "trình hướng dẫn lần đầu")
        _grab(about, "hộp Giới thiệu")
        missing = [k for k, b in about.licence_buttons.items() if not b.isEnabled()]
        if missing:
            raise SelfTestError("thiếu tệp giấy phép: " + ", ".join(missing))
    finally:
        wizard.close()
        about.close()
    return "vẽ được, đủ 4 tệp giấy phép"


def check_translation(state: _State) -> str:
    app = _qt_app(state)
    from eidroster.ui.i18n import install_translator, translation_path

    if not translation_path("en").is_file():
        raise SelfTestError(f"thiếu tệp dịch {translation_path('en')}")
    try:
        got = install_translator(app, "en")  # type: ignore[arg-type]
    finally:
        install_translator(app, state.lang or "vi")  # type: ignore[arg-type]
    if got != "en":
        raise SelfTestError("không nạp được bản dịch tiếng Anh (eidroster_en.qm)")
    return "eidroster_en.qm nạp được"


WINDOW_STEPS = (check_main_window, check_dialogs, check_translation)
