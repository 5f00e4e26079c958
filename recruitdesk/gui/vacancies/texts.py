"""How the vacancy views write dates, stages and statuses: one place to change."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from recruitdesk import dates, labels
from recruitdesk.services.stages import stage_label


def date_text(day: dt.date | None) -> str:
    """A date in the window's short style (the one function the vacancy views use)."""
    return dates.short_date(day) if day is not None else ""


def stage_text(stage: str | None) -> str:
    return stage_label(stage)


def status_text(status: str) -> str:
    return labels.label("vacancy_status", status)


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
