"""A new device key pair per member after a team-key rotation (``team.device_keys``, revision t017), on a
real PostgreSQL server: the remaining member's next open replaces their public key and sealed team key,
the old private key opens nothing on the server any more, a crash on the way never locks them out, and a
member's login may replace only their own key."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError

from recruitdesk.services import team_vault
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.team import audit, device_keys, enrolment, member_logins, membership, sealing, server_roles
from recruitdesk.team.key_hierarchy import member_holder, team_key_aad
from recruitdesk.team.revocation import revoke_member
from recruitdesk.team.roles import Role
from recruitdesk.team.schema import audit as audit_table
from recruitdesk.team.schema import members, team, team_key_wraps
from recruitdesk.vault import crypto
from recruitdesk.vault.keychain import MemoryKeychain
from tests.team.test_team_member_logins import _require_password, _tcp


def _server_key(engine, member_id):
    """The member's device public key and the sealed team key of the current generation, as the server holds them."""
    with engine.connect() as connection:
        team_id, generation = connection.execute(select(team.c.team_id, team.c.generation)).one()
        public = connection.scalar(select(members.c.device_public_key).where(members.c.member_id == member_id))
        sealed = connection.scalar(select(team_key_wraps.c.sealed_key).where(team_key_wraps.c.generation == generation,
                                                                               team_key_wraps.c.holder == member_holder(member_id)))
    return public, sealed, team_key_aad(team_id, generation, member_holder(member_id))


def _opens(private_key, sealed, aad) -> bool:
    try:
        sealing.open_sealed(private_key, sealed, aad)
    except crypto.SealBroken:
        return False
    return True


def _renewals(engine) -> list:
    with engine.connect() as connection:
        return connection.execute(select(audit_table.c.actor, audit_table.c.member_id)
                                  .where(audit_table.c.action == device_keys.RENEWED)).all()


@pytest.fixture
def folders(team_engine, postgres_server, clock, tmp_path):
    """Anna (admin) and Bram (a DPO with a database login of his own) and Cara (a recruiter), each in a folder."""
    anna, bram, cara = MemoryKeychain(), MemoryKeychain(), MemoryKeychain()
    database = team_engine.url.database
    team_vault.create_team_vault(tmp_path / "anna", team_engine.url.render_as_string(hide_password=False), "Anna Admin", anna, clock)
    invitations = {name: team_vault.invite_member(tmp_path / "anna", anna, clock, name, role)
                   for name, role in (("Bram", Role.DPO), ("Cara", Role.RECRUITER))}
    for name, keychain in (("Bram", bram), ("Cara", cara)):
        plain = enrolment.normalise(invitations[name].code)
        _require_password(postgres_server, database, member_logins.login_name(plain))
        team_vault.join_team_vault(tmp_path / name.lower(), _tcp(postgres_server, database, "nobody"), invitations[name].code,
                                   keychain, clock)
    return {"anna": anna, "bram": bram, "cara": cara}


def test_after_a_revocation_a_remaining_member_gets_a_new_device_key_on_opening(team_engine, folders, clock, tmp_path):
    bram = folders["bram"]
    profile = team_vault.read_profile(tmp_path / "bram")
    account = membership.keychain_account(profile.team_id)
    old_private = bram.load_device_key(account)
    old_public, _sealed, _aad = _server_key(team_engine, profile.member_id)
    assert old_public == sealing.public_key_of(old_private)

    team_vault.revoke_team_member(tmp_path / "anna", folders["anna"], clock, "Cara")
    desk = TeamDesk.open(tmp_path / "bram", bram, clock)  # Bram's own (DPO) login does it: the server lets him
    try:
        assert desk.role == Role.DPO
    finally:
        desk.close()

    new_private = bram.load_device_key(account)
    public, sealed, aad = _server_key(team_engine, profile.member_id)
    assert public != old_public and public == sealing.public_key_of(new_private)
    assert not _opens(old_private, sealed, aad)  # an old device key opens nothing the server now holds
    assert _opens(new_private, sealed, aad)
    assert bram.load_device_key(membership.pending_keychain_account(profile.team_id)) is None  # only the new key is kept
    assert [tuple(row) for row in _renewals(team_engine)] == [(member_holder(profile.member_id), profile.member_id)]
    assert audit.read_chain(team_engine).intact
    # Opened again: nothing left to renew, the key stays.
    with team_vault.opened_team(tmp_path / "bram", bram, clock) as (_engine, opened):
        assert opened.member_id == profile.member_id
    assert bram.load_device_key(account) == new_private and len(_renewals(team_engine)) == 1


def test_a_member_who_opens_without_a_rotation_keeps_their_key(team_engine, folders, clock, tmp_path):
    bram = folders["bram"]
    profile = team_vault.read_profile(tmp_path / "bram")
    before = bram.load_device_key(membership.keychain_account(profile.team_id))
    for _ in range(2):
        TeamDesk.open(tmp_path / "bram", bram, clock).close()
        with team_vault.opened_team(tmp_path / "bram", bram, clock):
            pass
    assert bram.load_device_key(membership.keychain_account(profile.team_id)) == before
    assert _server_key(team_engine, profile.member_id)[0] == sealing.public_key_of(before)
    assert _renewals(team_engine) == []


def _rotated_team(team_engine, keychain, clock):
    """An admin, a member on ``member_keychain`` and a revoked leaver: the team key is at generation 2."""
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    member_keychain = MemoryKeychain()
    member_id = membership.add_member(team_engine, admin, membership.new_device_key(member_keychain, admin.keys.team_id),
                                      Role.RECRUITER, "Member", clock)
    leaver_id = membership.add_member(team_engine, admin, membership.new_device_key(MemoryKeychain(), admin.keys.team_id),
                                      Role.RECRUITER, "Leaver", clock)
    revoke_member(team_engine, admin, leaver_id, clock)
    return admin, member_keychain, member_id


