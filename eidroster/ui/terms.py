"""The one term for the headline red number, and what it means, shared by the roster's
filter and status line, the dashboard's cards and the table (issue 18): "không có lý do
chính đáng" / "có lý do chính đáng". Phụ lục III keeps the form's own column wording
(with a footnote defining it); the window says the whole term everywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def without_reason() -> str:
    return QCoreApplication.translate("Terms", "Không có lý do chính đáng")


def with_reason() -> str:
    return QCoreApplication.translate("Terms", "Có lý do chính đáng")


def without_reason_help() -> str:
    return QCoreApplication.translate(
        "Terms",
        "Người đang làm việc, chưa định danh mức 2 (chưa định danh hoặc mới mức 1), mà không "
        "ghi lý do, hoặc lý do ghi không được tính là chính đáng trong Danh mục lý do (ví dụ "
        "«Chưa sắp xếp thời gian»). Đây là số cơ quan cấp trên dùng khi chấm thi đua; trên "
        "Phụ lục III là cột «Số NV chưa định danh (mức 2) không có lý do».")


def with_reason_help() -> str:
    return QCoreApplication.translate(
        "Terms",
        "Người đang làm việc, chưa định danh mức 2, có lý do được tính là chính đáng trong "
        "Danh mục lý do (ví dụ nghỉ thai sản, ốm đau dài ngày, đang chờ cấp thẻ căn cước).")


def justified_column_help() -> str:
    return QCoreApplication.translate(
        "Terms",
        "Lý do chính đáng: «Có» khi lý do ở cột Lý do được tính là chính đáng, «Không» khi "
        "không ghi lý do hoặc lý do không chính đáng (người đó tính vào «không có lý do "
        "chính đáng»). Người đã mức 2 để trống.")
