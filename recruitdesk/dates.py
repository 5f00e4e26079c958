"""One date style per language, for every date a person reads.

Tables and lists use :func:`short_date` ("4 Dec 2026", "04-12-2026", "04/12/2026"); sentences and
explanations use :func:`long_date` ("4 December 2026", "4 december 2026", "4 décembre 2026").
Both follow the language chosen for the window (``recruitdesk.i18n``), not the system's date
settings, so a Dutch window never mixes "12/4/26" with "2026-12-04". The month names come from the
translation catalogs the app ships; no locale database is needed, and this module imports no Qt.

Files a program reads (JSON exports, CLI ``--json``, file names, the audit log) keep ISO dates.
"""

from __future__ import annotations

import datetime as dt

from recruitdesk import i18n
from recruitdesk.i18n import N_, translate

MONTHS = (
    N_("months", "January"), N_("months", "February"), N_("months", "March"), N_("months", "April"),
    N_("months", "May"), N_("months", "June"), N_("months", "July"), N_("months", "August"),
    N_("months", "September"), N_("months", "October"), N_("months", "November"), N_("months", "December"),
)

# Numeric in Dutch and French, as those readers write them; English spells the month out, so
# neither a British nor an American reader mistakes 04/12 for 12 April or 4 December.
_SHORT = {"nl": "{dd}-{mm}-{year}", "fr": "{dd}/{mm}/{year}"}


def _language(language: str | None) -> str:
    return language if language in i18n.LANGUAGES else i18n.current_language()


def month_name(month: int, language: str | None = None) -> str:
    """The month's full name in ``language`` (default: the window's), lower case in nl and fr."""
    language = _language(language)
    if language == "en":
        return MONTHS[month - 1]
    return i18n.catalog_text(language, "months", MONTHS[month - 1])


def short_date(day: dt.date | None, language: str | None = None) -> str:
    """For table cells and lists: "4 Dec 2026" / "04-12-2026" / "04/12/2026"; "" for no date."""
    if day is None:
        return ""
    language = _language(language)
    pattern = _SHORT.get(language)
    if pattern is None:
        return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return pattern.format(dd=f"{day.day:02d}", mm=f"{day.month:02d}", year=f"{day.year:04d}")


def long_date(day: dt.date | None, language: str | None = None) -> str:
    """For sentences: "4 December 2026" / "4 december 2026" / "1er décembre 2026"; "" for no date."""
    if day is None:
        return ""
    language = _language(language)
    number = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return f"{number} {month_name(day.month, language)} {day.year}"


def short_time(moment: dt.datetime | dt.time, seconds: bool = False) -> str:
    """24-hour time, the same in the three languages: "14:05" (or "14:05:09")."""
    return moment.strftime("%H:%M:%S" if seconds else "%H:%M")


def short_datetime(moment: dt.datetime | None, language: str | None = None, seconds: bool = False) -> str:
    """For lists and logs: the short date and the time, "04-12-2026 14:05"; "" for none."""
    if moment is None:
        return ""
    return f"{short_date(moment.date(), language)} {short_time(moment, seconds)}"


def long_datetime(moment: dt.datetime | None, language: str | None = None) -> str:
    """For sentences: "4 December 2026, 14:05"."""
    if moment is None:
        return ""
    return translate("dates", "{date}, {time}").format(date=long_date(moment.date(), language), time=short_time(moment))


# The same short style as a Qt display format, for date fields (QDateEdit) in the window.
_QT_SHORT = {"en": "d MMM yyyy", "nl": "dd-MM-yyyy", "fr": "dd/MM/yyyy"}


def qt_short_format(language: str | None = None) -> str:
    """The display format of date fields: what :func:`short_date` writes, in Qt's notation."""
    return _QT_SHORT[_language(language)]
