"""Stage labels in the words of Luật Căn cước 2023, and the stage of an old-CMND holder."""

from eidroster.domain.reasons import DEFAULT_REASONS, OLD_DEFAULT_LABELS
from eidroster.domain.statuses import (
    OLD_STATUS_LABELS_VI,
    STATUS_LABEL_EN,
    STATUS_LABEL_VI,
    Status,
    stage_for_card,
)


def test_first_stage_says_the_card_of_the_current_law():
    assert STATUS_LABEL_VI[Status.NO_CHIP_CARD] == "Chưa có thẻ căn cước gắn chip"
    assert STATUS_LABEL_EN[Status.NO_CHIP_CARD] == "No chip-based identity card yet"
    assert not any("CCCD" in label for label in STATUS_LABEL_VI.values())
    assert OLD_STATUS_LABELS_VI["Chưa có CCCD gắn chip"] is Status.NO_CHIP_CARD


def test_default_reasons_speak_the_current_law():
    labels = {r.code: r.label for r in DEFAULT_REASONS}
    assert labels["waiting_card"] == "Chưa có thẻ căn cước gắn chip (đang chờ cấp)"
    assert not any("CCCD" in label for label in labels.values())
    assert set(OLD_DEFAULT_LABELS) <= set(labels)
    old_cmnd = next(r for r in DEFAULT_REASONS if r.code == "old_cmnd")
    assert "01/01/2025" in old_cmnd.label and old_cmnd.justified is False


def test_old_cmnd_holder_who_has_not_started_needs_a_card_first():
    assert stage_for_card(None, True) is Status.NO_CHIP_CARD
    assert stage_for_card(Status.NOT_REGISTERED, True) is Status.NO_CHIP_CARD
    # already further along: they have a card, the number on file is the old one
    for status in (Status.SUBMITTED, Status.REJECTED, Status.LEVEL1, Status.LEVEL2):
        assert stage_for_card(status, True) is status
    assert stage_for_card(Status.NOT_REGISTERED, False) is Status.NOT_REGISTERED
    assert stage_for_card(None, False) is None
