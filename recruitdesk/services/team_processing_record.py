"""The record of processing activities (GDPR Art. 30) of a team: ``recruitdesk processing-record`` on a team folder.

The same workbook as a local vault's (``exporting.processing_record``), filled from what the team
holds instead of a vault's settings: the retention policy in force on the server with its version
(``team.retention.active_policy``) and the firm profile the administrators keep (``team_firm``).
Every member may write it (a DPO keeps it up to date); it is written owner-only, as every export,
and ``processing-record-exported`` is appended to the team's audit chain naming the member, as a
local vault audits it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from recruitdesk.exporting.processing_record import build_processing_record, write_record_file
from recruitdesk.services import team_firm
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.team import audit, retention
from recruitdesk.team.membership import OpenTeam

EXPORTED = "processing-record-exported"  # its words: ``team_register.ACTION_WORDS``


def write_team_processing_record(desk: TeamDesk, target: Path) -> Path:
    """Write the team's record to ``target`` (a new .xlsx file) and audit it; returns the file written."""
    policy, version, _preset = desk.run(lambda engine, _team: retention.active_policy(engine))
    profile = team_firm.current(desk).profile
    data = build_processing_record(policy, version, profile.firm_name, profile.privacy_contact, profile.privacy_statement_url,
                                   desk.clock.today())
    path = write_record_file(data, target)
    desk.run(lambda engine, team: _audit(engine, team, desk))
    return path


def _audit(engine: Engine, team: OpenTeam, desk: TeamDesk) -> None:
    with engine.begin() as connection:
        audit.append(connection, team, EXPORTED, None, None, desk.clock)
