"""Change notices for one candidate read their line one at a time, so a late answer never lands last."""

from __future__ import annotations

import threading
import uuid

from recruitdesk.gui.team.row_reads import RowReads


def test_notices_during_a_read_wait_for_it_and_read_once_more_so_the_last_answer_is_the_newest(qtbot):
    candidate_id = uuid.uuid4()
    release_first = threading.Event()
    state = {"deadline": "old", "reads": 0}
    arrived: list[str] = []

    def read(wanted):
        assert wanted == candidate_id
        state["reads"] += 1
        seen = state["deadline"]  # what the server holds when the read begins
        if state["reads"] == 1:
            assert release_first.wait(30)
        return seen

    reads = RowReads(read, lambda _id, row: arrived.append(row), lambda error: arrived.append(f"failed: {error}"))
    reads.refresh(candidate_id)
    qtbot.waitUntil(lambda: state["reads"] == 1, timeout=10_000)
    state["deadline"] = "new"  # a colleague's consent commits, and its notices arrive while the first read runs
    for _ in range(3):
        reads.refresh(candidate_id)
    assert state["reads"] == 1  # nothing read in parallel
    release_first.set()
    qtbot.waitUntil(lambda: len(arrived) == 2, timeout=10_000)
    qtbot.wait(200)
    assert arrived == ["old", "new"] and state["reads"] == 2  # three notices, one more read, the newest answer last


def test_a_failed_read_is_reported_and_the_next_notice_reads_again(qtbot):
    candidate_id = uuid.uuid4()
    calls: list[int] = []
    errors: list[BaseException] = []

    def read(_wanted):
        calls.append(1)
        if len(calls) == 1:
            raise ConnectionError("server gone")
        return "row"

    arrived: list[object] = []
    reads = RowReads(read, lambda _id, row: arrived.append(row), errors.append)
    reads.refresh(candidate_id)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=10_000)
    reads.refresh(candidate_id)
    qtbot.waitUntil(lambda: arrived == ["row"], timeout=10_000)
