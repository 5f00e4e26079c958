"""The blind first review on a team vault: a vacancy's applicants as "Applicant 1, 2, …", their CVs masked.

The same review as the local vault's (``services.blind_review``), on a :class:`TeamDesk`: the CV's
text and pages are decrypted on this computer and masked there with the local review's functions
(``mask_cv_text``, ``spans_finder``, ``known_identity``, ``masked_pages``); the unmasked text and
file stay in this module's memory and are never written anywhere. What the dialog receives
(:class:`TeamBlindCv`) holds no name, no raw text and no original file.

A rating (1-5) is sealed into the application with the member who gave it (``team.applications.rate``),
versioned like every team record: a colleague's rating or move meanwhile comes back as a
:class:`RatingConflict` that says in words what the server holds now, and nothing is overwritten.
"Reveal identity" is allowed once a blind rating is stored, by anyone who reads the vacancy; the
server's audit chain records it, naming the acting member, before the name is shown. A DPO reads
the masked CVs and the ratings but may not rate (the store refuses with the role's message).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID

from sqlalchemy import Engine

from recruitdesk.i18n import translate
from recruitdesk.importing.redaction import MaskedPage, NotRendered, masked_pages
from recruitdesk.services.blind_review import MAX_PREVIEW_PAGES, PDF, RateBeforeReveal, known_identity, mask_cv_text, spans_finder
from recruitdesk.services.stages import InvalidRating
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.team import applications as team_applications
from recruitdesk.team import candidates as team_candidates
from recruitdesk.team import documents as team_documents
from recruitdesk.team import member_admin, records
from recruitdesk.team.membership import OpenTeam

__all__ = ["TeamReviewItem", "TeamBlindCv", "TeamIdentity", "RatingConflict", "TeamBlindReview", "RateBeforeReveal",
           "MaskedPage"]


@dataclass(frozen=True)
class TeamReviewItem:
    """One applicant in the review queue: a number, never a name (the ids are opaque)."""

    application_id: UUID
    candidate_id: UUID
    version: int  # the application's, which a rating names
    position: int  # 1-based, in the order the applications came in
    rating: int | None
    rated_blind: bool
    rated_by: str | None  # the member who rated, by name


@dataclass(frozen=True)
class TeamBlindCv:
    """What the reviewer sees of one CV: masked text and blacked-out page images, in memory only."""

    application_id: UUID
    text: str  # masked; only experience and skills when ``sections_only``
    sections_only: bool
    pages: tuple[MaskedPage, ...] = field(repr=False)  # empty unless the CV is a PDF


@dataclass(frozen=True)
class TeamIdentity:
    """What "Reveal identity" shows, once the reveal is in the audit chain."""

    application_id: UUID
    name: str
    email: str | None
    phone: str | None
    city: str | None


@dataclass(frozen=True)
class RatingConflict:
    """A rating refused because a colleague rated or moved the application after this review read it."""

    application_id: UUID
    mine: int
    theirs: TeamReviewItem | None  # None: the applicant left the queue meanwhile (rejected, withdrawn, hired)

    def message(self) -> str:
        theirs = self.theirs
        if theirs is not None and theirs.rating is not None:
            return translate("team blind review", "{member} rated this CV {theirs} meanwhile, so your rating {mine} was not "
                                                  "saved. Their rating is shown now; record yours again to replace it.").format(
                member=theirs.rated_by or translate("team blind review", "Another member"), theirs=theirs.rating, mine=self.mine)
        return translate("team blind review", "A colleague changed this application meanwhile, so your rating {mine} was not "
                                              "saved. The review shows it as it is now; record your rating again.").format(
            mine=self.mine)


class TeamBlindReview:
    """The blind review of the team a :class:`TeamDesk` holds open."""

    def __init__(self, desk: TeamDesk) -> None:
        self._desk = desk

    @property
    def may_rate(self) -> bool:
        return self._desk.may_write

    @property
    def closed(self) -> bool:
        return self._desk.closed

    def queue(self, vacancy_id: UUID) -> list[TeamReviewItem]:
        """The vacancy's applications still in the procedure, oldest first, as numbers only."""
        def read(engine: Engine, team: OpenTeam) -> list[TeamReviewItem]:
            listed = [a for a in team_applications.applications_of_vacancy(engine, team, vacancy_id)
                      if a.outcome == team_applications.OPEN]
            names = _member_names(engine, team) if any(a.review is not None for a in listed) else {}
            return [_item(a, position, names) for position, a in enumerate(listed, 1)]
        return self._desk.run(read)

    def blind_cv(self, item: TeamReviewItem) -> TeamBlindCv:
        """The applicant's latest CV, decrypted and masked here (slow for a long PDF: call it on a worker)."""
        def read(engine: Engine, team: OpenTeam) -> tuple[team_candidates.PersonalFields, str, bytes | None]:
            personal = team_candidates.read_candidate(engine, team, item.candidate_id).personal
            cvs = [d for d in team_documents.documents_of(engine, team, item.candidate_id) if d.kind == "cv"]
            latest = max(cvs, key=lambda d: (d.added_at, str(d.document_id))) if cvs else None
            if latest is None:
                return personal, personal.cv_text or "", None
            content = (team_documents.read_document(engine, team, latest.document_id).content
                       if latest.media_type == PDF else None)
            return personal, latest.text or "", content
        personal, text, content = self._desk.run(read)
        names, others = known_identity(text, personal.full_name, personal.email, personal.phone, personal.city, personal.linkedin)
        masked_text, sections_only = mask_cv_text(text, names, others)
        pages: tuple[MaskedPage, ...] = ()
        if content is not None:
            try:
                pages = tuple(masked_pages(content, spans_finder(names, others), MAX_PREVIEW_PAGES))
            except NotRendered:  # a PDF PDFium cannot draw: the masked text alone is shown
                pages = ()
        return TeamBlindCv(item.application_id, masked_text, sections_only, pages)

    def record_rating(self, vacancy_id: UUID, item: TeamReviewItem, rating: int) -> TeamReviewItem | RatingConflict:
        """Seal the rating (``InvalidRating`` outside 1-5) over the version the review read."""
        if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
            raise InvalidRating()
        try:
            self._desk.run(lambda engine, team: team_applications.rate(engine, team, item.application_id, item.version, rating,
                                                                       self._desk.clock))
        except records.RecordVersionConflict:
            return RatingConflict(item.application_id, rating, self._find(vacancy_id, item.application_id))
        found = self._find(vacancy_id, item.application_id)
        return found if found is not None else RatingConflict(item.application_id, rating, None)

    def reveal_identity(self, item: TeamReviewItem) -> TeamIdentity:
        """Who wrote the CV; refused (``RateBeforeReveal``) until a blind rating is stored. Audited first."""
        def reveal(engine: Engine, team: OpenTeam) -> team_candidates.PersonalFields:
            try:
                candidate_id = team_applications.record_reveal(engine, team, item.application_id, self._desk.clock)
            except team_applications.NotRatedBlind:
                raise RateBeforeReveal() from None
            return team_candidates.read_candidate(engine, team, candidate_id).personal
        personal = self._desk.run(reveal)
        return TeamIdentity(item.application_id, personal.full_name, personal.email, personal.phone, personal.city)

    def _find(self, vacancy_id: UUID, application_id: UUID) -> TeamReviewItem | None:
        return next((found for found in self.queue(vacancy_id) if found.application_id == application_id), None)


def _item(application: team_applications.TeamApplication, position: int, names: dict[UUID, str]) -> TeamReviewItem:
    review = application.review
    rated_by = None
    if review is not None:
        rated_by = names.get(review.rated_by) if review.rated_by is not None else None
        rated_by = rated_by or translate("team blind review", "Another member")
    return TeamReviewItem(application.application_id, application.candidate_id, application.version, position,
                          review.rating if review is not None else None, bool(review is not None and review.blind), rated_by)


def _member_names(engine: Engine, team: OpenTeam) -> dict[UUID, str]:
    return {member.member_id: member.label for member in member_admin.list_members(engine, team) if member.label}

