"""Calendar periods: "6 weeks", "12 months", "3 years", added the way people count them.

Months and years are calendar units clamped at month end (31 January + 1 month = 28 or 29
February; 29 February + 1 year = 28 February), not a fixed number of days. All arithmetic is
on local calendar dates, so daylight-saving changes cannot move a deadline.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

UNITS = ("days", "weeks", "months", "years")
MAX_AMOUNT = {"days": 3660, "weeks": 520, "months": 120, "years": 10}


@dataclass(frozen=True, order=True)
class Period:
    amount: int
    unit: str

    def __post_init__(self) -> None:
        if self.unit not in UNITS:
            raise ValueError(f"unknown unit {self.unit!r}")
        if not isinstance(self.amount, int) or isinstance(self.amount, bool) or not 1 <= self.amount <= MAX_AMOUNT[self.unit]:
            raise ValueError(f"amount out of range for {self.unit}: {self.amount!r}")

    def after(self, anchor: dt.date) -> dt.date:
        """The date ``self`` after ``anchor``."""
        if self.unit == "days":
            return anchor + dt.timedelta(days=self.amount)
        if self.unit == "weeks":
            return anchor + dt.timedelta(weeks=self.amount)
        months = self.amount * (12 if self.unit == "years" else 1)
        return add_months(anchor, months)

    def to_json(self) -> str:
        return f"{self.amount} {self.unit}"

    @classmethod
    def from_json(cls, text: object) -> "Period":
        if not isinstance(text, str):
            raise ValueError("a period is written like '6 weeks'")
        parts = text.split()
        if len(parts) != 2 or not parts[0].isdigit():
            raise ValueError("a period is written like '6 weeks'")
        return cls(int(parts[0]), parts[1])


def add_months(anchor: dt.date, months: int) -> dt.date:
    index = anchor.month - 1 + months
    year, month = anchor.year + index // 12, index % 12 + 1
    day = min(anchor.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)
