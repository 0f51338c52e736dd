"""The page "Dữ liệu của một người" (everything the unit holds about one employee, for the
person's request under Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15) as PDF, Word or a
workbook; the record comes from :mod:`eidroster.services.person_data`. The file holds
personal data: it says so on top, and the export is recorded in the audit trail."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from eidroster.domain.errors import InputError
from eidroster.domain.text import format_date
from eidroster.io.atomic import atomic_path
from eidroster.reports import simple_doc
from eidroster.reports.dateline import Issued
from eidroster.reports.simple_doc import Document, Section, Table

FORMATS = ("pdf", "docx", "xlsx")
MARK = ("Tài liệu có dữ liệu cá nhân (Luật Bảo vệ dữ liệu cá nhân): chỉ trao cho chính người "
        "có tên hoặc người được người đó ủy quyền.")
STATUS_HEADER = ("Ngày hiệu lực", "Tình trạng", "Lý do", "Lý do chính đáng", "Ghi chú",
                 "VNeID đăng nhập", "Dùng DVCQG", "Ghi lúc, người ghi")
EMPLOYMENT_HEADER = ("Ngày", "Sự kiện", "Khoa/phòng", "Nguồn")
AUDIT_HEADER = ("Thời điểm", "Người thao tác", "Thao tác", "Chi tiết")


def _status_rows(record) -> list[tuple[str, ...]]:
    return [(format_date(s.effective_date), s.status, s.reason, s.justified, s.note, s.vneid,
             s.dvcqg, s.recorded) for s in record.statuses]


def _employment_rows(record) -> list[tuple[str, ...]]:
    return [(format_date(e.effective_date), e.what, e.department, e.recorded)
            for e in record.employment]


def _audit_rows(record) -> list[tuple[str, ...]]:
    return [(f"{a.at:%d/%m/%Y %H:%M}", a.user, a.action, a.detail) for a in record.audit]


def document(record, settings: Mapping[str, str]) -> Document:
    unit = settings.get("unit_name", "").strip() or "đơn vị"
    intro = (f"{unit} cung cấp toàn bộ dữ liệu cá nhân về người có tên dưới đây mà đơn vị "
             "đang lưu trong chương trình theo dõi định danh điện tử (eidroster), lập lúc "
             f"{record.made_at:%H:%M ngày %d/%m/%Y}.")
    purged = ["Dữ liệu cá nhân của người này đã được xóa theo thời hạn lưu trữ của đơn vị; "
              "chỉ còn các dòng lịch sử không có tên để giữ đúng số liệu các báo cáo đã gửi."
              ] if record.purged else []
    return Document(
        title="DỮ LIỆU CÁ NHÂN ĐƠN VỊ ĐANG LƯU GIỮ VỀ MỘT NGƯỜI",
        subtitle="(Cung cấp theo yêu cầu của chủ thể dữ liệu, Luật Bảo vệ dữ liệu cá nhân "
                 "số 91/2025/QH15)",
        mark=MARK,
        sections=(
            Section("1. Thông tin cá nhân", paragraphs=[intro, *purged],
                    table=Table(("Thông tin", "Nội dung"), list(record.fields), (0.42, 0.58))),
            Section("2. Quá trình làm việc tại đơn vị",
                    table=Table(EMPLOYMENT_HEADER, _employment_rows(record),
                                (0.16, 0.24, 0.38, 0.22), ("center", "left", "left", "left")),
                    empty="Không có."),
            Section("3. Lịch sử tình trạng định danh điện tử",
                    table=Table(STATUS_HEADER, _status_rows(record),
                                (0.135, 0.14, 0.16, 0.085, 0.11, 0.115, 0.115, 0.14),
                                ("center", "left", "left", "center", "left", "center",
                                 "center", "left")),
                    empty="Chưa ghi nhận lần cập nhật nào."),
            Section("4. Nhật ký thao tác có liên quan đến người này",
                    paragraphs=["Mọi lần thêm, sửa, cập nhật, xem số định danh đầy đủ hoặc "
                                "xuất dữ liệu của người này cho đến lúc lập trang này (lần lập "
                                "trang này cũng được ghi vào nhật ký)."],
                    table=Table(AUDIT_HEADER, _audit_rows(record), (0.17, 0.16, 0.27, 0.4),
                                ("center", "left", "left", "left")),
                    empty="Không có."),
        ),
        closing=("Nếu thấy dữ liệu nào chưa đúng, đề nghị báo lại cho bộ phận quản lý danh "
                 "sách để chỉnh sửa.",),
    )


def write_person_page(path: str | os.PathLike[str], record, settings: Mapping[str, str], *,
                      issued: Issued = None) -> Path:
    """Write the page as .pdf, .docx or .xlsx (by the extension)."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise InputError(f"Tệp {path.name}: chỉ ghi được .pdf, .docx hoặc .xlsx")
    if kind == "xlsx":
        _write_xlsx(path, record, settings)
    elif kind == "docx":
        simple_doc.write_docx(path, document(record, settings), settings, issued=issued)
    else:
        simple_doc.write_pdf(path, document(record, settings), settings, issued=issued)
    return path


def _write_xlsx(path: Path, record, settings: Mapping[str, str]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from eidroster.reports.common import save_workbook, set_text

    wb = Workbook()
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")

    def sheet(ws, title: str, header, rows, widths) -> None:
        set_text(ws, 1, 1, title, font=Font(bold=True, size=13))
        set_text(ws, 2, 1, MARK, font=Font(italic=True))
        for c, (name, width) in enumerate(zip(header, widths, strict=True), 1):
            set_text(ws, 4, c, name, font=bold, alignment=wrap)
            ws.column_dimensions[ws.cell(4, c).column_letter].width = width
        for r, row in enumerate(rows, 5):
            for c, value in enumerate(row, 1):
                set_text(ws, r, c, value, alignment=wrap)
        ws.freeze_panes = "A5"

    unit = settings.get("unit_name", "")
    first = wb.active
    first.title = "Thông tin cá nhân"
    sheet(first, f"Dữ liệu cá nhân đơn vị đang lưu giữ về một người — {unit}".rstrip(" —"),
          ("Thông tin", "Nội dung"), record.fields, (34, 60))
    sheet(wb.create_sheet("Quá trình làm việc"), "Quá trình làm việc tại đơn vị",
          EMPLOYMENT_HEADER, _employment_rows(record), (14, 22, 34, 20))
    sheet(wb.create_sheet("Tình trạng định danh"), "Lịch sử tình trạng định danh điện tử",
          STATUS_HEADER, _status_rows(record), (13, 24, 30, 10, 24, 14, 14, 30))
    sheet(wb.create_sheet("Nhật ký thao tác"), "Nhật ký thao tác có liên quan đến người này",
          AUDIT_HEADER, _audit_rows(record), (18, 16, 32, 70))
    with atomic_path(path) as tmp:
        save_workbook(wb, tmp)
