"""Where the requests dock gets its register: one panel for both kinds of vault.

The panel (``panel.RequestsPanel``) shows lines, a headline and buttons; it asks a source for
the lines and the summary, whether a line may be extended, completed or exported, and for the
dialog each button opens: the same dialogs (``dialogs``) for both, writing through the vault's
writer. A local vault's source reads its SQLCipher file through ``services.rights_requests`` (at
once: a firm has a handful of requests; ``local_writer``); a team's source
(``gui.team.requests_source``) reads the team's register on a worker and writes through
``gui.team.request_writer``. The panel never asks which backend it is on. A source emits ``changed`` when the
register should be read again (a colleague's change notice); a local vault's never does. A
``shared`` register (a team's, kept by several members on a server) also says who recorded each
request, which part of the register the user sees (``RequestsRead.scope``), and can be read again
on demand (Reload), e.g. once a stopped server is back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import QDialog, QWidget

from recruitdesk.gui.exporting.dialog import ExportDialog
from recruitdesk.gui.requests.dialogs import CompleteRequestDialog, ExtendRequestDialog, RegisterRequestDialog
from recruitdesk.gui.requests.local_writer import LocalRequestWriter
from recruitdesk.services import rights_requests as rr
from recruitdesk.vault.vault import Vault

@dataclass(frozen=True)
class RequestLine:
    """One request as the dock lists it; ``record`` is the source's own (its dialogs take it)."""

    key: object  # the request's id: a local vault's number, a team's UUID
    number: str
    kind: str
    name: str  # the candidate's, or the requester's, decrypted here; "-" when there is none
    received_on: dt.date
    deadline: dt.date
    completed_on: dt.date | None
    overdue: bool
    record: object
    extended: bool = False  # the deadline was extended
    outcome: str = ""  # what was done, once completed
    recorded_by: str = ""  # the member who registered it (a shared register's)
    details: str = ""  # how to reach a person who is not a candidate (their e-mail address, phone number)

    @property
    def is_open(self) -> bool:
        return self.completed_on is None


@dataclass(frozen=True)
class RequestsRead:
    lines: list[RequestLine]
    summary: rr.RequestSummary
    scope: str = ""  # which requests the user sees, when not every one (said above the list)


class RequestsSource(Protocol):
    @property
    def changed(self) -> SignalInstance: ...  # read the register again

    @property
    def exports(self) -> bool: ...  # offers Export data… for an access or portability request

    @property
    def shared(self) -> bool: ...  # several members keep it: Recorded by, and Reload

    def read_only_reason(self) -> str: ...  # why the user may not register, extend or complete; "" if they may

    def read(self, open_only: bool, day: dt.date, window_days: int,
             done: Callable[[RequestsRead], None], failed: Callable[[BaseException], None]) -> None: ...

    def may_extend(self, line: RequestLine, day: dt.date) -> bool: ...

    def may_export(self, line: RequestLine) -> bool: ...

    def register(self, parent: QWidget, candidate_id: object = None, name: str | None = None,
                 linked: bool = True) -> QDialog | None: ...  # linked=False: about a person who is not a candidate

    def extend(self, parent: QWidget, line: RequestLine) -> QDialog | None: ...

    def complete(self, parent: QWidget, line: RequestLine) -> QDialog | None: ...

    def export(self, parent: QWidget, line: RequestLine, choose_folder: Callable) -> ExportDialog | None: ...


class LocalRequestsSource(QObject):
    """A local vault's register, read at once (``read`` raises what it meets, the panel says it)."""

    changed = Signal()
    exports = True
    shared = False

    def __init__(self, vault: Vault, today: Callable[[], dt.date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._today = today
        self.writer = LocalRequestWriter(vault, today)

    def read_only_reason(self) -> str:
        return ""

    def read(self, open_only: bool, day: dt.date, window_days: int,
             done: Callable[[RequestsRead], None], failed: Callable[[BaseException], None]) -> None:
        views = rr.list_requests(self._vault, open_only=open_only)
        summary = rr.summarise(self._vault, day, window_days)
        done(RequestsRead([_local_line(view, day) for view in views], summary))

    def may_extend(self, line: RequestLine, day: dt.date) -> bool:
        view = _view(line)
        return view.is_open and day <= view.due_on and view.extended_to != rr.latest_extension(view.received_on)

    def may_export(self, line: RequestLine) -> bool:
        view = _view(line)
        return view.is_open and view.candidate_id is not None and view.kind in (rr.ACCESS, rr.PORTABILITY)

    def register(self, parent: QWidget, candidate_id: object = None, name: str | None = None, linked: bool = True) -> QDialog:
        if not linked:
            candidate_id, name = None, None
        assert candidate_id is None or isinstance(candidate_id, int), "a local candidate's id"
        return RegisterRequestDialog(self.writer, candidate_id, name, parent)

    def extend(self, parent: QWidget, line: RequestLine) -> QDialog:
        return ExtendRequestDialog(self.writer, _view(line), parent)

    def complete(self, parent: QWidget, line: RequestLine) -> QDialog:
        return CompleteRequestDialog(self.writer, _view(line), parent)

    def export(self, parent: QWidget, line: RequestLine, choose_folder: Callable) -> ExportDialog | None:
        view = _view(line)
        if view.candidate_id is None:
            return None
        return ExportDialog(self._vault, view.candidate_id, view.candidate_name or "", request_id=view.id, parent=parent,
                            choose_folder=choose_folder)


def _view(line: RequestLine) -> rr.RequestView:
    assert isinstance(line.record, rr.RequestView), "a local line holds its RequestView"
    return line.record


def _local_line(view: rr.RequestView, day: dt.date) -> RequestLine:
    return RequestLine(view.id, str(view.id), view.kind, view.candidate_name or "-", view.received_on, view.deadline, view.completed_on,
                       view.overdue_on(day), view, extended=view.extended_to is not None, outcome=view.outcome or "")