def test_a_crash_before_the_server_commits_leaves_the_old_key_working_and_the_next_open_finishes(team_engine, keychain, clock,
                                                                                                 monkeypatch):
    _admin, member_keychain, member_id = _rotated_team(team_engine, keychain, clock)
    opened = membership.open_as_member(team_engine, member_keychain, member_id)
    account = membership.keychain_account(opened.keys.team_id)
    old_private = member_keychain.load_device_key(account)

    held_at_crash = []

    def crash(_engine, _team, public_key, _clock):  # the server transaction dies before COMMIT
        held_at_crash.append(member_keychain.load_device_key(membership.pending_keychain_account(opened.keys.team_id)))
        raise RuntimeError("power cut")
    monkeypatch.setattr(device_keys, "_replace_on_server", crash)
    with pytest.raises(RuntimeError):
        device_keys.renew_if_due(team_engine, member_keychain, opened, clock)
    monkeypatch.undo()
    assert held_at_crash[0] is not None  # the new private key was in the keychain before the server was asked
    assert member_keychain.load_device_key(account) == old_private  # kept: the server still has its public half
    assert _server_key(team_engine, member_id)[0] == sealing.public_key_of(old_private)
    assert membership.open_as_member(team_engine, member_keychain, member_id).keys.team_key == opened.keys.team_key

    assert device_keys.renew_if_due(team_engine, member_keychain, membership.open_as_member(team_engine, member_keychain, member_id),
                                    clock)
    new_private = member_keychain.load_device_key(account)
    public, sealed, aad = _server_key(team_engine, member_id)
    assert new_private != old_private and public == sealing.public_key_of(new_private)
    assert not _opens(old_private, sealed, aad) and _opens(new_private, sealed, aad)
    assert member_keychain.load_device_key(membership.pending_keychain_account(opened.keys.team_id)) is None


class _FailsOnce(MemoryKeychain):
    """A keychain whose write to ``account`` fails once (the machine stops right after the server committed)."""

    def __init__(self, source: MemoryKeychain, account: str) -> None:
        super().__init__()
        self._keys = dict(source._keys)
        self.account, self.failed = account, False

    def store_device_key(self, vault_id: str, key: bytes) -> None:
        if vault_id == self.account and not self.failed:
            self.failed = True
            raise RuntimeError("power cut")
        super().store_device_key(vault_id, key)


def test_a_crash_after_the_server_commits_opens_with_the_new_key_and_tidies_the_keychain(team_engine, keychain, clock):
    _admin, member_keychain, member_id = _rotated_team(team_engine, keychain, clock)
    opened = membership.open_as_member(team_engine, member_keychain, member_id)
    account, pending = membership.keychain_account(opened.keys.team_id), membership.pending_keychain_account(opened.keys.team_id)
    old_private = member_keychain.load_device_key(account)
    crashing = _FailsOnce(member_keychain, account)
    with pytest.raises(RuntimeError):
        device_keys.renew_if_due(team_engine, crashing, opened, clock)
    new_private = crashing.load_device_key(pending)
    assert crashing.load_device_key(account) == old_private and new_private is not None
    assert _server_key(team_engine, member_id)[0] == sealing.public_key_of(new_private)

    reopened = membership.open_as_member(team_engine, crashing, member_id)  # the old key no longer opens: the pending one does
    assert reopened.keys.team_key == opened.keys.team_key
    assert crashing.load_device_key(account) == new_private and crashing.load_device_key(pending) is None
    assert not device_keys.renew_if_due(team_engine, crashing, reopened, clock)  # already renewed


def test_a_members_login_cannot_replace_another_members_key(team_engine, keychain, clock, logins):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    server_roles.install(team_engine, admin.keys.team_id)
    ids = {}
    for name in ("bram", "cara"):
        ids[name] = membership.add_member(team_engine, admin, membership.new_device_key(MemoryKeychain(), admin.keys.team_id),
                                          Role.RECRUITER, name, clock)
    login, engine = logins("bram")
    server_roles.assign(team_engine, admin.keys.team_id, login, Role.RECRUITER)
    with team_engine.begin() as connection:
        connection.execute(update(members).where(members.c.member_id == ids["bram"]).values(login=login))
    before = _server_key(team_engine, ids["cara"])
    call = text(f"SELECT {server_roles.RENEW_DEVICE_KEY_FUNCTION}(:member_id, 1, :public, :sealed)")

    def sqlstate(statement, parameters) -> str | None:
        with engine.connect() as connection:
            try:
                connection.execute(statement, parameters)
                connection.commit()
            except DBAPIError as error:
                return getattr(error.orig, "sqlstate", None)
        return None

    attacker_public = sealing.public_key_of(sealing.new_private_key())
    assert sqlstate(call, {"member_id": ids["cara"], "public": attacker_public, "sealed": b"\x01" * 64}) == "42501"
    assert sqlstate(update(members).where(members.c.member_id == ids["cara"]).values(device_public_key=attacker_public), {}) == "42501"
    assert sqlstate(update(team_key_wraps).where(team_key_wraps.c.holder == member_holder(ids["cara"]))
                    .values(sealed_key=b"\x01" * 64), {}) == "42501"
    assert _server_key(team_engine, ids["cara"]) == before
    # Control: the same login replaces its own member's key through the function.
    assert sqlstate(call, {"member_id": ids["bram"], "public": attacker_public, "sealed": b"\x02" * 64}) is None
    assert _server_key(team_engine, ids["bram"])[0] == attacker_public
