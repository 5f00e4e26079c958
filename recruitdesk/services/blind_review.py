"""The blind first review: judge a CV on skills and experience before knowing who wrote it.

For each application of a vacancy the reviewer gets a ``BlindCv``: the CV's text with name,
e-mail, phone, web addresses, address, birth date, age, gender words and nationality masked
(``importing.identity_mask``), cut to the experience and skills sections when the CV has such
headings, and, for a PDF, the pages as images with those fields and every picture (a photo)
blacked out (``importing.redaction.masked_pages``, the same blackening as redacted imports).
The raw text and the original file never leave this module in review mode, and the person's
name is not part of a ``BlindCv``.

The reviewer records a rating (1-5) first; only then may the identity be revealed, a separate
action that is audited. The rating is stored with its "blind" mark through the applications
service; the audit log holds ids and the rating, never the person.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from recruitdesk import audit
from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_, translate
from recruitdesk.identifiers import DEFAULT_REGIONS
from recruitdesk.importing import identity_mask
from recruitdesk.importing.fields import detect_fields
from recruitdesk.importing.redaction import MaskedPage, NotRendered, masked_pages
from recruitdesk.services.applications import set_rating
from recruitdesk.services.countdown import load_candidate
from recruitdesk.services.documents import document_text
from recruitdesk.services.stages import ApplicationNotFound
from recruitdesk.services.vacancies import load_vacancy
from recruitdesk.store.models import Candidate, Document, Procedure
from recruitdesk.vault.vault import Vault

PDF = "application/pdf"
MAX_PREVIEW_PAGES = 20

PLACEHOLDERS = {
    identity_mask.NAME: N_("blind_review", "[name]"),
    identity_mask.EMAIL_KIND: N_("blind_review", "[e-mail]"),
    identity_mask.PHONE: N_("blind_review", "[phone]"),
    identity_mask.WEB: N_("blind_review", "[web address]"),
    identity_mask.ADDRESS: N_("blind_review", "[address]"),
    identity_mask.BIRTH: N_("blind_review", "[date]"),
    identity_mask.AGE: N_("blind_review", "[age]"),
    identity_mask.GENDER: N_("blind_review", "[…]"),
    identity_mask.NATIONALITY: N_("blind_review", "[nationality]"),
    identity_mask.IDENTIFIER: N_("blind_review", "[number]"),
}


class RateBeforeReveal(RecruitDeskError):
    code = "rate-before-reveal"
    exit_code = 2
    template = N_("errors", "Record your rating of this CV before revealing who wrote it: the blind review keeps the two in that order.")


@dataclass(frozen=True)
class ReviewItem:
    """One CV in the review queue: a number, never a name."""

    application_id: int
    position: int  # 1-based, in the order the applications came in
    rating: int | None
    rated_blind: bool


@dataclass(frozen=True)
class BlindCv:
    """What the reviewer sees of one CV: no name, no raw text, no original file."""

    application_id: int
    text: str  # masked; only experience and skills when ``sections_only``
    sections_only: bool
    pages: tuple[MaskedPage, ...] = field(repr=False)  # empty unless the CV is a PDF


@dataclass(frozen=True)
class Identity:
    """What "Reveal identity" shows, after the blind rating was recorded."""

    application_id: int
    candidate_id: int
    name: str
    email: str | None
    phone: str | None
    city: str | None


def _known(candidate: Candidate, text: str) -> tuple[list[str | None], list[str | None]]:
    return known_identity(text, candidate.full_name, candidate.email, candidate.phone, candidate.city, candidate.linkedin_url)


def known_identity(text: str, full_name: str | None, email: str | None, phone: str | None, city: str | None,
                   web: str | None) -> tuple[list[str | None], list[str | None]]:
    """(names, other identifying values) to mask in ``text``: what the record holds and what the CV itself shows
    (the team's blind review passes a team candidate's fields, opened on the member's machine)."""
    detected = detect_fields(text, DEFAULT_REGIONS)
    names = [full_name, detected.name.value]
    others = [email, phone, city, web,
              detected.email.value, detected.phone.value, detected.city.value, detected.postcode.value]
    return names, others


def spans_finder(names: Sequence[str | None], others: Sequence[str | None]) -> Callable[[str], list[tuple[int, int]]]:
    """The identity finder for one candidate, as (start, end) pairs over any text (a PDF page's)."""
    def spans_of(text: str) -> list[tuple[int, int]]:
        return [(span.start, span.end) for span in identity_mask.identity_spans(text, names, others)]
    return spans_of


def mask_cv_text(text: str, names: Sequence[str | None], others: Sequence[str | None] = ()) -> tuple[str, bool]:
    """(the masked text, whether it was cut to experience and skills)."""
    placeholders = {kind: translate("blind_review", words) for kind, words in PLACEHOLDERS.items()}
    whole = identity_mask.masked(text, identity_mask.identity_spans(text, names, others), placeholders)
    sections = identity_mask.skills_and_experience(whole)
    return (sections, True) if sections else (whole, False)


def _cv_document(candidate: Candidate) -> Document | None:
    cvs = [d for d in candidate.documents if d.kind == "cv"]
    return max(cvs, key=lambda d: (d.added_at, d.id)) if cvs else None


def review_queue(vault: Vault, vacancy_id: int) -> list[ReviewItem]:
    """The vacancy's applications still in the procedure, oldest first, as numbers only."""
    with vault.read_session() as session:
        load_vacancy(session, vacancy_id)
        rows = session.execute(
            select(Procedure.id, Procedure.rating, Procedure.rating_blind)
            .where(Procedure.vacancy_id == vacancy_id, Procedure.outcome == "open").order_by(Procedure.id))
        return [ReviewItem(row[0], position, row[1], bool(row[2])) for position, row in enumerate(rows, 1)]


def _application(session: Session, application_id: int) -> Procedure:
    procedure = session.get(Procedure, application_id)
    if procedure is None or procedure.vacancy_id is None:
        raise ApplicationNotFound(id=application_id)
    return procedure


def blind_cv(vault: Vault, application_id: int) -> BlindCv:
    """The blind view of the applicant's latest CV (slow for a long PDF: call it on a worker thread)."""
    keys = vault.candidate_keys
    with vault.read_session() as session:
        candidate = load_candidate(session, _application(session, application_id).candidate_id)
        document = _cv_document(candidate)
        text = document_text(keys, candidate, document) if document is not None else ""
        content = (keys.decrypt(candidate.uid, candidate.wrapped_key, "document.content", document.content_enc)
                   if document is not None and document.media_type == PDF else None)
        names, others = _known(candidate, text)
    masked_text, sections_only = mask_cv_text(text, names, others)
    pages: tuple[MaskedPage, ...] = ()
    if content is not None:
        try:
            pages = tuple(masked_pages(content, spans_finder(names, others), MAX_PREVIEW_PAGES))
        except NotRendered:  # a PDF PDFium cannot draw: the masked text alone is shown
            pages = ()
    return BlindCv(application_id, masked_text, sections_only, pages)


def record_blind_rating(vault: Vault, application_id: int, rating: int) -> ReviewItem:
    """Store the rating with its "blind" mark (``InvalidRating`` outside 1-5)."""
    set_rating(vault, application_id, rating, blind=True)
    with vault.read_session() as session:
        procedure = _application(session, application_id)
        position = len(session.scalars(select(Procedure.id).where(
            Procedure.vacancy_id == procedure.vacancy_id, Procedure.outcome == "open", Procedure.id <= procedure.id)).all())
        return ReviewItem(procedure.id, position, procedure.rating, bool(procedure.rating_blind))


def reveal_identity(vault: Vault, application_id: int) -> Identity:
    """Who wrote the CV; refused (``RateBeforeReveal``) until a blind rating is stored. Audited."""
    with vault.session() as session, session.begin():
        procedure = _application(session, application_id)
        if procedure.rating is None or not procedure.rating_blind:
            raise RateBeforeReveal()
        candidate = load_candidate(session, procedure.candidate_id)
        audit.record(session, vault.clock, "review.identity_revealed", candidate_uid=candidate.uid,
                     application=application_id, rating=procedure.rating)
        return Identity(application_id, candidate.id, candidate.full_name, candidate.email, candidate.phone, candidate.city)
