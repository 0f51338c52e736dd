"""English mode names the import's fields and the audit log's words in English, and
Vietnamese mode exactly as the importer's own messages do."""

from __future__ import annotations

from eidroster.services.importer import FIELD_LABEL_VI, Field
from eidroster.ui.audit_log import field_labels
from eidroster.ui.i18n import field_label, install_translator


def test_every_import_field_has_its_name_in_both_languages(app):
    install_translator(app, "vi")
    assert {f: field_label(f) for f in Field} == {f: FIELD_LABEL_VI[f] for f in Field}
    install_translator(app, "en")
    try:
        english = {f: field_label(f) for f in Field}
        assert all(english[f] != FIELD_LABEL_VI[f] for f in Field), english
        assert english[Field.FULL_NAME] == "Full name"
        assert english[Field.TICK_LEVEL2] == "Level 2 (tick)"
        # a reason's wording is not a person's given name
        assert field_labels()["label"] == "Wording" and field_labels()["ten"] == "Given name"
    finally:
        install_translator(app, "vi")
