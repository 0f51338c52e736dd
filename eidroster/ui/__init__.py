"""The desktop window (PySide6). The only package that imports Qt.

Translation convention (see ``i18n.py``): the source strings in the code are
Vietnamese, so the program speaks Vietnamese with no translator loaded; English is
the translation in ``resources/translations/eidroster_en.ts`` (compiled to ``.qm``).
"""
