"""Counted sentences take Qt's plural forms (issue 21: "1 screening notes."), in the core's
catalogs too: English singular from the plural-only English catalog, French counting 0 as one."""

from __future__ import annotations

import datetime as dt

import pytest

from recruitdesk import i18n
from recruitdesk.services.retention_alerts import RetentionSummary


@pytest.mark.parametrize(("language", "one", "two", "zero"), [
    ("en", "1 candidate erased.", "2 candidates erased.", "0 candidates erased."),
    ("nl", "1 kandidaat gewist.", "2 kandidaten gewist.", "0 kandidaten gewist."),
    ("fr", "1 candidat effacé.", "2 candidats effacés.", "0 candidat effacé."),
])
def test_core_plurals_follow_the_language(language, one, two, zero):
    i18n.set_language(language)
    assert [i18n.translate("cli", "%n candidates erased.", None, n) for n in (1, 2, 0)] == [one, two, zero]


def test_a_sentence_without_a_count_is_unchanged():
    i18n.set_language("en")
    assert i18n.translate("cli", "Candidate {id} added.") == "Candidate {id} added."


def test_the_alert_headline_is_singular_for_one_candidate():
    i18n.set_language("en")
    summary = RetentionSummary(dt.date(2026, 3, 2), 14, [], [], [], overdue_count=1, due_soon_count=1)
    assert summary.headline() == "1 candidate must be deleted within 14 days. 1 candidate is overdue for deletion."
