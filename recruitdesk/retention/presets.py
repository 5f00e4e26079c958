"""The retention presets users pick from; each follows one published privacy statement.

Every rule marked ``from_statement=True`` restates a sentence of the firm's statement (quoted
in ``QUOTES``, in the statement's own Dutch). Where a statement sets no term for a situation,
a candidate must still not be kept forever, so the preset adds a clearly marked firm default
(``from_statement=False``) that the firm can change in a custom policy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from recruitdesk import errors
from recruitdesk.i18n import N_, translate
from recruitdesk.retention.facts import HIRED, NOT_HIRED, OUTPLACEMENT, PROCEDURE_OPEN, RESERVE, SOURCED
from recruitdesk.retention.describe import CHANGED_ON, VALID_FROM, VERSION_OF, Statement, describe_policy
from recruitdesk.retention.defaults import hired_default, open_procedure_default, outplacement_default, sourced_default
from recruitdesk.retention.periods import Period
from recruitdesk.retention.policy import APPLICATION, LAST_CONTACT, PROCEDURE_END, START, Limit, Policy, Rule


def _limit(anchor: str, amount: int, unit: str) -> Limit:
    return Limit(anchor, Period(amount, unit))


def _firm_defaults() -> tuple[Rule, ...]:
    """Where a statement is silent: open procedures, hired candidates, outplacement, sourcing."""
    return (open_procedure_default(), hired_default(), outplacement_default(), sourced_default())


@dataclass(frozen=True)
class PresetInfo:
    """A preset is shown by what it does (``description``), with the statement it follows under it."""

    name: str
    title: str
    statement: Statement
    policy: Policy
    quotes: dict[str, str]

    def translated_title(self) -> str:
        return translate("presets", self.title)

    def description(self) -> str:
        """What the preset does, generated from its rules: "4 weeks after the procedure; 1 year with consent"."""
        return describe_policy(self.policy)

    def statement_line(self) -> str:
        """The statement it follows: "Privacy statement of IT1 bv (www.it1.be), last changed on 18 June 2019"."""
        return self.statement.line()


def _preset(name: str, title: str, statement: Statement, rules: tuple[Rule, ...], quotes: dict[str, str]) -> PresetInfo:
    return PresetInfo(name, title, statement, Policy(name, title, rules), quotes)


PRESETS: dict[str, PresetInfo] = {
    preset.name: preset
    for preset in (
        _preset(
            "nl-ap", N_("presets", "Dutch DPA guidance"),
            Statement(N_("policy description", "Dutch Data Protection Authority"), "autoriteitpersoonsgegevens.nl", guidance=True),
            (
                Rule("not_hired", (NOT_HIRED,), _limit(PROCEDURE_END, 4, "weeks")),
                Rule("reserve", (RESERVE,), None, maximum=_limit(PROCEDURE_END, 1, "years")),
                *_firm_defaults(),
            ),
            {
                "not_hired": "Verwijder de gegevens van een afgewezen sollicitant uiterlijk 4 weken na afloop van de sollicitatieprocedure.",
                "reserve": "Met toestemming van de sollicitant mogen de gegevens tot uiterlijk 1 jaar na afloop van de procedure bewaard worden.",
            },
        ),
        _preset(
            "it1", N_("presets", "IT1"),
            Statement("IT1 bv", "www.it1.be", dt.date(2019, 6, 18), CHANGED_ON),
            (
                Rule("not_hired", (NOT_HIRED,), _limit(LAST_CONTACT, 4, "weeks")),
                Rule("reserve", (RESERVE,), _limit(LAST_CONTACT, 12, "months")),
                *_firm_defaults(),
            ),
            {
                "not_hired": "De sollicitantengegevens worden bij niet-aanwerving maximaal 4 weken bewaard na het laatste contact.",
                "reserve": "Indien de kandidaat wenst opgenomen te worden in de wervingsreserve worden de gegevens uiterlijk 12 maand na het laatste contact verwijderd.",
            },
        ),
        _preset(
            "imalink", N_("presets", "Imalink"),
            Statement("Imalink NV", "DPO@imalink.be"),
            (
                Rule("review", (NOT_HIRED, RESERVE, SOURCED), _limit(LAST_CONTACT, 1, "years"), from_statement=False),
                open_procedure_default(), hired_default(), outplacement_default(),
            ),
            {
                "review": "We gaan de informatie die we bewaren actief herzien en wanneer er geen verdere juridische, wettelijke of zakelijke noodzaak voor ons is om deze te bewaren, dan worden deze veilig verwijderd.",
            },
        ),
        _preset(
            "infosentry", N_("presets", "Infosentry"),
            Statement("Infosentry NV", "", dt.date(2023, 11, 6), VERSION_OF),
            (
                Rule("not_hired", (NOT_HIRED,), _limit(APPLICATION, 1, "years")),
                Rule("reserve", (RESERVE,), None, maximum=_limit(APPLICATION, 3, "years")),
                *_firm_defaults(),
            ),
            {
                "not_hired": "Bij niet weerhouden sollicitanten beperken we ons tot 1 jaar na sollicitatie.",
                "reserve": "Bij sollicitanten binnen onze wervingsreserve bewaren we de persoonsgegevens zolang de toestemming niet wordt ingetrokken en tot maximaal 3 jaar na sollicitatie.",
            },
        ),
        _preset(
            "itzu", N_("presets", "ITZU"),
            Statement("ITZU", "www.itzu.eu", dt.date(2018, 5, 25), VALID_FROM),
            (
                Rule("recruitment", (PROCEDURE_OPEN, NOT_HIRED, RESERVE, HIRED, SOURCED), _limit(LAST_CONTACT, 2, "years")),
                Rule("outplacement", (OUTPLACEMENT,), _limit(START, 5, "years")),
            ),
            {
                "recruitment": "Binnen het kader van werving en selectie houden wij uw Persoonsgegevens bij tot twee jaar na het laatste contact.",
                "outplacement": "Binnen het kader van outplacement en loopbaanbegeleiding zijn we omwille van wettelijke verplichtingen uw Persoonsgegevens 5 jaar bij te houden vanaf opstart.",
            },
        ),
        _preset(
            "ictmakers", N_("presets", "ICT Makers"),
            Statement("ICT Makers", "info@ictmakers.nl"),
            (
                Rule("not_hired", (NOT_HIRED,), _limit(PROCEDURE_END, 6, "weeks")),
                Rule("reserve", (RESERVE,), None, maximum=_limit(PROCEDURE_END, 1, "years")),
                *_firm_defaults(),
            ),
            {
                "not_hired": "Mocht je na afloop van de sollicitatieprocedure niet in dienst treden bij de ICT Makers groep, dan bewaren wij de gegevens niet langer dan zes weken na beëindiging van de procedure.",
                "reserve": "Indien je toestemming heeft gegeven om jouw gegevens langer te bewaren, dan bewaren wij jouw gegevens maximaal één jaar na beëindiging van de sollicitatieprocedure.",
            },
        ),
    )
}


def get_preset(name: str) -> PresetInfo:
    try:
        return PRESETS[name]
    except KeyError:
        raise errors.UnknownPreset(name=name, choices=", ".join(PRESETS)) from None
