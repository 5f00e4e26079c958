"""The retention rules as rows of combo and spin boxes, one row per situation.

Each row: the situation, the date it counts from, the period (a number and a unit, or "while it
lasts"), and an optional maximum with its own date. A problem with a row is shown in words right
under it (``services.policy_editor.row_problem``); the widget never decides what a rule means,
it only turns the controls into a ``RuleRow`` and back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSizePolicy, QSpinBox, QWidget

from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.services import policy_editor as pe
from recruitdesk.services.policy_editor import RuleRow

AMOUNT_LIMIT = 3660  # larger than any unit allows, so a too-long period is explained, not clamped
UNITS = ("days", "weeks", "months", "years")


class RuleRowControls(QObject):
    """The controls of one situation's row in the grid; ``changed`` after any edit by the user."""

    changed = Signal()

    def __init__(self, situation: str, grid: QGridLayout, line: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.situation = situation
        self._loading = False
        name = pe.situation_text(situation)
        self.label = QLabel(name)
        self.label.setWordWrap(True)
        self.anchor_combo = QComboBox()
        self.amount_spin = QSpinBox()
        self.unit_combo = QComboBox()
        self.max_amount_spin = QSpinBox()
        self.max_unit_combo = QComboBox()
        self.max_anchor_combo = QComboBox()
        self.problem_label = inline_error_label()
        self.label.setBuddy(self.anchor_combo)
        for spin in (self.amount_spin, self.max_amount_spin):
            spin.setRange(0, AMOUNT_LIMIT)
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for combo in (self.anchor_combo, self.unit_combo, self.max_unit_combo, self.max_anchor_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.anchor_combo.setAccessibleName(self.tr("{situation}: counted from").format(situation=name))
        self.amount_spin.setAccessibleName(self.tr("{situation}: keep for").format(situation=name))
        self.unit_combo.setAccessibleName(self.tr("{situation}: unit of the period").format(situation=name))
        self.max_amount_spin.setAccessibleName(self.tr("{situation}: at most").format(situation=name))
        self.max_unit_combo.setAccessibleName(self.tr("{situation}: unit of the maximum").format(situation=name))
        self.max_anchor_combo.setAccessibleName(self.tr("{situation}: maximum counted from").format(situation=name))
        self.problem_label.setAccessibleName(self.tr("{situation}: problem").format(situation=name))
        for unit in UNITS:
            self.unit_combo.addItem(pe.unit_text(unit, 2), unit)
        self.unit_combo.addItem(pe.no_period_text(), None)
        self.unit_combo.setItemData(len(UNITS), self.tr(
            "No fixed period: kept as long as the situation lasts (in the reserve: as long as the consent lasts), "
            "up to the maximum."), Qt.ItemDataRole.ToolTipRole)
        self.max_unit_combo.addItem(pe.no_maximum_text(), None)
        for unit in UNITS:
            self.max_unit_combo.addItem(pe.unit_text(unit, 2), unit)
        for column, widget in enumerate((self.label, self.anchor_combo, self.amount_spin, self.unit_combo,
                                         self.max_amount_spin, self.max_unit_combo, self.max_anchor_combo)):
            grid.addWidget(widget, line, column)
        grid.addWidget(self.problem_label, line + 1, 1, 1, 6)
        for combo in (self.anchor_combo, self.unit_combo, self.max_unit_combo, self.max_anchor_combo):
            combo.currentIndexChanged.connect(self._edited)
        for spin in (self.amount_spin, self.max_amount_spin):
            spin.valueChanged.connect(self._edited)

    def widgets(self) -> tuple[QWidget, ...]:
        """The editable controls, in tab order."""
        return (self.anchor_combo, self.amount_spin, self.unit_combo, self.max_amount_spin, self.max_unit_combo, self.max_anchor_combo)

    # --- row <-> controls ---------------------------------------------------------------------
    def show_row(self, row: RuleRow) -> None:
        self._loading = True
        try:
            self._fill_anchors(self.anchor_combo, row.anchor)
            self._fill_anchors(self.max_anchor_combo, row.max_anchor)
            self.amount_spin.setValue(row.amount)
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(row.unit))
            self.max_amount_spin.setValue(row.max_amount)
            self.max_unit_combo.setCurrentIndex(self.max_unit_combo.findData(row.max_unit))
        finally:
            self._loading = False
        self._refresh()

    def _fill_anchors(self, combo: QComboBox, current: str) -> None:
        combo.clear()
        for anchor in pe.anchor_choices(self.situation, current):
            combo.addItem(pe.anchor_text(anchor), anchor)
        combo.setCurrentIndex(combo.findData(current))

    def entered(self, from_statement: bool = False) -> RuleRow:
        return RuleRow(
            situation=self.situation,
            anchor=self.anchor_combo.currentData(),
            amount=self.amount_spin.value(),
            unit=self.unit_combo.currentData(),
            max_anchor=self.max_anchor_combo.currentData(),
            max_amount=self.max_amount_spin.value(),
            max_unit=self.max_unit_combo.currentData(),
            from_statement=from_statement,
        )

    def show_origin(self, from_statement: bool) -> None:
        """A rule the statement does not give is marked as the firm's own."""
        name = pe.situation_text(self.situation)
        if from_statement:
            self.label.setText(name)
            self.label.setToolTip("")
        else:
            self.label.setText(self.tr("{situation} (own rule)").format(situation=name))
            self.label.setToolTip(self.tr("The firm's own rule: the statement sets no term for this situation."))

    def show_problem(self, problem: str | None) -> None:
        self.problem_label.setText(problem or "")
        self.problem_label.setVisible(bool(problem))

    # --- reacting -------------------------------------------------------------------------------
    def _edited(self) -> None:
        if self._loading:
            return
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        """Grey out what does not apply, and say "1 week" / "4 weeks" in the unit boxes."""
        has_period = self.unit_combo.currentData() is not None
        has_maximum = self.max_unit_combo.currentData() is not None
        self.amount_spin.setEnabled(has_period)
        self.anchor_combo.setEnabled(has_period)
        self.max_amount_spin.setEnabled(has_maximum)
        self.max_anchor_combo.setEnabled(has_maximum)
        for combo, amount, first in ((self.unit_combo, self.amount_spin.value(), 0), (self.max_unit_combo, self.max_amount_spin.value(), 1)):
            for index, unit in enumerate(UNITS, start=first):
                combo.setItemText(index, pe.unit_text(unit, amount))


class PolicyRows(QWidget):
    """The six rows under a header; ``changed`` after the user edits any of them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        headers = ((self.tr("Situation"), 0, 1), (self.tr("Counted from"), 1, 1), (self.tr("Keep for"), 2, 2),
                   (self.tr("At most"), 4, 2), (self.tr("counted from"), 6, 1))
        for text, column, span in headers:
            header = QLabel(text)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, column, 1, span)
        grid.setColumnStretch(0, 1)  # the situation's name wraps; the controls keep their size
        grid.setColumnMinimumWidth(0, self.fontMetrics().horizontalAdvance("M") * 12)
        self.rows: dict[str, RuleRowControls] = {}
        for number, situation in enumerate(pe.SITUATION_ORDER):
            controls = RuleRowControls(situation, grid, 1 + 2 * number, self)
            controls.changed.connect(self.changed)
            self.rows[situation] = controls

    def show_rows(self, rows: tuple[RuleRow, ...]) -> None:
        for row in rows:
            self.rows[row.situation].show_row(row)

    def entered(self) -> tuple[RuleRow, ...]:
        return tuple(self.rows[situation].entered() for situation in pe.SITUATION_ORDER)

    def first_control(self) -> QWidget:
        return self.rows[pe.SITUATION_ORDER[0]].anchor_combo
