"""Take the README's screenshots of the rejection drafts and the blind first review.

A throwaway vault with invented applicants (the tests' synthetic CVs, one as a PDF with a photo)
is filled, the vacancy is closed with one hire, and both dialogs are grabbed in Dutch:
    Xvfb :95 -screen 0 1366x768x24 &
    DISPLAY=:95 QT_QPA_PLATFORM=xcb .venv/bin/python docs/take_review_screenshots.py
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from recruitdesk import i18n
    from recruitdesk.clock import ManualClock
    from recruitdesk.gui.blind_review.dialog import BlindReviewDialog
    from recruitdesk.gui.rejections.dialog import RejectionDraftsDialog
    from recruitdesk.services import applications, vacancies
    from recruitdesk.services.candidates import new_candidate
    from recruitdesk.services.documents import attach_document
    from recruitdesk.services.firm_settings import FirmSettings, save_firm_settings
    from recruitdesk.services.vacancy_closing import close_vacancy
    from recruitdesk.services.vault_access import create_vault
    from recruitdesk.vault.keychain import MemoryKeychain
    from tests.core.test_blind_review import _cv_pdf, _pdf_text
    from tests.importing.synthetic_cvs import make_person

    app = QApplication(sys.argv[:1])
    i18n.set_language("nl")
    QLocale.setDefault(QLocale("nl_BE"))
    translator = QTranslator()
    translator.load(str(ROOT / "recruitdesk" / "locale" / "recruitdesk_nl.qm"))
    app.installTranslator(translator)
    clock = ManualClock(dt.datetime(2026, 3, 2, 9, 0))
    with tempfile.TemporaryDirectory() as folder:
        vault, _key = create_vault(Path(folder) / "vault", MemoryKeychain(), clock, preset="ictmakers")
        save_firm_settings(vault, FirmSettings(firm_name="Talentwerk BV", privacy_contact="privacy@talentwerk.example",
                                               privacy_statement_url="https://talentwerk.example/privacy"))
        vacancy = vacancies.add_vacancy(vault, "Boekhouder", opened_on=dt.date(2026, 1, 12))
        rng = random.Random(21)
        applied = []
        for language in ("nl", "fr", "nl"):
            person = make_person(rng, language)
            content = _cv_pdf(person)
            with vault.session() as session, session.begin():
                candidate = new_candidate(session, vault.candidate_keys, clock, person.name, email=person.email)
                attach_document(session, vault.candidate_keys, clock, candidate, "cv.pdf", "application/pdf", content,
                                _pdf_text(content))
                candidate_id = candidate.id
            applied.append(applications.apply(vault, candidate_id, vacancy, dt.date(2026, 1, 20)))

        review = BlindReviewDialog(vault, vacancy)
        review.show()
        _wait(app, lambda: review.shown_cv is not None and not review.busy())
        review.tabs.setCurrentIndex(1)
        _settle(app)
        review.grab().save(str(OUT / "blind-review-nl.png"))
        review.close()

        rejected = close_vacancy(vault, vacancy, hired=[applied[2]], on=clock.today())
        drafts = RejectionDraftsDialog(vault, rejected)
        drafts.show()
        _wait(app, lambda: drafts.list.count() == len(rejected) and not drafts.busy())
        _settle(app)
        drafts.grab().save(str(OUT / "rejection-drafts-nl.png"))
        drafts.close()
        vault.close()
    return 0


def _wait(app, condition, seconds: float = 20) -> None:
    import time

    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the dialog")
        app.processEvents()
        time.sleep(0.02)


def _settle(app) -> None:
    import time

    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    sys.exit(main())
