"""How the vacancy views scale: 500 vacancies, one of them with 2,000 applications.

    .venv/bin/python -m tests.benchmarks.vacancy_benchmark [--vacancies 500] [--applications 2000]

Times, on a real SQLCipher vault: the vacancy list with counts per stage (``list_vacancies``),
loading the big vacancy's board (``vacancy_board``), filling the board's columns and the list
widget with its applications (offscreen Qt), one stage move (``move_stage``, a write with the
countdown recompute) and closing the big vacancy (``close_vacancy``: every application ends in
one transaction). Medians of a few runs; the setup's bulk insert is not a user operation.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select  # noqa: E402

from recruitdesk.clock import ManualClock  # noqa: E402
from recruitdesk.services.applications import move_stage, vacancy_board  # noqa: E402
from recruitdesk.services.countdown import recompute_all  # noqa: E402
from recruitdesk.services.stages import DEFAULT_STAGES  # noqa: E402
from recruitdesk.services.vacancies import list_vacancies  # noqa: E402
from recruitdesk.services.vacancy_closing import close_vacancy  # noqa: E402
from recruitdesk.services.vault_access import create_vault  # noqa: E402
from recruitdesk.store.models import Procedure, Vacancy  # noqa: E402
from recruitdesk.vault.keychain import MemoryKeychain  # noqa: E402
from tests.support.vaults import insert_candidates  # noqa: E402

OPEN_STAGES = DEFAULT_STAGES[:4]


def median_ms(function, repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def seed(vault, vacancies: int, applications: int) -> int:
    today = vault.clock.today()
    now = vault.clock.now().replace(tzinfo=None)
    stages = json.dumps(list(DEFAULT_STAGES))
    ids = insert_candidates(vault, applications + vacancies)
    with vault.session() as session, session.begin():
        session.execute(Vacancy.__table__.insert(), [
            {"title": f"Vacancy {number}", "client": f"Client {number % 40}", "location": "Gent", "owner": "Sofie",
             "opened_on": today - dt.timedelta(days=number % 200), "status": "open", "stages_json": stages, "created_at": now}
            for number in range(vacancies)])
        vacancy_ids = list(session.scalars(select(Vacancy.id).order_by(Vacancy.id)))
        big = vacancy_ids[0]
        rows = [{"candidate_id": candidate, "vacancy_id": big, "title": "Vacancy 0", "applied_on": today, "outcome": "open",
                 "stage": OPEN_STAGES[number % 4], "stage_changed_on": today} for number, candidate in enumerate(ids[:applications])]
        rows += [{"candidate_id": candidate, "vacancy_id": vacancy_ids[1 + number % (vacancies - 1)], "title": None, "applied_on": today,
                  "outcome": "open", "stage": OPEN_STAGES[number % 4], "stage_changed_on": today}
                 for number, candidate in enumerate(ids[applications:])]
        session.execute(Procedure.__table__.insert(), rows)
        recompute_all(session, vault.clock)
    return big


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vacancies", type=int, default=500)
    parser.add_argument("--applications", type=int, default=2000)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from recruitdesk.gui.vacancies.board import ApplicationList, BoardView

    app = QApplication.instance() or QApplication([])
    clock = ManualClock(dt.datetime(2026, 3, 2, 9, 0))
    with tempfile.TemporaryDirectory() as folder:
        vault, _key = create_vault(Path(folder) / "vault", MemoryKeychain(), clock)
        try:
            started = time.perf_counter()
            big = seed(vault, args.vacancies, args.applications)
            setup = time.perf_counter() - started
            listed = list_vacancies(vault)
            row, applications = vacancy_board(vault, big)
            board, table = BoardView(), ApplicationList()
            figures = {
                "vacancy list (list_vacancies)": median_ms(lambda: list_vacancies(vault)),
                "vacancy list, search 'client 7'": median_ms(lambda: list_vacancies(vault, search="client 7")),
                "board load (vacancy_board)": median_ms(lambda: vacancy_board(vault, big)),
                "fill the board's columns": median_ms(lambda: board.set_applications(row.stages, applications)),
                "fill the list": median_ms(lambda: table.set_applications(applications)),
                "one stage move (move_stage)": median_ms(lambda: move_stage(vault, applications[0].id, "offer"), 3),
                "close the big vacancy (close_vacancy)": median_ms(lambda: close_vacancy(vault, big), 1),
            }
        finally:
            vault.close()
    del app
    print(f"{len(listed)} vacancies, {len(applications)} applications in one; setup {setup:.1f} s")
    for label, value in figures.items():
        print(f"  {label}: {value:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
