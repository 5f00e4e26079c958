"""E-mails (.eml with the standard library, Outlook .msg with extract-msg) split into their parts.

A CV usually arrives as an attachment. A mail is read into a ``Mail``: the sender (name,
address, reply-to), the date, the subject, the body text, its attachments as (file name, bytes,
inline) and an *application record*: the mail as an .eml with its headers and text but with every
attachment replaced by a one-line placeholder, so the attachments are not stored twice.
What becomes of each attachment (read, nested mail, zip, skipped) is decided by ``dispatch``.
"""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import email.utils
import html
import quopri
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

from recruitdesk.importing.extract import ReaderFailure


@dataclass
class Attachment:
    name: str
    data: bytes
    inline: bool = False  # shown in the body (a logo in a signature), not attached


@dataclass
class Mail:
    from_name: str = ""
    from_address: str = ""
    reply_to: str = ""
    date: dt.datetime | None = None
    subject: str = ""
    body: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    record: bytes = b""  # the application record (.eml without the attachments)

    def header_json(self) -> dict[str, object]:
        return {"from_name": self.from_name, "from_address": self.from_address, "reply_to": self.reply_to,
                "date": self.date.isoformat() if self.date else None, "subject": self.subject}

    def text(self) -> str:
        """What is searchable of the mail itself: the main headers and the body."""
        lines = [f"From: {self.from_name} <{self.from_address}>".replace(" <>", ""), f"Subject: {self.subject}"]
        if self.date:
            lines.append(f"Date: {self.date.isoformat()}")
        return "\n".join(lines) + "\n\n" + self.body


def read_eml(path: Path, max_bytes: int) -> Mail:
    with open(path, "rb") as handle:
        data = handle.read(max_bytes + 1)
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as exc:  # the parser is lenient; anything raised here is a broken file
        raise ReaderFailure("damaged-file", kind="e-mail") from exc
    mail = Mail()
    mail.from_name, mail.from_address = _address(message, "From")
    mail.reply_to = _address(message, "Reply-To")[1]
    mail.subject = _header(message, "Subject")
    mail.date = _date(_header(message, "Date"))
    mail.body = _body(message)
    for part in _leaves(message):
        name = _part_name(part)
        if part.get_content_type() == "message/rfc822":
            data = _attached_message(part)
            if data:
                mail.attachments.append(Attachment(name or "forwarded.eml", data))
            _replace_with_placeholder(part, name or "forwarded.eml")
            continue
        if part.get_content_disposition() != "attachment" and not name:
            continue  # the body itself
        payload = part.get_payload(decode=True) or b""
        inline = part.get_content_disposition() == "inline" or bool(part.get("Content-ID"))
        mail.attachments.append(Attachment(name or "attachment", payload, inline))
        _replace_with_placeholder(part, name or "attachment")
    try:
        mail.record = message.as_bytes(policy=email.policy.default)
    except Exception:  # an unserialisable header: keep the essentials
        mail.record = record_from(mail)
    return mail


def read_msg(path: Path, max_bytes: int) -> Mail:
    """An Outlook .msg (an OLE2 file of MAPI properties), through extract-msg."""
    import logging

    import extract_msg

    logging.getLogger("extract_msg").setLevel(logging.CRITICAL)
    try:
        message = extract_msg.openMsg(str(path), delayAttachments=False, errorBehavior=extract_msg.enums.ErrorBehavior.SUPPRESS_ALL)
    except Exception as exc:  # extract-msg raises many types on a broken or unusual file
        raise ReaderFailure("damaged-file", kind="Outlook (.msg)") from exc
    try:
        return _mail_from_msg(message, max_bytes)
    except ReaderFailure:
        raise
    except Exception as exc:
        raise ReaderFailure("damaged-file", kind="Outlook (.msg)") from exc
    finally:
        try:
            message.close()
        except Exception:
            pass


