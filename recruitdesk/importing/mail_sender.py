"""Who sent an application mail, and whether that sender is the candidate.

A CV mailed by the candidate comes from their own address; one relayed by a job board or the
firm's website comes from a robot (``noreply@``, ``jobs@stepstone...``), often with the
candidate in Reply-To. The sender's name and address are only a fallback: the CV's own details
win (see ``services.importing``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

ROBOT_LOCAL_PARTS = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|ne-?pas-?repondre|niet-?beantwoorden|geen-?antwoord|mailer-daemon|"
    r"postmaster|notifications?|notification-\w+|alerts?|jobs?|jobalert\w*|vacatures?|vacancies|candidates?|"
    r"applications?|apply|sollicitaties?|candidatures?|recruiting|recruitment|careers?|hr|info|bounce\w*|system|"
    r"automated|auto)(?:[._+-].*)?$",
    re.I,
)
JOB_BOARD_DOMAINS = (
    "indeed.com", "indeedemail.com", "stepstone.be", "stepstone.nl", "stepstone.de", "linkedin.com", "monster.com",
    "monster.be", "monsterboard.nl", "jobat.be", "vdab.be", "actiris.be", "leforem.be", "forem.be", "werk.nl",
    "nationalevacaturebank.nl", "intermediair.nl", "jobsinbrussels.com", "glassdoor.com", "talent.com",
    "jobteaser.com", "welcometothejungle.com", "jobbird.com", "werkzoeken.nl", "recruitee.com", "workable.com",
    "greenhouse.io", "lever.co", "smartrecruiters.com", "teamtailor.com", "homerun.co", "join.com",
)


@dataclass(frozen=True)
class MailSender:
    name: str = ""
    address: str = ""
    reply_to: str = ""
    date: dt.date | None = None
    subject: str = ""


def sender_from(header: dict) -> MailSender:
    """From the worker's mail header (``from_name``, ``from_address``, ``reply_to``, ``date`` ISO)."""
    date = None
    if header.get("date"):
        try:
            date = dt.datetime.fromisoformat(str(header["date"])).date()
        except ValueError:
            date = None
    address = str(header.get("from_address") or "").strip().lower()
    name = _clean_name(str(header.get("from_name") or ""))
    if is_robot(address):  # a relay's display name is the board's, unless "Jan Peeters via Indeed"
        lowered = name.lower()
        name = name[: lowered.index(" via ")].strip() if " via " in lowered else ""
    return MailSender(name, address, str(header.get("reply_to") or "").strip().lower(), date, str(header.get("subject") or ""))


def is_robot(address: str) -> bool:
    """An address no person answers from: a no-reply box or a job board's relay."""
    local, _, domain = address.partition("@")
    if not domain:
        return True
    if ROBOT_LOCAL_PARTS.match(local):
        return True
    return any(domain == board or domain.endswith("." + board) for board in JOB_BOARD_DOMAINS)


def candidate_address(sender: MailSender) -> str | None:
    """The candidate's address from the mail: the sender's, else a person's Reply-To."""
    if sender.address and not is_robot(sender.address):
        return sender.address
    if sender.reply_to and not is_robot(sender.reply_to):
        return sender.reply_to
    return None


def _clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name.replace('"', "")).strip()
    if "@" in name or not re.search(r"[^\W\d_]", name):
        return ""
    if "," in name:  # "Peeters, Jan" as Outlook shows it
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}".strip()
    return name[:200]

