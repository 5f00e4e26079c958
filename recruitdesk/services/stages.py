"""The stages of a vacancy's procedure, what the last three mean, and the errors of the board.

A vacancy keeps an ordered list of stage codes. The defaults (``new`` ... ``withdrawn``) are
codes shown in the recruiter's language; a stage the recruiter adds is kept as typed. The three
final stages are fixed in every vacancy because retention depends on them: moving an
application to ``hired``, ``rejected`` or ``withdrawn`` ends its procedure with that outcome.
"""

from __future__ import annotations

import json

from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_, translate

NEW, SCREENING, INTERVIEW, OFFER = "new", "screening", "interview", "offer"
HIRED, REJECTED, WITHDRAWN = "hired", "rejected", "withdrawn"
DEFAULT_STAGES = (NEW, SCREENING, INTERVIEW, OFFER, HIRED, REJECTED, WITHDRAWN)
FINAL_STAGES = (HIRED, REJECTED, WITHDRAWN)
OUTCOME_OF_STAGE = {HIRED: "hired", REJECTED: "not_hired", WITHDRAWN: "withdrawn"}  # Procedure.outcome
STAGE_NAME_MAX = 60

STAGE_LABELS = {
    NEW: N_("stages", "New"),
    SCREENING: N_("stages", "Screening"),
    INTERVIEW: N_("stages", "Interview"),
    OFFER: N_("stages", "Offer"),
    HIRED: N_("stages", "Hired"),
    REJECTED: N_("stages", "Rejected"),
    WITHDRAWN: N_("stages", "Withdrawn"),
}


def stage_label(stage: str | None) -> str:
    """The words for a stage: translated for a default code, as typed for the firm's own."""
    if stage is None:
        return ""
    template = STAGE_LABELS.get(stage)
    return translate("stages", template) if template else stage


def outcome_of(stage: str) -> str:
    """The procedure outcome a stage stands for: open until a final stage."""
    return OUTCOME_OF_STAGE.get(stage, "open")


def is_final(stage: str) -> bool:
    return stage in FINAL_STAGES


def stages_from_json(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


def normalise_stages(stages: list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """A valid stage list: the open stages as given (trimmed, each once), then the final three.

    A name typed as a default stage's words in the current language ("Interview", "Gesprek")
    becomes that stage's code, so a list edited in Dutch still means the same stages.
    """
    if stages is None:
        return DEFAULT_STAGES
    words = {stage_label(code).casefold(): code for code in DEFAULT_STAGES} | {code: code for code in DEFAULT_STAGES}
    result: list[str] = []
    for raw in stages:
        name = " ".join(str(raw).split())
        if not name:
            continue
        if len(name) > STAGE_NAME_MAX:
            raise StageNameTooLong(limit=STAGE_NAME_MAX)
        code = words.get(name.casefold(), name)
        if code in FINAL_STAGES or code in result:
            continue
        result.append(code)
    if not result:
        raise StagesRequired()
    return (*result, *FINAL_STAGES)


# --- errors --------------------------------------------------------------------------------------
class VacancyNotFound(RecruitDeskError):
    code = "vacancy-not-found"
    exit_code = 3
    template = N_("errors", "There is no vacancy with number {id}.")


class ApplicationNotFound(RecruitDeskError):
    code = "application-not-found"
    exit_code = 3
    template = N_("errors", "There is no application with number {id}.")


class VacancyTitleRequired(RecruitDeskError):
    code = "vacancy-title-required"
    exit_code = 2
    template = N_("errors", "A vacancy needs a title.")


class VacancyFieldTooLong(RecruitDeskError):
    code = "vacancy-field-too-long"
    exit_code = 2
    template = N_("errors", "The {field} of a vacancy can be at most {limit} characters long.")


class StageNameTooLong(RecruitDeskError):
    code = "stage-name-too-long"
    exit_code = 2
    template = N_("errors", "A stage name can be at most {limit} characters long.")


class StagesRequired(RecruitDeskError):
    code = "stages-required"
    exit_code = 2
    template = N_("errors", "A vacancy needs at least one stage before Hired, Rejected and Withdrawn.")


class StageInUse(RecruitDeskError):
    code = "stage-in-use"
    exit_code = 2
    template = N_("errors", "The stage \"{stage}\" still holds applications ({count}); move them to another stage before removing it.")


class UnknownStage(RecruitDeskError):
    code = "unknown-stage"
    exit_code = 2
    template = N_("errors", "\"{stage}\" is not a stage of this vacancy. Its stages are: {stages}.")


class UnknownVacancyStatus(RecruitDeskError):
    code = "unknown-vacancy-status"
    exit_code = 2
    template = N_("errors", "\"{status}\" is not a status a vacancy can be set to here: use open or on hold; close a vacancy to fill or cancel it.")


class VacancyClosed(RecruitDeskError):
    code = "vacancy-closed"
    exit_code = 2
    template = N_("errors", "Vacancy {id} is closed: its applications can no longer change. Reopen it first.")


class AlreadyApplied(RecruitDeskError):
    code = "already-applied"
    exit_code = 2
    template = N_("errors", "Candidate {candidate} already has application {application} in this vacancy.")


class InvalidRating(RecruitDeskError):
    code = "invalid-rating"
    exit_code = 2
    template = N_("errors", "A rating is a whole number from 1 to 5 (or none).")


class TagsTooLong(RecruitDeskError):
    code = "tags-too-long"
    exit_code = 2
    template = N_("errors", "The tags of an application can be at most {limit} characters long together.")


class HiredNotInVacancy(RecruitDeskError):
    code = "hired-not-in-vacancy"
    exit_code = 2
    template = N_("errors", "Application {id} is not an application in this vacancy, so it cannot be marked as hired here.")


class HiredWhenCancelled(RecruitDeskError):
    code = "hired-when-cancelled"
    exit_code = 2
    template = N_("errors", "A cancelled vacancy has no hires; close it as filled to record who was hired.")


def stage_after(stages: tuple[str, ...], stage: str, steps: int) -> str:
    """The stage ``steps`` further along ``stages`` (back when negative): Alt+Right and Alt+Left on a
    board, local or team. At either end, or for a stage the vacancy no longer lists, it stays ``stage``."""
    if stage not in stages:
        return stage
    return stages[max(0, min(len(stages) - 1, stages.index(stage) + steps))]


def stage_code(stages: tuple[str, ...], stage: str) -> str:
    """The stage of ``stages`` that ``stage`` names, by its code or its words (``recruitdesk stage``),
    on a local or a team vacancy alike; another is ``UnknownStage``, listing the vacancy's stages."""
    wanted = " ".join(stage.split()).casefold()
    for code in stages:
        if wanted in (code.casefold(), stage_label(code).casefold()):
            return code
    raise UnknownStage(stage=stage, stages=", ".join(stage_label(code) for code in stages))
