"""The blind first review through the services: a vacancy's CVs as numbers, the masked text, the
PDF pages rendered in memory with every identity field and the photo blacked out, the rating
stored as blind before the (audited) reveal."""

from __future__ import annotations

import io
import random

import pypdfium2 as pdfium
import pytest
from PIL import Image
from sqlalchemy import select

from recruitdesk.importing.identity_mask import fold
from recruitdesk.importing.redaction import RENDER_SCALE, NotRendered, masked_pages
from recruitdesk.services import applications, blind_review, vacancies
from recruitdesk.services.candidate_detail import candidate_detail
from recruitdesk.services.candidates import new_candidate
from recruitdesk.services.documents import attach_document
from recruitdesk.services.stages import InvalidRating
from recruitdesk.store.models import AuditEntry, Procedure
from tests.importing.synthetic_cvs import FONT_FOLDER, TEXTS, make_person

EXTRA = ["Geboortedatum: 14/02/1991", "Leeftijd: 35 jaar", "Geslacht: vrouw", "Nationaliteit: Belgische"]


def _cv_pdf(person) -> bytes:
    from fpdf import FPDF

    words = TEXTS["nl"]
    lines = [person.name, f"Adres: {person.street}, {person.postcode} {person.city}", f"GSM: {person.phone_printed}",
             f"E-mail: {person.email}", person.linkedin_printed, *EXTRA]
    for heading, text in words["sections"]:
        lines += [heading, text]
    photo = io.BytesIO()
    Image.new("RGB", (60, 80), (200, 150, 120)).save(photo, format="PNG")
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_FOLDER / "DejaVuSans.ttf"))
    pdf.add_page()
    pdf.image(photo, x=160, y=10, w=30)
    pdf.set_font("DejaVu", "", 11)
    for line in lines:
        pdf.multi_cell(140, 6, line.replace("\u00ad", "-").replace("\t", " "), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _pdf_text(content: bytes) -> str:
    document = pdfium.PdfDocument(content)
    try:
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


@pytest.fixture
def review(new_vault, clock):
    vault, _ = new_vault
    person = make_person(random.Random(3), "nl")
    content = _cv_pdf(person)
    vacancy = vacancies.add_vacancy(vault, "Boekhouder", opened_on=clock.today())
    with vault.session() as session, session.begin():
        candidate = new_candidate(session, vault.candidate_keys, clock, person.name, email=person.email, city=person.city)
        attach_document(session, vault.candidate_keys, clock, candidate, "cv.pdf", "application/pdf", content, _pdf_text(content))
        candidate_id = candidate.id
    application = applications.apply(vault, candidate_id, vacancy, clock.today())
    return vault, vacancy, application, person, content


def _black(page: blind_review.MaskedPage, x: float, y: float) -> bool:
    column, row = int(x), int(y)
    return page.pixels[row * page.stride + column] == 0


def _solid(page: blind_review.MaskedPage, left: float, top: float, right: float, bottom: float) -> bool:
    """Whether every pixel of the box (bitmap coordinates) is black: ink alone never fills a glyph's box."""
    return all(_black(page, x, y) for x in range(int(left) + 1, int(right)) for y in range(int(top) + 1, int(bottom)))


def _field_values(person) -> list[str]:
    return [person.first, *[w for w in person.last.split() if w.lower() not in ("van", "den", "de", "der")],
            person.email, person.street, person.postcode, person.city, "14/02/1991", "35 jaar", "vrouw", "Belgische"]


def test_the_blind_text_masks_every_field_and_keeps_experience(review):
    vault, vacancy, application, person, _content = review
    assert [(item.application_id, item.position, item.rating) for item in blind_review.review_queue(vault, vacancy)] == [
        (application, 1, None)]
    cv = blind_review.blind_cv(vault, application)
    assert cv.sections_only and "Werkervaring" in cv.text and "planning" in cv.text
    for value in _field_values(person):
        assert fold(value) not in fold(cv.text), value
    assert person.phone_printed not in cv.text and "linkedin" not in cv.text.lower()
    assert "name" not in blind_review.BlindCv.__dataclass_fields__  # nothing to leak the name through


def test_the_pdf_pages_are_rendered_with_every_field_and_the_photo_blacked_out(review):
    vault, _vacancy, application, person, content = review
    cv = blind_review.blind_cv(vault, application)
    assert len(cv.pages) == 1
    page = cv.pages[0]
    assert len(page.pixels) == page.stride * page.height and page.rectangles
    document = pdfium.PdfDocument(content)
    try:
        source = document[0]
        height = source.get_height()
        textpage = source.get_textpage()
        text = fold(textpage.get_text_range())
        assert len(text) == textpage.count_chars()

        def covered(value: str) -> tuple[int, int]:
            """(characters of every occurrence of ``value`` whose box is solid black, characters looked at)."""
            black = seen = 0
            start = text.find(fold(value))
            assert start >= 0, value
            while start >= 0:
                for index in range(start, start + len(value)):
                    left, bottom, right, top = textpage.get_charbox(index, loose=True)
                    if right <= left:
                        continue
                    seen += 1
                    black += _solid(page, left * RENDER_SCALE, (height - top) * RENDER_SCALE,
                                    right * RENDER_SCALE, (height - bottom) * RENDER_SCALE)
                start = text.find(fold(value), start + 1)
            return black, seen

        for value in _field_values(person) + ["linkedin.com"]:
            black, seen = covered(value)
            assert seen and black == seen, value
        black, seen = covered("planning")
        assert seen and black == 0  # experience stays readable
        images = source.get_objects(filter=(pdfium.raw.FPDF_PAGEOBJ_IMAGE,))
        for image in images:
            left, bottom, right, top = image.get_bounds()
            for fx in (0.2, 0.5, 0.8):
                for fy in (0.2, 0.5, 0.8):
                    x, y = left + (right - left) * fx, bottom + (top - bottom) * fy
                    assert _black(page, x * RENDER_SCALE, (height - y) * RENDER_SCALE)
    finally:
        document.close()


def test_rating_before_reveal_and_the_reveal_is_audited(review):
    vault, vacancy, application, person, _content = review
    with pytest.raises(blind_review.RateBeforeReveal):
        blind_review.reveal_identity(vault, application)
    with pytest.raises(InvalidRating):
        blind_review.record_blind_rating(vault, application, 6)
    item = blind_review.record_blind_rating(vault, application, 4)
    assert (item.rating, item.rated_blind, item.position) == (4, True, 1)
    identity = blind_review.reveal_identity(vault, application)
    assert (identity.name, identity.email) == (person.name, person.email)
    with vault.read_session() as session:
        assert session.get(Procedure, application).rating_blind is True
        entries = [e for e in session.scalars(select(AuditEntry)) if e.action in ("review.identity_revealed", "application.rated")]
    assert [e.action for e in entries] == ["application.rated", "review.identity_revealed"]
    assert all(person.last not in (e.details_json or "") for e in entries)
    timeline = [entry.text() for entry in candidate_detail(vault, identity.candidate_id).timeline]
    assert "Identity revealed after a blind review" in timeline
    # a rating changed on the board afterwards is no longer a blind one
    applications.set_rating(vault, application, 2)
    assert blind_review.review_queue(vault, vacancy)[0].rated_blind is False


def test_a_scanned_page_is_never_shown(review):
    """A page without a text layer (a scan, or a redacted import's image-only rendition): the
    words cannot be located, so the page is not rendered at all."""
    _vault, _vacancy, _application, person, _content = review
    photo = io.BytesIO()
    Image.new("RGB", (300, 400), (255, 255, 255)).save(photo, format="PNG")
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(photo, x=10, y=10, w=190)
    pages = masked_pages(bytes(pdf.output()), blind_review.spans_finder([person.name], []))
    assert len(pages) == 1 and not pages[0].shown and pages[0].pixels == b""
    with pytest.raises(NotRendered):
        masked_pages(b"%PDF-1.7 not really", blind_review.spans_finder([person.name], []))
