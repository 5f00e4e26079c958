"""Policy files: a retention policy exported to, or imported from, a JSON file (Qt-free).

The editor is rows, not JSON; a file is how a policy travels between offices or reaches an
adviser. Reading a file checks it completely and names the first problem in words ("rule 2:
unknown situation \"applicant\""), so a bad file changes nothing and tells the user what to fix.
A file that passes gives rows the editor can show; it is only saved when the user saves.
"""

from __future__ import annotations

import json
from pathlib import Path

from recruitdesk import errors
from recruitdesk.i18n import translate
from recruitdesk.os_errors import describe_os_error
from recruitdesk.retention.facts import SITUATIONS
from recruitdesk.retention.explain import format_period
from recruitdesk.retention.periods import MAX_AMOUNT, UNITS, Period
from recruitdesk.retention.policy import ANCHORS, Policy, PolicyInvalid
from recruitdesk.services.policy_editor import RuleRow, editor_rows

MAX_FILE_BYTES = 1_000_000  # a policy is a few kilobytes; anything larger is not one


def _reason(exc: OSError) -> str:
    return describe_os_error(exc)


def _check_limit(value: object, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, dict) or "anchor" not in value or "period" not in value:
        return translate("policy files", "{where} needs a date to count from (\"anchor\") and a period (\"period\")").format(where=where)
    if value["anchor"] not in ANCHORS:
        return translate("policy files", "{where} counts from \"{value}\", which is not one of: {choices}").format(
            where=where, value=value["anchor"], choices=", ".join(ANCHORS))
    period = value["period"]
    parts = period.split() if isinstance(period, str) else []
    if len(parts) != 2 or not parts[0].isdigit() or parts[1] not in UNITS:
        return translate("policy files", "{where}: \"{value}\" is not written like \"6 weeks\" (days, weeks, months or years)").format(
            where=where, value=period)
    amount, unit = int(parts[0]), parts[1]
    if not 1 <= amount <= MAX_AMOUNT[unit]:
        return translate("policy files", "{where}: \"{value}\" must be from {low} to {limit}").format(
            where=where, value=period, low=format_period(Period(1, unit)), limit=format_period(Period(MAX_AMOUNT[unit], unit)))
    return None


def document_problem(document: object) -> str | None:
    """The first thing that keeps ``document`` from being a policy, in words; None when it is one."""
    if not isinstance(document, dict):
        return translate("policy files", "it holds no policy (an object with \"rules\" is expected)")
    rules = document.get("rules")
    if not isinstance(rules, list) or not rules:
        return translate("policy files", "the list of rules (\"rules\") is missing or empty")
    for number, rule in enumerate(rules, start=1):
        if not isinstance(rule, dict):
            return translate("policy files", "rule {number} is not a rule").format(number=number)
        situations = rule.get("situations")
        if not isinstance(situations, list) or not situations:
            return translate("policy files", "rule {number} names no situation (\"situations\")").format(number=number)
        for situation in situations:
            if situation not in SITUATIONS:
                return translate("policy files", "rule {number} names the situation \"{value}\", which is not one of: {choices}").format(
                    number=number, value=situation, choices=", ".join(SITUATIONS))
        for key in ("keep", "maximum"):
            where = (translate("policy files", "rule {number} (period)") if key == "keep"
                     else translate("policy files", "rule {number} (maximum)")).format(number=number)
            problem = _check_limit(rule.get(key), where)
            if problem:
                return problem
        if rule.get("keep") is None and rule.get("maximum") is None:
            return translate("policy files", "rule {number} keeps data forever; give it a period or a maximum").format(number=number)
    return None


def policy_from_text(text: str, file: str) -> Policy:
    """The policy in a file's text. Raises ``PolicyFileNotJson`` or ``PolicyFileInvalid``."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise errors.PolicyFileNotJson(file=file, line=exc.lineno, column=exc.colno) from None
    problem = document_problem(document)
    if problem:
        raise errors.PolicyFileInvalid(file=file, problem=problem)
    document = {"name": "custom", "title": "Custom", **document}  # a file written by hand may leave them out
    for number, rule in enumerate(document["rules"], start=1):
        rule.setdefault("id", f"rule-{number}")
    try:
        return Policy.from_json(json.dumps(document))
    except PolicyInvalid:  # e.g. two rules with the same id
        raise errors.PolicyFileInvalid(file=file, problem=translate("policy files", "two rules have the same \"id\"")) from None


def read_policy_file(path: Path) -> tuple[Policy, tuple[RuleRow, ...]]:
    """The policy in ``path`` and its editor rows. Raises ``PolicyFileUnreadable``,
    ``PolicyFileNotJson`` or ``PolicyFileInvalid``; nothing is stored."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise errors.PolicyFileInvalid(file=str(path), problem=translate("policy files", "it is far too large for a policy"))
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise errors.PolicyFileNotJson(file=str(path), line=1, column=1) from None
    except OSError as exc:
        raise errors.PolicyFileUnreadable(file=str(path), reason=_reason(exc)) from None
    policy = policy_from_text(text, str(path))
    try:
        rows = editor_rows(policy)
    except PolicyInvalid as problem:
        raise errors.PolicyFileInvalid(file=str(path), problem=str(problem)) from None
    return policy, rows


def write_policy_file(path: Path, policy: Policy) -> Path:
    """Write ``policy`` as readable JSON to ``path`` (replacing a file the user chose to replace).
    Raises ``PolicyFileNotWritten``."""
    path = Path(path)
    text = json.dumps(json.loads(policy.to_json()), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise errors.PolicyFileNotWritten(file=str(path), reason=_reason(exc)) from None
    return path
