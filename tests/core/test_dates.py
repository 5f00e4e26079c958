"""One date style per language (issue 21): short dates in tables, long dates in sentences, the
window's language deciding, and no other date formatting left in the window's code."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from recruitdesk import i18n
from recruitdesk.dates import long_date, long_datetime, qt_short_format, short_date, short_datetime

ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(("language", "short", "long"), [
    ("en", "4 Dec 2026", "4 December 2026"),
    ("nl", "04-12-2026", "4 december 2026"),
    ("fr", "04/12/2026", "4 décembre 2026"),
])
def test_each_language_has_one_short_and_one_long_style(language, short, long):
    i18n.set_language(language)
    assert short_date(DAY) == short
    assert long_date(DAY) == long
    assert short_datetime(dt.datetime(2026, 12, 4, 9, 5)) == f"{short} 09:05"
    assert long_datetime(dt.datetime(2026, 12, 4, 9, 5)).startswith(long)


def test_an_explicit_language_wins_and_french_says_premier():
    i18n.set_language("en")
    assert long_date(dt.date(2026, 3, 1), "fr") == "1er mars 2026"
    assert long_date(dt.date(2026, 3, 1), "nl") == "1 maart 2026"
    assert short_date(None) == "" and long_date(None) == ""


def test_the_date_fields_show_what_the_tables_show():
    for language, example in (("en", "4 Dec 2026"), ("nl", "04-12-2026"), ("fr", "04/12/2026")):
        pattern = qt_short_format(language)
        rendered = (pattern.replace("yyyy", "2026").replace("MMM", "Dec").replace("MM", "12")
                    .replace("dd", "04").replace("d", "4"))
        assert rendered == example


# Formatting a date by hand in the window's code, or an ISO date in a sentence of the core.
STRAY = re.compile(r"strftime\(|\.isoformat\(\)|QLocale\(\)\.toString\(Q?Date|FormatType\.(Short|Long)Format"
                   r"|\"yyyy-MM-dd\"|\bstr\((day|date|value\.date|\w+_on|\w+_at)\)")
SENTENCE_ISO = re.compile(r"\b(date|given|expires|until|deadline|day)=[^,()]*\.isoformat\(\)")


# Files allowed to format dates themselves while they move to recruitdesk.dates (none left).
LEFT_TO_THE_INTEGRATOR: set[str] = set()


def test_no_stray_date_formatting_in_the_window():
    offenders, pending = [], set()
    for path in sorted((ROOT / "recruitdesk" / "gui").rglob("*.py")):
        if "forms" in path.parts:
            continue
        name = path.relative_to(ROOT).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if STRAY.search(line):
                if name in LEFT_TO_THE_INTEGRATOR:
                    pending.add(name)
                else:
                    offenders.append(f"{name}:{number}: {line.strip()}")
    assert offenders == [], "use recruitdesk.dates (short_date, long_date...):\n" + "\n".join(offenders)
    assert pending == LEFT_TO_THE_INTEGRATOR, "redirected: remove it from LEFT_TO_THE_INTEGRATOR"


def test_no_iso_date_in_a_sentence_of_the_core():
    offenders = []
    for folder in ("services", "retention", "exporting", "importing"):
        for path in sorted((ROOT / "recruitdesk" / folder).rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if SENTENCE_ISO.search(line) and not any(word in line for word in ("audit.record", "to_json", "# ISO on purpose")):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == [], "sentences read by people use recruitdesk.dates.long_date:\n" + "\n".join(offenders)
