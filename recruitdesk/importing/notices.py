"""Warnings and notes shown beside an imported file, with stable codes and translatable text.

A ``Notice`` is not an error: the file is imported, but the recruiter should look at something
(a password-protected original, a national register number in the text, a possible
duplicate). Parameters may hold personal data (a duplicate's name), so notices are shown to the
user and never written to logs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from recruitdesk.i18n import N_, translate

TEMPLATES: dict[str, str] = {
    # --- about the file (set by the worker) -------------------------------------------------
    "password-protected": N_("import", "The file is password protected; the original is stored but its text could not be read."),
    "no-text-layer": N_("import", "The file has no text layer (a scan or a picture); the original is stored but no text was read."),
    "legacy-word": N_("import", "This is an old Word (.doc) file; the original is stored but its text is not read. Ask for a PDF or .docx."),
    "encrypted-office": N_("import", "This is a password-protected Office file; the original is stored but its text could not be read."),
    "text-truncated": N_("import", "The text was very long; only the first {chars} characters were kept for search."),
    "extension-mismatch": N_("import", "The file name says {extension} but the content is {kind}; it was read as {kind}."),
    "ocr": N_("import", "The text was read from a picture by OCR (text recognition); check names and numbers against the original."),
    "ocr-stopped": N_("import", "Text recognition was stopped after {pages} of {total} pages because it took too long."),
    "pdf-fallback": N_("import", "The PDF's reading order could not be determined; the text may be out of order."),
    # --- about the detected fields ----------------------------------------------------------
    "name-from-filename": N_("import", "No name was found in the text; the name was taken from the file name. Check it."),
    "name-from-sender": N_("import", "No name was found in the CV; the name is the e-mail sender's. Check it."),
    "email-from-sender": N_("import", "No e-mail address was found in the CV; the sender's address is used. Check it."),
    "name-missing": N_("import", "No name was found; the candidate is called \"{name}\" until you correct it."),
    "several-emails": N_("import", "Several email addresses were found; the first one in the candidate's own contact block was used."),
    "several-phones": N_("import", "Several phone numbers were found; the first one in the candidate's own contact block was used."),
    "low-confidence": N_("import", "Check the detected {field}: the detection is not sure."),
    # --- sensitive data ---------------------------------------------------------------------
    "national-number": N_("import", "The CV contains a Belgian national register number."),
    "bsn": N_("import", "The CV contains a Dutch citizen service number (BSN)."),
    "iban": N_("import", "The CV contains a bank account number (IBAN)."),
    "birth-date": N_("import", "The CV contains a date of birth."),
    "special-category": N_("import", "The CV mentions {topics}: special-category data that you may not use to select candidates."),
    # --- a person already in a team vault (``team.cv_import``: named, no id, which no one uses there) ---
    "team-duplicate-email": N_("import", "Possible duplicate of {name}, already in the team vault: same email address."),
    "team-duplicate-content": N_("import", "This exact file is already in the team vault, for {name}."),
    "redacted": N_("import", "Sensitive data was redacted: the vault keeps a redacted PDF copy of the file and the redacted text, never the original."),
    # --- duplicates and suppression ---------------------------------------------------------
    "duplicate-email": N_("import", "Possible duplicate of {name} (candidate {id}): same email address."),
    "duplicate-phone": N_("import", "Possible duplicate of {name} (candidate {id}): same phone number."),
    "duplicate-content": N_("import", "This exact file is already stored for {name} (candidate {id})."),
    "duplicate-national-number": N_("import", "Possible duplicate of {name} (candidate {id}): same national number."),
    "duplicate-name": N_("import", "Similar name to {name} (candidate {id}), but no email address or phone number in "
                                   "common: check whether this is the same person."),
    "duplicate-in-batch": N_("import", "Same person as in {other}, earlier in this import."),
    "suppressed": N_("import", "This person is on the suppression list (they objected, asked for erasure or must not be contacted again). Check before contacting them."),
}

SPECIAL_TOPICS: dict[str, str] = {
    "health": N_("import", "health"),
    "religion": N_("import", "religion or belief"),
    "union": N_("import", "trade union membership"),
    "criminal": N_("import", "criminal record"),
    "ethnicity": N_("import", "ethnic origin"),
    "politics": N_("import", "political opinions"),
    "sexuality": N_("import", "sexual orientation"),
}


@dataclass(frozen=True)
class Notice:
    code: str
    params: dict[str, object] = field(default_factory=dict)

    def message(self) -> str:
        template = translate("import", TEMPLATES.get(self.code, self.code))
        params = dict(self.params)
        if self.code == "special-category":
            given = params.get("topics")
            topics = given if isinstance(given, (list, tuple)) else []
            params["topics"] = ", ".join(translate("import", SPECIAL_TOPICS.get(str(t), str(t))) for t in topics)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "params": dict(self.params)}
