"""What every command that works inside a vault needs: unlocking it, dates, JSON output."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from recruitdesk import errors
from recruitdesk.clock import Clock, ManualClock
from recruitdesk.paths import resolve_vault_folder
from recruitdesk.vault.keychain import Keychain
from recruitdesk.vault.vault import Vault


def open_for_command(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> Vault:
    """Unlock with the keychain, or headless with --recovery-key-file / RECRUITDESK_RECOVERY_KEY."""
    from recruitdesk.services.vault_access import open_vault, recovery_key_from, system_keychain

    recovery_key = recovery_key_from(getattr(args, "recovery_key_file", None))
    if keychain is None:
        try:
            keychain = system_keychain()
        except errors.RecruitDeskError:
            if recovery_key is None:
                raise
            keychain = None  # a headless unlock can work without any keychain
    vault = open_vault(resolve_vault_folder(getattr(args, "vault", None)), keychain, clock, recovery_key)
    for warning in vault.warnings:
        print(warning.message(), file=sys.stderr)
    return vault


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise errors.InvalidDate(value=value) from None


def clock_on(clock: Clock, day: str | None) -> Clock:
    """The clock, or one standing on ``day`` at the current time (for --on DATE)."""
    if not day:
        return clock
    return ManualClock(dt.datetime.combine(parse_date(day), clock.now().timetz()))


def print_json(value: object) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False, default=str))
