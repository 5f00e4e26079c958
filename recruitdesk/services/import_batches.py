"""A batch of files imported as the import dialog lists them: in order, in runs that share a
duplicate choice, with a result for every file even when the batch is cancelled or breaks.

This is the import's batching rule, so it lives below the GUI (which only shows the rows and
relays the progress); the CLI imports a whole batch with one choice through ``import_files``.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Callable, Iterable, Sequence

from recruitdesk.importing import failures
from recruitdesk.importing.sources import expand
from recruitdesk.services.importing import FilePreview, ImportResult, import_files
from recruitdesk.vault.vault import Vault

Plan = list[tuple[str, list[tuple[int, FilePreview]]]]
ImportFunction = Callable[..., list[ImportResult]]


def files_to_import(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files to list for what was dropped or chosen: folders walked once, hidden files skipped."""
    return expand(paths)


def import_plan(rows: Sequence[tuple[int, FilePreview, str | None]]) -> Plan:
    """Consecutive runs of files sharing a duplicate choice; files without a known duplicate
    (choice ``None``) join the run they are in, so the batch keeps its order with few runs.
    A run of only such files uses ``skip``: a duplicate found only at import time (a corrected
    email address, say) is then reported, not stored twice."""
    plan: list[list] = []
    for row, item, choice in rows:
        if plan and (choice is None or plan[-1][0] in (None, choice)):
            if plan[-1][0] is None:
                plan[-1][0] = choice
            plan[-1][1].append((row, item))
        else:
            plan.append([choice, [(row, item)]])
    return [(choice or "skip", members) for choice, members in plan]


def import_in_runs(
    vault: Vault,
    plan: Plan,
    cancel: threading.Event,
    on_result: Callable[[int, ImportResult], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    import_function: ImportFunction = import_files,
) -> dict[int, ImportResult]:
    """Import run after run (each with its own duplicate choice), keeping the files' order.

    ``on_result(row, result)`` and ``progress(done, total)`` report each file as it is done;
    files not reached before ``cancel`` is set are returned as cancelled.
    """
    total = sum(len(members) for _choice, members in plan)
    results: dict[int, ImportResult] = {}
    done = 0

    def report(row: int, result: ImportResult, count: int) -> None:
        results[row] = result
        if on_result is not None:
            on_result(row, result)
        if progress is not None:
            progress(count, total)

    for choice, members in plan:
        if cancel.is_set():
            for row, item in members:
                done += 1
                report(row, cancelled_result(item), done)
            continue

        def run_progress(count: int, _total: int, result: ImportResult, members=members, offset=done) -> None:
            report(members[count - 1][0], result, offset + count)

        returned = import_function(vault, [item for _row, item in members], progress=run_progress, cancel=cancel, on_duplicate=choice)
        for (row, _item), result in zip(members, returned, strict=False):  # rows reported through progress stand even if a run returned early
            results[row] = result
        done += len(members)
    return results


def cancelled_result(item: FilePreview) -> ImportResult:
    return ImportResult(item.path, item.file, "cancelled", failure=failures.ImportCancelled(file=item.file), preview=item)


def failed_result(path: Path, file: str, preview: FilePreview | None) -> ImportResult:
    """The result of a file the batch did not reach because the batch itself broke."""
    return ImportResult(path, file, "failed", failure=failures.ImportFailure(file=file), preview=preview)


def unread_preview(path: Path, file: str) -> FilePreview:
    """The preview of a file whose reading was interrupted because the reading task broke."""
    return FilePreview(path, file, failure=failures.ImportFailure(file=file))
