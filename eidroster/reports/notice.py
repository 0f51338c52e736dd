"""The processing notice ("Thông báo về việc xử lý dữ liệu cá nhân") the unit prints for its
staff (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, Nghị định 356/2025): purpose, the kinds of
data, how long they are kept, who sees them, the staff's rights and where to ask —
generated from the unit's settings (its name, the retention rule, ``data_viewers``,
``data_contact``), so it always says what the program actually does."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from eidroster.domain.errors import InputError
from eidroster.domain.retention import rule_from
from eidroster.reports import common, simple_doc
from eidroster.reports.dateline import Issued
from eidroster.reports.simple_doc import Document, Section

FORMATS = ("pdf", "docx")
TITLE = "THÔNG BÁO VỀ VIỆC XỬ LÝ DỮ LIỆU CÁ NHÂN"

DATA_KINDS = (
    "Họ, chữ đệm và tên; ngày sinh; giới tính.",
    "Số định danh cá nhân (số trên thẻ căn cước), hoặc số chứng minh nhân dân cũ.",
    "Chức danh; khoa/phòng; ngày vào làm, ngày chuyển khoa/phòng, ngày nghỉ việc.",
    "Tình trạng định danh điện tử (VNeID) qua từng ngày; lý do chưa định danh mức 2 và lý do "
    "đó có chính đáng hay không; ghi chú của người quản lý danh sách.",
    "Đã cài đặt, đăng nhập ứng dụng VNeID chưa; đã dùng VNeID đăng nhập Cổng Dịch vụ công "
    "quốc gia chưa (có hoặc không, kèm ngày).",
)
NOT_COLLECTED = ("Đơn vị không thu thập ảnh thẻ căn cước, ảnh chân dung, vân tay, số điện "
                 "thoại, mật khẩu hay mã kích hoạt tài khoản định danh điện tử.")


def retention_sentence(settings: Mapping[str, str]) -> str:
    rule = rule_from(dict(settings))
    if not rule.active:
        return ("Dữ liệu được lưu trong thời gian người lao động làm việc tại đơn vị. Đơn vị "
                "chưa đặt thời hạn tự động xóa dữ liệu của người đã nghỉ việc; dữ liệu đó "
                "chỉ được giữ khi có quy định của pháp luật hoặc thỏa thuận cho phép.")
    return (f"Dữ liệu được lưu trong thời gian người lao động làm việc tại đơn vị và "
            f"{rule.text()} kể từ ngày nghỉ việc; hết thời hạn này, chương trình tự động xóa "
            "họ tên, ngày sinh, giới tính, số định danh, chức danh và ghi chú. Chỉ còn lại "
            "các dòng không có tên (ngày vào làm, nghỉ việc, tình trạng theo ngày) để số liệu "
            "các báo cáo đã gửi không thay đổi.")


def document(settings: Mapping[str, str]) -> Document:
    unit = common.nfc(settings.get("unit_name", "")).strip() or "Đơn vị"
    parent = common.nfc(settings.get("parent_agency", "")).strip() or "cơ quan chủ quản"
    viewers = common.lines_of(settings.get("data_viewers", ""))
    contact = common.nfc(settings.get("data_contact", "")).strip()
    ask = contact or f"bộ phận tổ chức cán bộ của {unit}"
    return Document(
        title=TITLE,
        subtitle="(Về danh sách theo dõi định danh điện tử của cán bộ, viên chức, người lao "
                 "động)",
        sections=(
            Section("1. Bên xử lý dữ liệu", paragraphs=[
                f"{unit} là bên kiểm soát và xử lý dữ liệu cá nhân nêu trong thông báo này, "
                f"theo yêu cầu báo cáo của {parent} trong triển khai định danh và xác thực "
                "điện tử."]),
            Section("2. Mục đích xử lý", bullets=[
                "Theo dõi tiến độ đăng ký, kích hoạt tài khoản định danh điện tử mức 2 của "
                "từng người để hỗ trợ, nhắc việc.",
                f"Lập báo cáo số liệu tổng hợp theo khoa/phòng gửi {parent} (không có tên "
                "người).",
                "Lập danh sách những người chưa định danh mức 2 kèm lý do, chỉ gửi cho cán bộ "
                f"tổng hợp của {parent} khi được yêu cầu.",
            ], after=["Dữ liệu không được dùng vào mục đích khác."]),
            Section("3. Loại dữ liệu được xử lý", bullets=[*DATA_KINDS],
                    after=[NOT_COLLECTED]),
            Section("4. Thời hạn lưu trữ", paragraphs=[retention_sentence(settings)]),
            Section("5. Người được xem dữ liệu", bullets=viewers or [
                f"Người được {unit} giao quản lý danh sách."],
                    after=["Dữ liệu lưu trên máy của đơn vị, chỉ tài khoản được giao mở "
                                "được; chương trình không gửi dữ liệu đi đâu. Mỗi lần xem số "
                                "định danh đầy đủ hoặc xuất danh sách có tên đều được ghi nhật "
                                "ký."]),
            Section("6. Quyền của người lao động", bullets=[
                "Được biết về việc xử lý dữ liệu của mình (thông báo này).",
                "Được xem và nhận bản toàn bộ dữ liệu đơn vị đang lưu về mình.",
                "Được yêu cầu chỉnh sửa dữ liệu chưa đúng; được yêu cầu xóa hoặc hạn chế xử lý "
                "theo quy định của pháp luật.",
                "Được khiếu nại, tố cáo, khởi kiện theo quy định của pháp luật.",
            ], after=[f"Yêu cầu xin gửi về: {ask}."]),
        ),
        closing=(f"{unit} thông báo để cán bộ, viên chức, người lao động được biết./.",),
    )


def write_notice(path: str | os.PathLike[str], settings: Mapping[str, str], *,
                 issued: Issued = None) -> Path:
    """Write the notice as .pdf or .docx (by the extension)."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise InputError(f"Tệp {path.name}: thông báo chỉ ghi được .pdf hoặc .docx")
    doc = document(settings)
    if kind == "docx":
        simple_doc.write_docx(path, doc, settings, issued=issued)
    else:
        simple_doc.write_pdf(path, doc, settings, issued=issued)
    return path
