"""Retention policies as data: rules of situation, anchor, period and optional hard maximum.

A policy is what a firm's privacy statement promises, made computable. Policies serialise to
JSON for the ``retention_policies`` table (versioned: a change makes a new version) and are
validated on the way in, so a hand-edited or custom policy can never crash the engine.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from recruitdesk.retention.facts import SITUATIONS
from recruitdesk.retention.periods import Period

APPLICATION = "application"
LAST_CONTACT = "last_contact"
PROCEDURE_END = "procedure_end"
CONSENT_GIVEN = "consent_given"
START = "start"
ANCHORS = (APPLICATION, LAST_CONTACT, PROCEDURE_END, CONSENT_GIVEN, START)


class PolicyInvalid(ValueError):
    """A policy document that does not describe a usable policy."""


@dataclass(frozen=True)
class Limit:
    """``period`` after the date of ``anchor``."""

    anchor: str
    period: Period

    def __post_init__(self) -> None:
        if self.anchor not in ANCHORS:
            raise PolicyInvalid(f"unknown anchor {self.anchor!r}")


@dataclass(frozen=True)
class Rule:
    """While a candidate is in one of ``situations``, keep them until ``keep`` (or as long as the
    situation lasts when ``keep`` is None), but never beyond ``maximum``."""

    id: str
    situations: tuple[str, ...]
    keep: Limit | None
    maximum: Limit | None = None
    from_statement: bool = True

    def __post_init__(self) -> None:
        if not self.id or not self.situations:
            raise PolicyInvalid("a rule needs an id and at least one situation")
        unknown = set(self.situations) - set(SITUATIONS)
        if unknown:
            raise PolicyInvalid(f"unknown situations {sorted(unknown)}")
        if self.keep is None and self.maximum is None:
            raise PolicyInvalid(f"rule {self.id} keeps data forever: give it a period or a maximum")


@dataclass(frozen=True)
class Policy:
    name: str
    title: str
    rules: tuple[Rule, ...]

    def __post_init__(self) -> None:
        ids = [rule.id for rule in self.rules]
        if len(set(ids)) != len(ids):
            raise PolicyInvalid("rule ids must be unique")

    def rules_for(self, situation: str) -> list[Rule]:
        return [rule for rule in self.rules if situation in rule.situations]

    # --- JSON ------------------------------------------------------------------------------
    def to_json(self) -> str:
        def limit(value: Limit | None) -> dict | None:
            return None if value is None else {"anchor": value.anchor, "period": value.period.to_json()}

        return json.dumps(
            {
                "name": self.name,
                "title": self.title,
                "rules": [
                    {"id": r.id, "situations": list(r.situations), "keep": limit(r.keep), "maximum": limit(r.maximum), "from_statement": r.from_statement}
                    for r in self.rules
                ],
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> "Policy":
        try:
            document = json.loads(text)

            def limit(value: object) -> Limit | None:
                if value is None:
                    return None
                if not isinstance(value, dict):
                    raise PolicyInvalid("a limit is an object with anchor and period")
                return Limit(str(value["anchor"]), Period.from_json(value["period"]))

            rules = tuple(
                Rule(
                    id=str(item["id"]),
                    situations=tuple(str(s) for s in item["situations"]),
                    keep=limit(item.get("keep")),
                    maximum=limit(item.get("maximum")),
                    from_statement=bool(item.get("from_statement", False)),
                )
                for item in document["rules"]
            )
            return cls(name=str(document["name"]), title=str(document["title"]), rules=rules)
        except PolicyInvalid:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PolicyInvalid(str(exc)) from exc
