"""The retention rule for leavers' personal data (pure): how long after leaving the unit
keeps a person's personal fields (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15: deleted when
the employment ends unless a law or an agreement says otherwise). On by default: 24
months (``retention_months``); a positive ``retention_days`` (the older setting) gives the
period in days instead; ``retention_months`` 0 with no days turns it off."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_MONTHS = 24


@dataclass(frozen=True, slots=True)
class RetentionRule:
    months: int  # 0: the rule is off (unless days > 0)
    days: int  # > 0: the period in days (the older setting), overrides months

    @property
    def active(self) -> bool:
        return self.days > 0 or self.months > 0

    def cutoff(self, today: dt.date) -> dt.date | None:
        """People who left on or before this day are purged on ``today``."""
        if self.days > 0:
            return today - dt.timedelta(days=self.days)
        if self.months > 0:
            return months_before(today, self.months)
        return None

    def text(self) -> str:
        """"24 tháng", "90 ngày", or "" when off (Vietnamese, for messages and documents)."""
        if self.days > 0:
            return f"{self.days} ngày"
        return f"{self.months} tháng" if self.months > 0 else ""


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (the month's last day if shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _number(values: Mapping[str, str], key: str, default: int) -> int:
    raw = (values.get(key) or "").strip()
    return int(raw) if raw.isascii() and raw.isdigit() else default


def rule_from(values: Mapping[str, str]) -> RetentionRule:
    """The rule the unit's settings give (``retention_months``, ``retention_days``)."""
    return RetentionRule(_number(values, "retention_months", DEFAULT_MONTHS),
                         _number(values, "retention_days", 0))
