"""A throwaway vault with about 50 synthetic Belgian and Dutch candidates, for ``--demo``.

The names, places, job titles, CV lines and file names follow the window's language (nl, fr or
en, ``recruitdesk.i18n``), so a Dutch or French demo does not look English.

Names, emails and phone numbers are invented (``example.*`` domains, reserved number ranges
where they exist). Dates are relative to the clock so the demo always has a few candidates due
for deletion soon and one overdue, whatever day it is run.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import tempfile
import unicodedata
from pathlib import Path

from sqlalchemy.orm import Session

from recruitdesk import i18n
from recruitdesk.clock import Clock
from recruitdesk.demo_vacancies import seed_demo_vacancies
from recruitdesk.i18n import N_, translate
from recruitdesk.services.candidates import new_candidate
from recruitdesk.services.vault_access import create_vault
from recruitdesk.services.countdown import recompute, retention_state
from recruitdesk.store.models import Consent, Document
from recruitdesk.vault.candidate_keys import CandidateKeys
from recruitdesk.vault.keychain import MemoryKeychain
from recruitdesk.vault.vault import Vault

# Names and places per language of the window: a Dutch window shows a Flemish and Dutch pool,
# a French one a Walloon and French one; English mixes both, as a Belgian firm would.
FIRST_NAMES = {
    "nl": ["An", "Bram", "Charlotte", "Daan", "Eline", "Femke", "Geert", "Hanne", "Ilse", "Jonas",
           "Koen", "Lotte", "Maarten", "Nina", "Olivier", "Pieter", "Quinten", "Roos", "Sofie", "Thomas",
           "Usman", "Veerle", "Wout", "Yasmina", "Zoë", "Anouk", "Bart", "Marieke", "Joris", "Mehmet"],
    "fr": ["Amélie", "Benoît", "Chloé", "Élodie", "François", "Gaëlle", "Hélène", "Inès", "Julien", "Laurence",
           "Manon", "Nicolas", "Océane", "Pauline", "Quentin", "Romain", "Sébastien", "Thibault", "Valérie", "Yanis",
           "Zoé", "Aurélie", "Cédric", "Delphine", "Émilie", "Fabrice", "Grégoire", "Karim", "Lucie", "Mathilde"],
    "en": ["An", "Bram", "Charlotte", "Daan", "Eline", "Femke", "Geert", "Hanne", "Ilse", "Jonas",
           "Koen", "Lotte", "Maarten", "Nina", "Olivier", "Pieter", "Quinten", "Roos", "Sofie", "Thomas",
           "Usman", "Veerle", "Wout", "Yasmina", "Zoë", "Amélie", "Benoît", "Chloé", "Élodie", "Mehmet"],
}
LAST_NAMES = {
    "nl": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
           "De Smet", "Verhoeven", "Vermeersch", "de Jong", "Jansen", "de Vries", "van den Berg", "Bakker",
           "Visser", "Smit", "Meijer", "van Dijk", "Mulder", "El Amrani", "Vermeulen", "Lemmens"],
    "fr": ["Dubois", "Lambert", "Dupont", "Martin", "Leroy", "Renard", "Lejeune", "Simon", "Laurent",
           "Denis", "Lefèvre", "Michel", "Mathieu", "Collard", "Fontaine", "Hubert", "Gérard",
           "Moreau", "Petit", "Durand", "Marchal", "Bertrand", "El Amrani", "Noël", "Rousseau"],
    "en": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
           "De Smet", "Dubois", "Lambert", "de Jong", "Jansen", "de Vries", "van den Berg", "Bakker",
           "Visser", "Smit", "Meijer", "van Dijk", "Mulder", "El Amrani", "Vermeulen", "Lemmens"],
}
CITIES = {
    "nl": ["Gent", "Antwerpen", "Leuven", "Brussel", "Hasselt", "Mechelen", "Utrecht", "Rotterdam", "Eindhoven", "Amsterdam"],
    "fr": ["Liège", "Namur", "Charleroi", "Bruxelles", "Mons", "Wavre", "Arlon", "Tournai", "Lille", "Luxembourg"],
    "en": ["Gent", "Antwerpen", "Leuven", "Brussel", "Liège", "Mechelen", "Utrecht", "Rotterdam", "Eindhoven", "Amsterdam"],
}
SOURCES = ["application", "application", "application", "job_site", "referral", "sourced"]
ROLES = [N_("demo", "Java developer"), N_("demo", "Data analyst"), N_("demo", "Service desk agent"),
         N_("demo", "Project manager"), N_("demo", "Network engineer")]
CV_TEXT = N_("demo", "{role} with {years} years of experience.")
CV_FILE = N_("demo", "CV {name}.txt")
HOLD_REASON = N_("demo", "Dispute before the labour court (demo)")
DEMO_COUNT = 50
# The demo vault locks like a real one, so the lock screen can be tried; its passphrase is
# public (the lock screen shows it) because the demo holds only invented people.
DEMO_PASSPHRASE = "demo-1234"


def _email(first: str, last: str, number: int) -> str:
    plain = unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore").decode()
    local = plain.lower().replace(" ", "")
    domain = "example.be" if number % 2 else "example.nl"
    return f"{local}{number}@{domain}"


def _phone(rng: random.Random, number: int) -> str:
    if number % 2:
        return f"+32 470 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    return f"+31 6 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"


def seed_demo_candidates(session: Session, keys: CandidateKeys, clock: Clock, count: int = DEMO_COUNT) -> None:
    """Add ``count`` varied candidates in the window's language; deterministic for a given day
    and language (the same dates and outcomes in every language, only the words differ)."""
    language = i18n.current_language()
    first_names, last_names, cities = FIRST_NAMES[language], LAST_NAMES[language], CITIES[language]
    roles = [translate("demo", role) for role in ROLES]
    rng = random.Random(20260101)
    today = clock.today()
    now = clock.now().replace(tzinfo=None)
    for number in range(count):
        first, last = rng.choice(first_names), rng.choice(last_names)
        applied = today - dt.timedelta(days=rng.randint(5, 300))
        candidate = new_candidate(
            session, keys, clock, f"{first} {last}", email=_email(first, last, number),
            phone=_phone(rng, number), city=rng.choice(cities), applied_on=applied, source=rng.choice(SOURCES),
        )
        procedure = candidate.procedures[0]
        procedure.title = rng.choice(roles)
        if number < 3:  # due within the alert window
            procedure.outcome, procedure.ended_on = "not_hired", today - dt.timedelta(days=28 - 3 - 3 * number)
        elif number == 3:  # overdue
            procedure.outcome, procedure.ended_on = "not_hired", today - dt.timedelta(days=31)
        elif number % 5 == 0:
            procedure.outcome, procedure.ended_on = "hired", min(today, applied + dt.timedelta(days=30))
        elif number % 3 == 0:
            # Recently closed: their countdowns run but are not yet in the alert window.
            procedure.outcome, procedure.ended_on = "not_hired", max(applied, today - dt.timedelta(days=rng.randint(0, 10)))
        if procedure.ended_on is not None:
            candidate.last_contact_on = procedure.ended_on
        if number % 7 == 6 and procedure.outcome != "open":
            candidate.consents.append(Consent(purpose="recruitment_reserve", given_on=procedure.ended_on,
                                              channel="email", text_version="demo-1"))
        if number % 2 == 0:
            experience = translate("demo", CV_TEXT).format(role=rng.choice(roles), years=rng.randint(1, 15))
            text = f"{first} {last}\n{candidate.email}\n{experience}"
            session.add(Document(
                candidate_id=candidate.id, kind="cv", media_type="text/plain", size=len(text.encode()),
                content_hash=keys.identifier_hash("content", text),
                filename_enc=keys.encrypt_text(candidate.uid, candidate.wrapped_key, "document.filename",
                                               translate("demo", CV_FILE).format(name=f"{first} {last}")),
                content_enc=keys.encrypt_text(candidate.uid, candidate.wrapped_key, "document.content", text),
                text_enc=keys.encrypt_text(candidate.uid, candidate.wrapped_key, "document.text", text),
                added_at=now,
            ))
        session.flush()
        recompute(session, candidate, clock)
        if number == 4:  # one candidate on legal hold, so every dashboard group has an example
            procedure.outcome, procedure.ended_on = "not_hired", today - dt.timedelta(days=60)
            retention_state(candidate).legal_hold_reason = translate("demo", HOLD_REASON)
            recompute(session, candidate, clock)


def seed_demo(session: Session, keys: CandidateKeys, clock: Clock) -> None:
    """The demo candidates, and the vacancies they applied for."""
    seed_demo_candidates(session, keys, clock)
    seed_demo_vacancies(session, clock)


class DemoVault:
    """A demo vault in a temporary folder that is deleted when closed."""

    def __init__(self, clock: Clock) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="recruitdesk-demo-"))
        self.keychain = MemoryKeychain()
        self.passphrase = DEMO_PASSPHRASE
        try:
            self.vault, self.recovery_key = create_vault(
                self.folder / "vault", self.keychain, clock, preset="nl-ap",
                seed=lambda session, keys: seed_demo(session, keys, clock), passphrase=DEMO_PASSPHRASE,
            )
        except BaseException:  # Ctrl+C while seeding (``--demo --team``): no half-made demo folder left behind
            shutil.rmtree(self.folder, ignore_errors=True)
            raise

    def reopen(self, clock: Clock, recovery_key: str | None = None, passphrase: str | None = None) -> Vault:
        """Unlock like a real vault: the passphrase (with the in-memory keychain) or the recovery
        key; whatever is typed is checked, never ignored."""
        from recruitdesk.services.vault_access import open_vault

        self.vault = open_vault(self.folder / "vault", self.keychain, clock, recovery_key=(recovery_key or "").strip() or None,
                                passphrase=passphrase)
        return self.vault

    def dispose(self) -> None:
        self.vault.close()
        shutil.rmtree(self.folder, ignore_errors=True)
