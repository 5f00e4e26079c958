"""Dashboard counts, the tray sentence, and automatic erasure (off by default)."""

from __future__ import annotations

import datetime as dt

from recruitdesk import i18n, settings
from recruitdesk.services.candidates import new_candidate, candidate_rows, record_outcome
from recruitdesk.services.retention import set_legal_hold
from recruitdesk.services.retention_alerts import run_daily_check, summarise


def _candidates(vault, clock, endings: dict[str, dt.date]) -> dict[str, int]:
    ids = {}
    with vault.session() as session, session.begin():
        for name in endings:
            ids[name] = new_candidate(session, vault.candidate_keys, clock, name, applied_on=dt.date(2026, 1, 5)).id
    for name, ended in endings.items():
        record_outcome(vault, ids[name], "not_hired", ended)
    return ids


def test_summary_counts_and_sentence(new_vault, clock):
    vault, _ = new_vault  # nl-ap: 4 weeks after the end of the procedure; clock: 2 March 2026
    ids = _candidates(vault, clock, {
        "Overdue One": dt.date(2026, 1, 20),   # due 17 Feb
        "Soon One": dt.date(2026, 2, 5),        # due 5 Mar
        "Soon Two": dt.date(2026, 2, 10),       # due 10 Mar
        "Later": dt.date(2026, 2, 27),          # due 27 Mar: outside 14 days
        "Held": dt.date(2026, 1, 10),
    })
    set_legal_hold(vault, ids["Held"], "Tax inspection of the placement")
    summary = summarise(vault)
    assert [i.name for i in summary.overdue] == ["Overdue One"]
    assert [i.name for i in summary.due_soon] == ["Soon One", "Soon Two"]
    assert [i.name for i in summary.on_hold] == ["Held"]
    assert summary.needs_attention == 3
    assert summary.headline() == "2 candidates must be deleted within 14 days. 1 candidate is overdue for deletion."
    i18n.set_language("nl")
    assert summary.headline() != "2 candidates must be deleted within 14 days. 1 candidate is overdue for deletion."


def test_window_setting_is_respected(new_vault, clock):
    vault, _ = new_vault
    _candidates(vault, clock, {"Later": dt.date(2026, 2, 27)})
    assert summarise(vault).needs_attention == 0
    with vault.session() as session, session.begin():
        settings.put(session, "alert_window_days", 30)
    assert [i.name for i in summarise(vault).due_soon] == ["Later"]


def test_daily_check_erases_only_when_automatic_erasure_is_on(new_vault, clock):
    vault, _ = new_vault
    ids = _candidates(vault, clock, {"Overdue One": dt.date(2026, 1, 20), "Soon One": dt.date(2026, 2, 5)})
    summary, erased = run_daily_check(vault)
    assert erased == [] and summary.needs_attention == 2
    with vault.session() as session, session.begin():
        settings.put(session, "auto_erase", True)
    summary, erased = run_daily_check(vault)
    assert erased == [ids["Overdue One"]]
    assert [i.name for i in summary.due_soon] == ["Soon One"]  # warned ahead, not erased
    assert [r.name for r in candidate_rows(vault)] == ["Soon One"]


def test_counts_stay_exact_when_the_lists_are_capped(new_vault, clock, monkeypatch):
    from recruitdesk.services import retention_alerts

    vault, _ = new_vault
    _candidates(vault, clock, {f"Overdue {n}": dt.date(2026, 1, 10 + n) for n in range(4)})
    monkeypatch.setattr(retention_alerts, "LIST_LIMIT", 2)
    summary = summarise(vault)
    assert summary.overdue_count == 4 and summary.needs_attention == 4
    assert [i.name for i in summary.overdue] == ["Overdue 0", "Overdue 1"]  # soonest first
    assert summary.headline().startswith("4 candidates are overdue")


def test_the_daily_update_runs_once_per_day_not_at_every_unlock(new_vault, clock, monkeypatch):
    from recruitdesk.services import maintenance

    vault, _ = new_vault
    calls = []
    real = maintenance.recompute_due
    monkeypatch.setattr(maintenance, "recompute_due", lambda v, *a: calls.append(v.clock.today()) or real(v, *a))
    run_daily_check(vault)
    run_daily_check(vault)
    assert calls == [clock.today()]
    clock.advance(days=1)
    run_daily_check(vault)
    assert calls == [clock.today() - dt.timedelta(days=1), clock.today()]
