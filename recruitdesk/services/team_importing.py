"""The import dialog's two backend calls for a team vault, shaped as the local ones
(``services.importing.preview`` and ``import_files``), so the one dialog reviews either kind of vault.

Reading a file and detecting its fields is the same for both (``services.importing.preview``: the
sandbox, the readers, the field detection, duplicates within the batch); only three steps differ and
go to the team's server through the window's ``TeamDesk``: the firm's country, where phone numbers
without a country code are read (``cv_import.phone_regions``: the team's firm profile, else its
policy's preset), who may be known already (for the review), and storing the reviewed files
(encrypted on this computer, one transaction per file).
The team's results are turned into the local ``ImportResult`` the dialog shows.
"""

from __future__ import annotations

import os
import threading
from typing import Callable, Iterable
from uuid import UUID

from recruitdesk.services.importing import FilePreview, ImportResult, preview as read_files
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.team import cv_import
from recruitdesk.team.cv_import import TeamImportResult

# What the review offers when the person is known: merging fields is not a team import's (see ``team.cv_import``).
DUPLICATE_CHOICES = ("skip", "attach", "create")


def preview(paths: Iterable[str | os.PathLike[str]], vault: TeamDesk | None = None,
            progress: Callable[[int, int, object], None] | None = None, cancel: threading.Event | None = None,
            passwords: dict[str, str] | None = None) -> list[FilePreview]:
    """Read and analyse the files as a local vault's import does; with ``vault`` (the open team),
    also who among them may be in the team vault already. Nothing is written."""
    regions = vault.run(cv_import.phone_regions) if vault is not None else None  # the firm's country first, as a local vault's
    previews = read_files(paths, progress=progress, cancel=cancel, passwords=passwords, regions=regions)
    if vault is not None and not (cancel is not None and cancel.is_set()):
        vault.check_imported_cvs(previews)
    return previews


def import_files(vault: TeamDesk, items: list[FilePreview], progress: Callable[[int, int, object], None] | None = None,
                 cancel: threading.Event | None = None, on_duplicate: str = "skip", attach_to: UUID | None = None,
                 vacancy_id: UUID | None = None) -> list[ImportResult]:
    """Store the reviewed files in the team vault; one ``ImportResult`` per file, as the local import's.
    ``attach_to``: added to that candidate (files dropped on their row); ``vacancy_id``: each candidate
    applies for that vacancy in the file's transaction (as the local ``import_files``)."""
    report = (lambda done, total, result: progress(done, total, as_import_result(result))) if progress is not None else None
    return [as_import_result(result) for result in vault.import_reviewed(list(items), report, cancel, on_duplicate,
                                                                         attach_to=attach_to, vacancy_id=vacancy_id)]


def as_import_result(result: TeamImportResult) -> ImportResult:
    """The team's outcome of one file in the local import's terms (the dialog's summary)."""
    item = result.preview
    notices = list(item.notices) if item is not None and item.ok else []
    email = item.email if item is not None and result.action == "created" else None
    phone = item.phone if item is not None and result.action == "created" else None
    return ImportResult(result.path, result.file, result.status, result.candidate_id, result.name, email, phone,  # type: ignore[arg-type]
                        result.action, notices, result.failure, item)

