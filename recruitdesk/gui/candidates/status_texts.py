"""The Status column's words, colours, fonts and tooltips: one vocabulary for both candidate lists.

The local vault's list (``table_model.CandidateTableModel``) and the team's list
(``gui.team.table_model.TeamTableModel``) show the same statuses (``row_order.status_of``), so
they say them with the same words in the same colours: a recruiter moving between a local and a
team vault reads one list. The texts keep the translation context they were written in
("CandidateTableModel"), so the Dutch and French translations made for the local list serve both.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont

from recruitdesk.gui.candidates.row_order import DUE_SOON, NO_DEADLINE, ON_HOLD, OVERDUE, RUNNING, STATUS_ORDER
from recruitdesk.gui.shell.styles import DUE_SOON_COLOR, ON_HOLD_COLOR, OVERDUE_COLOR, RESTRICTED_COLOR, for_theme

STATUS_COLORS = {OVERDUE: OVERDUE_COLOR, DUE_SOON: DUE_SOON_COLOR, ON_HOLD: ON_HOLD_COLOR}
URGENT = (OVERDUE, DUE_SOON)  # shown in bold, and named even for a restricted candidate


def label(status: str) -> str:
    """"Overdue", "Due soon", "Running", "On legal hold", "Not computed yet" in the user's language."""
    labels = {
        OVERDUE: QCoreApplication.translate("CandidateTableModel", "Overdue"),
        DUE_SOON: QCoreApplication.translate("CandidateTableModel", "Due soon"),
        RUNNING: QCoreApplication.translate("CandidateTableModel", "Running"),
        ON_HOLD: QCoreApplication.translate("CandidateTableModel", "On legal hold"),
        NO_DEADLINE: QCoreApplication.translate("CandidateTableModel", "Not computed yet"),
    }
    return labels[status]


def text(status: str, restricted: bool) -> str:
    """The Status cell: the status, or for a restricted candidate "Restricted" (an urgent status still named)."""
    if not restricted:
        return label(status)
    if status in URGENT:
        return QCoreApplication.translate("CandidateTableModel", "{status}, restricted").format(status=label(status))
    return QCoreApplication.translate("CandidateTableModel", "Restricted")


def possible_texts() -> list[str]:
    """Every text the Status column can show in this language (restricted ones included), for its width."""
    return [*(text(status, False) for status in STATUS_ORDER), *(text(status, True) for status in (RUNNING, *URGENT))]


def foreground(status: str, restricted: bool) -> QColor | None:
    """The Status cell's colour: an urgent status's own, else the restriction's, else the status's (on hold)."""
    if restricted and status not in URGENT:
        return for_theme(RESTRICTED_COLOR)
    color = STATUS_COLORS.get(status)
    return for_theme(color) if color is not None else None


def font(status: str) -> QFont | None:
    """Bold for the statuses that need action."""
    if status not in URGENT:
        return None
    bold = QFont()
    bold.setBold(True)
    return bold


def restricted_tooltip() -> str:
    return QCoreApplication.translate(
        "CandidateTableModel", "Processing restricted after a rights request: keep this candidate's data, but do not use it.")


def tooltip(status: str, window_days: int) -> str | None:
    """What an overdue, due-soon or held status means; None for the others."""
    if status == OVERDUE:
        return QCoreApplication.translate("CandidateTableModel", "Overdue: this candidate's data should already have been deleted.")
    if status == DUE_SOON:
        return QCoreApplication.translate(
            "CandidateTableModel", "Due for deletion within {days} days: review this candidate.").format(days=window_days)
    if status == ON_HOLD:
        return QCoreApplication.translate("CandidateTableModel", "On legal hold: deletion is suspended until the hold is released.")
    return None
