"""The covering letter (báo cáo) sent with Phụ lục III: "V/v báo cáo tiến độ định danh
điện tử mức độ 2", the headline numbers, what is being done about the rest, "Phụ lục III
kèm theo", in the Nghị định 30 layout (A4 portrait), as PDF or .docx.

:func:`letter_text` is the content, shared by both formats; counts only, no names.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass

from eidroster.domain.aggregate import Aggregate, format_rate, whole_people_per_day
from eidroster.domain.text import format_date, format_int
from eidroster.reports import common
from eidroster.reports.common import MM, nfc
from eidroster.reports.dateline import Issued, resolve_issued

SUBJECT = "V/v báo cáo tiến độ định danh điện tử mức độ 2"
TITLE = "Báo cáo tiến độ định danh điện tử mức độ 2"
WEAKEST = 3  # departments named as the ones with most people still missing


@dataclass(frozen=True)
class LetterText:
    addressee: str
    paragraphs: tuple[str, ...]
    closing: str


def _sentence_case(text: str) -> str:
    text = nfc(text).strip()
    if text.isupper():
        text = text.lower()
        return text[:1].upper() + text[1:]
    return text[:1].upper() + text[1:]


def letter_text(aggregate: Aggregate, settings: Mapping[str, str],
                target: dt.date | None = None) -> LetterText:
    t = aggregate.total
    unit = _sentence_case(settings.get("unit_name", "")) or "Đơn vị"
    parent = _sentence_case(settings.get("parent_agency", ""))
    reference = nfc(settings.get("reference_letter", "")).strip().rstrip(".;")
    opening = (f"Thực hiện {reference[:1].lower()}{reference[1:]}, " if reference else
               f"Thực hiện chỉ đạo của {parent or 'cơ quan cấp trên'}, ")
    paras = [
        opening + f"{unit} báo cáo tiến độ đăng ký, kích hoạt tài khoản định danh điện tử "
        "mức độ 2 của cán bộ, viên chức, người lao động tính đến ngày "
        f"{format_date(aggregate.as_of)} như sau:",
        "1. Kết quả",
        f"Tổng số cán bộ, viên chức, người lao động: {format_int(t.total)} người; đã định "
        f"danh mức 2: {format_int(t.level2)} người (đạt {format_rate(t.level2, t.total)}); "
        f"đã định danh mức 1: {format_int(t.level1)} người; chưa định danh: "
        f"{format_int(t.none)} người.",
    ]
    if t.not_level2:
        paras.append(
            f"Số chưa định danh mức 2: {format_int(t.not_level2)} người, trong đó có lý do "
            f"chính đáng: {format_int(t.with_reason)} người; không có lý do chính đáng: "
            f"{format_int(t.without_reason)} người.")
    else:
        paras.append("Toàn bộ cán bộ, viên chức, người lao động của đơn vị đã định danh "
                     "điện tử mức độ 2.")
    paras.append("2. Việc đang thực hiện đối với số còn lại")
    if t.not_level2:
        weakest = sorted((d for d in aggregate.departments if d.counts.not_level2),
                         key=lambda d: -d.counts.not_level2)[:WEAKEST]
        names = "; ".join(f"{d.name} ({format_int(d.counts.not_level2)} người)"
                          for d in weakest)
        todo = ("Đơn vị tiếp tục rà soát, đôn đốc từng khoa/phòng; phối hợp với cơ quan công "
                "an hỗ trợ thu nhận hồ sơ và kích hoạt tài khoản cho những người còn lại; "
                "theo dõi riêng các trường hợp không có lý do chính đáng.")
        if names:
            todo += f" Các khoa/phòng còn nhiều người chưa định danh mức 2: {names}."
        paras.append(todo)
        if target is not None:
            need = whole_people_per_day(t.not_level2, aggregate.as_of, target)
            if need is not None:
                paras.append(f"Đơn vị phấn đấu hoàn thành trước ngày {format_date(target)}: "
                             f"trung bình {format_int(need)} người/ngày.")
    else:
        paras.append("Đơn vị tiếp tục cập nhật cho người mới tuyển dụng và duy trì việc sử "
                     "dụng tài khoản định danh điện tử mức độ 2.")
    paras.append("(Số liệu chi tiết theo khoa/phòng tại Phụ lục III kèm theo.)")
    return LetterText(
        addressee=parent or "Cơ quan cấp trên",
        paragraphs=tuple(paras),
        closing=f"{unit} kính báo cáo./.",
    )


def build_story(aggregate: Aggregate, settings: Mapping[str, str], width: float,
                issued: Issued, target: dt.date | None) -> list:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    st = common.styles()
    text = letter_text(aggregate, settings, target)
    story = common.letter_header(settings, issued, width, subject=SUBJECT)
    story += [Spacer(1, 6 * MM),
              Paragraph(f"Kính gửi: {common.para_text(text.addressee)}.", st["number"]),
              Spacer(1, 5 * MM)]
    for para in text.paragraphs:
        style = st["h2"] if para[:2] in ("1.", "2.") else st["body"]
        story.append(Paragraph(common.para_text(para), style))
        story.append(Spacer(1, 1.5 * MM))
    story.append(Paragraph(common.para_text(text.closing), st["body"]))
    story += [Spacer(1, 6 * MM), KeepTogether(common.signature_block(
        settings, width, preparer=False, extra_recipients=("Như trên",)))]
    return story


def write_letter_pdf(path: str | os.PathLike[str], aggregate: Aggregate,
                     settings: Mapping[str, str], *, issued: Issued = None,
                     target: dt.date | None = None) -> int:
    from eidroster.reports.pdf import build_pdf

    issued = resolve_issued(issued)
    return build_pdf(path, lambda width, _h: build_story(aggregate, settings, width, issued,
                                                         target),
                     landscape_page=False, title=TITLE, settings=settings)
