"""The team benchmark at a tiny size, through the driver and child processes `dev.py bench` runs.

So the benchmark cannot rot: a change to the team core that breaks its bulk build, its
measurements or its table fails here. It also checks what makes the figures comparable with the
local vault's: the people are the local benchmark's, and the team search finds, for every one of
the 40 queries, exactly the candidates the local vault's rule finds (every query word starts a
word of the name, e-mail or CV text). Real PostgreSQL; skips without it on a developer's machine
and fails in CI, like the other team tests.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from recruitdesk.store.search_index import MAX_PREFIX, prefixes, words
from recruitdesk.team.candidates import SEARCH_LIMIT
from tests.support import postgres

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import run_benchmarks as local  # noqa: E402 - the benchmarks are scripts beside each other
import team_benchmark  # noqa: E402

SIZE = 60
TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def keep_folder():
    """A folder for the kept cluster that the server's own account can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="recruitdesk-team-bench-test-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def expected_hits(people: list, query: str) -> int:
    """What the local vault finds for ``query``: candidates holding every query word as a prefix (cut to MAX_PREFIX)."""
    wanted = {word[:MAX_PREFIX] for word in words(query)}
    found = sum(1 for person in people if wanted <= prefixes((person.name, person.email, person.cv_text)))
    return min(found, SEARCH_LIMIT)


def test_team_benchmark_builds_measures_and_reuses_a_kept_cluster(keep_folder):
    if postgres.server_bin_folder() is None:
        postgres.start_server()  # skips on a developer's machine, fails in CI
    messages: list[str] = []
    figures = team_benchmark.run(SIZE, TODAY, keep_folder, messages.append)

    people = list(local.synthetic_people(SIZE, TODAY))
    queries = local.search_queries()
    assert figures["search_hits"] == [expected_hits(people, query) for query in queries]
    assert any(figures["search_hits"]) and figures["list_rows"] == SIZE
    assert figures["tokens"] == sum(len(prefixes((p.name, p.email, p.cv_text))) for p in people)
    for key in ("window_s", "window_peak_mb", "open_s", "list_s", "start_s", "search_median_s", "search_p95_s", "add_s", "update_s",
                "erase_s", "build_s"):
        assert figures[key] > 0, key
    assert figures["start_s"] >= figures["open_s"] and figures["search_p95_s"] >= figures["search_median_s"]
    assert any("window usable in" in message for message in messages)  # the app itself started on the team folder
    assert 0 < figures["window_first_s"] <= figures["window_s"]
    assert figures["db_mb"] > figures["candidates_mb"] + figures["token_mb"] > figures["token_mb"] > 0
    assert any("building" in message for message in messages)

    local_figures = {"unlock_s": 0.25, "list_s": 0.5, "search_median_s": 0.002, "search_p95_s": 0.004,
                     "search_hits_median": figures["search_hits_median"], "erase_1_s": 0.03, "db_mb": 12.0}
    table = "\n".join(team_benchmark.markdown(figures, local_figures))
    assert f"## Team vault on PostgreSQL, {SIZE} candidates" in table
    assert "| 750 ms |" in table  # the local start's data side: unlock + list
    assert table.count("\n| ") == len(team_benchmark.ROWS) + 2  # header, rule and one line per row

    messages.clear()
    again = team_benchmark.run(SIZE, TODAY, keep_folder, messages.append)
    assert any("reusing the kept cluster" in message for message in messages)
    assert again["list_rows"] == SIZE  # the measured writes erased what they added: the kept vault stays as built
    assert again["search_hits"] == figures["search_hits"]
