"""The retention presets users pick from; each follows one published privacy statement.

Only names and titles live here for now: the rules themselves arrive with the retention engine.
"""

from __future__ import annotations

from dataclasses import dataclass

from recruitdesk import errors
from recruitdesk.i18n import N_, translate


@dataclass(frozen=True)
class PresetInfo:
    name: str
    title: str
    summary: str

    def translated_title(self) -> str:
        return translate("presets", self.title)

    def translated_summary(self) -> str:
        return translate("presets", self.summary)


PRESETS: dict[str, PresetInfo] = {
    preset.name: preset
    for preset in (
        PresetInfo("nl-ap", N_("presets", "Dutch DPA guidance"),
                   N_("presets", "4 weeks after the procedure; 1 year with consent.")),
        PresetInfo("it1", N_("presets", "IT1"),
                   N_("presets", "Not hired: 4 weeks after last contact; recruitment reserve: 12 months after last contact.")),
        PresetInfo("imalink", N_("presets", "Imalink"),
                   N_("presets", "No fixed term in the statement: the firm sets its own review period.")),
        PresetInfo("infosentry", N_("presets", "Infosentry"),
                   N_("presets", "Not retained: 1 year after the application; reserve with consent: at most 3 years.")),
        PresetInfo("itzu", N_("presets", "ITZU"),
                   N_("presets", "Recruitment: 2 years after last contact; outplacement: 5 years from the start.")),
        PresetInfo("ictmakers", N_("presets", "ICT Makers"),
                   N_("presets", "Not hired: 6 weeks after the procedure; with consent: at most 1 year.")),
    )
}


def get_preset(name: str) -> PresetInfo:
    try:
        return PRESETS[name]
    except KeyError:
        raise errors.UnknownPreset(name=name, choices=", ".join(PRESETS)) from None