def _mail_from_msg(message, max_bytes: int) -> Mail:
    mail = Mail()
    name, address = email.utils.parseaddr(str(getattr(message, "sender", "") or ""))
    mail.from_name, mail.from_address = name.strip(), address.strip().lower()
    header = getattr(message, "header", None)
    if header is not None and header.get("Reply-To"):
        mail.reply_to = email.utils.parseaddr(str(header.get("Reply-To")))[1].lower()
    mail.subject = str(getattr(message, "subject", "") or "")
    date = getattr(message, "date", None)
    mail.date = date if isinstance(date, dt.datetime) else _date(str(date or ""))
    mail.body = str(getattr(message, "body", "") or "").replace("\r\n", "\n")
    if not mail.body.strip() and getattr(message, "htmlBody", None):
        mail.body = html_to_text(message.htmlBody.decode("utf-8", errors="replace"))
    total = 0
    for attachment in getattr(message, "attachments", []):
        data = attachment.data
        filename = attachment.getFilename() if hasattr(attachment, "getFilename") else None
        name = str(getattr(attachment, "longFilename", None) or getattr(attachment, "shortFilename", None) or filename or "attachment")
        if data is None:
            continue
        if not isinstance(data, (bytes, bytearray)):  # an embedded .msg: re-serialise it as an .eml
            inner = _mail_from_msg(data, max_bytes)
            mail.attachments.append(Attachment(_with_suffix(name, ".eml"), record_from(inner, with_attachments=inner.attachments)))
            continue
        total += len(data)
        if total > max_bytes:
            raise ReaderFailure("no-usable-attachment", reason="too-large")
        mail.attachments.append(Attachment(name, bytes(data), bool(getattr(attachment, "hidden", False) or getattr(attachment, "cid", None))))
    mail.record = record_from(mail)
    return mail


def record_from(mail: Mail, with_attachments: list[Attachment] | None = None) -> bytes:
    """An .eml holding the mail's headers and text (and, for a nested mail, its attachments)."""
    message = EmailMessage()
    if mail.from_address:
        message["From"] = email.utils.formataddr((mail.from_name, mail.from_address))
    if mail.reply_to:
        message["Reply-To"] = mail.reply_to
    if mail.subject:
        message["Subject"] = mail.subject.replace("\n", " ").replace("\r", " ")
    if mail.date:
        message["Date"] = email.utils.format_datetime(mail.date if mail.date.tzinfo else mail.date.replace(tzinfo=dt.timezone.utc))
    message.set_content(mail.body or "")
    for attachment in with_attachments or []:
        message.add_attachment(attachment.data, maintype="application", subtype="octet-stream", filename=attachment.name)
    if with_attachments is None:
        for attachment in mail.attachments:
            message.add_attachment(_placeholder(attachment.name), subtype="plain")
    return message.as_bytes(policy=email.policy.default)


def html_to_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style|head).*?</\1>", " ", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>", "\n", markup)
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    return "\n".join(re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines() if line.strip())


def _attached_message(part) -> bytes:
    """The bytes of an attached mail; some clients base64-encode it although RFC 2046 forbids that."""
    inner = part.get_payload()
    inner = inner[0] if isinstance(inner, list) and inner else inner
    if isinstance(inner, email.message.Message):
        raw = inner.as_bytes(policy=email.policy.default)
    else:
        raw = str(inner or "").encode("utf-8", "replace")
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    try:
        if encoding == "base64":
            return base64.b64decode(raw)
        if encoding == "quoted-printable":
            return quopri.decodestring(raw)
    except (ValueError, TypeError):
        return b""
    return raw


def _leaves(message, depth: int = 0):
    """Single parts and attached messages, not descending into an attached message."""
    if depth > 20:
        return
    for part in message.iter_parts() if message.is_multipart() else []:
        if part.get_content_type() == "message/rfc822" or not part.is_multipart():
            yield part
        else:
            yield from _leaves(part, depth + 1)


def _placeholder(name: str) -> str:
    return f"[{name}: stored as a separate document of this candidate]"


def _replace_with_placeholder(part, name: str) -> None:
    for header in ("Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "Content-ID", "MIME-Version"):
        del part[header]
    try:
        part.set_content(_placeholder(name), disposition="inline", cte="8bit")
    except Exception:  # a legacy part without the content manager
        part.set_payload(_placeholder(name).encode("utf-8", "replace").decode("ascii", "replace"))


def _part_name(part) -> str:
    try:
        name = part.get_filename() or ""
    except Exception:
        name = ""
    return Path(name.replace("\\", "/")).name.strip()[:200]


def _header(message, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:  # a malformed header the policy cannot parse
        return ""
    return str(value or "").strip()


def _address(message, name: str) -> tuple[str, str]:
    value = _header(message, name)
    if not value:
        return "", ""
    display, address = email.utils.parseaddr(value)
    return display.strip().strip('"'), address.strip().lower()


def _date(value: str) -> dt.datetime | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def _body(message) -> str:
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        if part is None:
            return ""
        content = part.get_content()
    except Exception:  # an unknown charset or a broken transfer encoding
        return ""
    if part.get_content_subtype() == "html":
        return html_to_text(content)
    return content.replace("\r\n", "\n")


def _with_suffix(name: str, suffix: str) -> str:
    return name if name.lower().endswith(suffix) else f"{name}{suffix}"
