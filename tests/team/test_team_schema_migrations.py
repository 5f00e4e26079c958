"""The team vault's tables come from its own Alembic chain, on a real PostgreSQL server.

The chain must build exactly what ``recruitdesk.team.schema`` describes (a model change without a
revision fails here), keep its revision in its own version table, survive two clients creating
the layout at once, and leave a database written by a newer client alone.
"""

from __future__ import annotations

import threading

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from recruitdesk.team import schema, schema_migrations
from recruitdesk.team.membership import create_team


def test_the_chain_builds_exactly_the_tables_the_schema_describes(team_engine):
    schema_migrations.upgrade(team_engine)
    with team_engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"version_table": schema_migrations.VERSION_TABLE})
        assert compare_metadata(context, schema.metadata) == []
        assert schema_migrations.current_revision(connection) == schema_migrations.head_revision()
        tables = set(inspect(connection).get_table_names())
    assert tables == set(schema.metadata.tables) | {schema_migrations.VERSION_TABLE}
    assert "alembic_version" not in tables  # never mistaken for a local vault's revision


def test_a_model_change_without_a_revision_is_found(team_engine):
    """Control for the test above: a column added to the model only is reported."""
    schema_migrations.upgrade(team_engine)
    changed = MetaData()
    for table in schema.metadata.tables.values():
        table.to_metadata(changed)
    Table("team_meta", changed, Column("extra", Integer), extend_existing=True)
    with team_engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"version_table": schema_migrations.VERSION_TABLE})
        assert [diff[0] for diff in compare_metadata(context, changed)] == ["add_column"]


def test_the_role_check_is_in_the_database(team_engine):
    schema_migrations.upgrade(team_engine)
    with pytest.raises(IntegrityError), team_engine.begin() as connection:
        connection.execute(text("INSERT INTO team_invites (invite_id, code_verifier, member_id, role, label_sealed, generation, "
                                "created_at, expires_at) VALUES (gen_random_uuid(), 'x', gen_random_uuid(), 'owner', 'x', 1, now(), now())"))


def test_two_clients_creating_the_layout_at_once_both_succeed(team_engine):
    engines = [create_engine(team_engine.url) for _ in range(2)]
    failures: list[BaseException] = []

    def run(engine):
        try:
            schema_migrations.upgrade(engine)
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            failures.append(error)

    threads = [threading.Thread(target=run, args=(engine,)) for engine in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for engine in engines:
        engine.dispose()
    assert failures == []
    with team_engine.connect() as connection:
        assert schema_migrations.current_revision(connection) == schema_migrations.head_revision()


def test_a_database_from_a_newer_client_is_left_alone(team_engine):
    schema_migrations.upgrade(team_engine)
    with team_engine.begin() as connection:
        connection.execute(text(f"UPDATE {schema_migrations.VERSION_TABLE} SET version_num = 't999'"))
    schema_migrations.upgrade(team_engine)  # no error, nothing changed
    with team_engine.connect() as connection:
        assert schema_migrations.current_revision(connection) == "t999"


def test_a_new_team_is_created_through_the_chain(team_engine, keychain, clock):
    create_team(team_engine, keychain, clock, "Admin")
    with team_engine.connect() as connection:
        assert schema_migrations.current_revision(connection) == schema_migrations.head_revision()


def test_t008_gives_a_team_made_before_it_the_settings_table_with_each_groups_privileges(team_engine, keychain, clock):
    """A team whose group roles exist before t008: every group reads the team's settings, only admins write them."""
    from alembic import command

    from recruitdesk.team import server_roles
    from recruitdesk.team.roles import Role

    admin, _ = create_team(team_engine, keychain, clock, "Admin")
    server_roles.install(team_engine, admin.keys.team_id)
    with team_engine.begin() as connection:  # the layout as a client before t008 left it, group roles in place
        config = schema_migrations._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "t007")
        assert not inspect(connection).has_table("team_settings")
    schema_migrations.upgrade(team_engine)
    with team_engine.connect() as connection:
        assert schema_migrations.current_revision(connection) == schema_migrations.head_revision()

        def may(role: Role, privilege: str) -> bool:
            return connection.scalar(text("SELECT has_table_privilege(:role, 'team_settings', :privilege)"),
                                     {"role": server_roles.group_role(admin.keys.team_id, role), "privilege": privilege})

        assert [may(role, "SELECT") for role in Role] == [True, True, True]
        assert [(may(role, "INSERT"), may(role, "UPDATE")) for role in Role] == [(False, False), (True, True), (False, False)]


def test_t010_gives_a_team_made_before_it_the_carried_suppression_keys_with_each_groups_privileges(team_engine, keychain, clock):
    """A team whose group roles exist before t010: every group reads the carried digest keys (an
    import checks the list under them), only admins write them (``vault migrate``)."""
    from alembic import command

    from recruitdesk.team import server_roles
    from recruitdesk.team.roles import Role

    admin, _ = create_team(team_engine, keychain, clock, "Admin")
    server_roles.install(team_engine, admin.keys.team_id)
    with team_engine.begin() as connection:  # the layout as a client before t010 left it, group roles in place
        config = schema_migrations._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "t009")
        assert not inspect(connection).has_table("team_suppression_keys")
        assert "key_id" not in {column["name"] for column in inspect(connection).get_columns("team_suppression")}
    schema_migrations.upgrade(team_engine)
    with team_engine.connect() as connection:
        assert schema_migrations.current_revision(connection) == schema_migrations.head_revision()

        def may(role: Role, privilege: str) -> bool:
            return connection.scalar(text("SELECT has_table_privilege(:role, 'team_suppression_keys', :privilege)"),
                                     {"role": server_roles.group_role(admin.keys.team_id, role), "privilege": privilege})

        assert [may(role, "SELECT") for role in Role] == [True, True, True]
        assert [(may(role, "INSERT"), may(role, "UPDATE")) for role in Role] == [(False, False), (True, True), (False, False)]


def test_t011_moves_a_team_made_before_it_to_redeeming_on_the_server(team_engine, keychain, clock):
    """A t010 team with groups, a member who joined with their own login and a pending invitation:
    after t011 the member still works, the pending code is redeemed through the server's function, and
    the recruiter and DPO groups have lost the direct writes redeeming needed (which a downgrade gives back)."""
    import datetime as dt

    from alembic import command
    from sqlalchemy import create_engine

    from recruitdesk.clock import ManualClock
    from recruitdesk.team import enrolment, server_roles
    from recruitdesk.team.candidates import PersonalFields, add_candidate
    from recruitdesk.team.roles import Role
    from recruitdesk.vault.keychain import MemoryKeychain

    admin, _ = create_team(team_engine, keychain, clock, "Admin")
    server_roles.install(team_engine, admin.keys.team_id)
    team_id = admin.keys.team_id
    engines = {}
    with team_engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for role in (Role.RECRUITER, Role.DPO):
            name = f"{role.value}_{team_id.hex[:8]}"
            connection.execute(text(f'CREATE ROLE "{name}" LOGIN'))
            server_roles.assign(team_engine, team_id, name, role)
            engines[role] = create_engine(team_engine.url.set(username=name))
    rik = enrolment.redeem(engines[Role.RECRUITER], MemoryKeychain(),
                           enrolment.invite(team_engine, admin, "Rik", Role.RECRUITER, clock).code, clock)
    now = ManualClock(dt.datetime.now().astimezone())  # the pending code must still be valid by the server's clock
    pending = enrolment.invite(team_engine, admin, "Dora", Role.DPO, now).code
    groups = {role: server_roles.group_role(team_id, role) for role in Role}

    def privileges(connection) -> dict[Role, tuple[bool, bool, bool, bool]]:
        return {role: (connection.scalar(text("SELECT has_table_privilege(:g, 'team_members', 'INSERT')"), {"g": group}),
                       connection.scalar(text("SELECT has_table_privilege(:g, 'team_key_wraps', 'INSERT')"), {"g": group}),
                       connection.scalar(text("SELECT has_any_column_privilege(:g, 'team_invites', 'UPDATE')"), {"g": group}),
                       connection.scalar(text("SELECT to_regprocedure(:f) IS NOT NULL AND has_function_privilege(:g, :f, 'EXECUTE')"),
                                         {"g": group, "f": server_roles.REDEEM_SIGNATURE}))
                for role, group in groups.items()}

    with team_engine.begin() as connection:  # the layout and privileges as a client before t011 left them
        config = schema_migrations._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "t010")
        assert not any(column["name"] == "server_expires_at" for column in inspect(connection).get_columns("team_invites"))
        assert privileges(connection) == {Role.ADMIN: (True, True, True, False), Role.RECRUITER: (True, True, True, False),
                                          Role.DPO: (True, True, True, False)}
    schema_migrations.upgrade(team_engine)
    with team_engine.connect() as connection:
        assert schema_migrations.current_revision(connection) == schema_migrations.head_revision()
        assert privileges(connection) == {Role.ADMIN: (True, True, True, True), Role.RECRUITER: (False, False, False, True),
                                          Role.DPO: (False, False, False, True)}
        assert not connection.scalar(text("SELECT has_function_privilege('public', :f, 'EXECUTE')"),
                                     {"f": server_roles.REDEEM_SIGNATURE})
    add_candidate(engines[Role.RECRUITER], rik, PersonalFields("Lotte Maes"), clock)  # the member who joined before still works
    assert enrolment.redeem(engines[Role.DPO], MemoryKeychain(), pending, now).role == Role.DPO  # held to expires_at
    for engine in engines.values():
        engine.dispose()


def test_t012_lets_a_team_made_before_it_remove_suppression_entries_and_takes_the_recruiters_updates(team_engine, keychain, clock):
    """A t011 team with groups and an entry on its list: after t012 the entry keeps matching, has an
    id and can be removed by an admin; the recruiter group keeps INSERT but loses UPDATE and DELETE
    (which a downgrade gives back), the DPO group still only reads."""
    import datetime as dt

    from alembic import command

    from recruitdesk.identifiers import digests_under
    from recruitdesk.team import server_roles, suppression
    from recruitdesk.team.roles import Role

    admin, _ = create_team(team_engine, keychain, clock, "Admin")
    server_roles.install(team_engine, admin.keys.team_id)
    groups = {role: server_roles.group_role(admin.keys.team_id, role) for role in Role}

    def privileges(connection) -> dict[Role, tuple[bool, ...]]:
        return {role: tuple(connection.scalar(text("SELECT has_table_privilege(:g, 'team_suppression', :p)"), {"g": group, "p": p})
                            for p in ("SELECT", "INSERT", "UPDATE", "DELETE")) for role, group in groups.items()}

    with team_engine.begin() as connection:  # the layout and privileges as a client before t012 left them, one entry on the list
        config = schema_migrations._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "t011")
        assert "removed_at" not in {column["name"] for column in inspect(connection).get_columns("team_suppression")}
        assert privileges(connection)[Role.RECRUITER] == (True, True, True, True)
        [(kind, value)] = digests_under(suppression.own_key(connection, admin), "objector@example.be")
        connection.execute(text("INSERT INTO team_suppression (digest, kind, basis, basis_on, added_at) "
                                "VALUES (:d, :k, 'objection', :on, now())"), {"d": value, "k": kind, "on": dt.date(2026, 2, 1)})
    schema_migrations.upgrade(team_engine)
    with team_engine.connect() as connection:
        assert schema_migrations.current_revision(connection) == schema_migrations.head_revision()
        assert privileges(connection) == {Role.ADMIN: (True, True, True, True), Role.RECRUITER: (True, True, False, False),
                                          Role.DPO: (True, False, False, False)}
        assert suppression.is_suppressed(connection, admin, "objector@example.be", None) is not None
    [entry] = suppression.list_entries(team_engine, admin)
    suppression.remove_entry(team_engine, admin, entry.entry_id, "Asked to be contacted again", clock)
    with team_engine.connect() as connection:
        assert suppression.is_suppressed(connection, admin, "objector@example.be", None) is None
    with team_engine.begin() as connection:
        config = schema_migrations._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "t011")
        assert privileges(connection)[Role.RECRUITER] == (True, True, True, True)


def test_t014_gives_a_team_made_before_it_the_stage_history_with_each_groups_privileges(team_engine, keychain, clock):
    """A team whose group roles exist before t014: every group reads the stage history, the members who
    move applications (recruiters, admins) write it, a DPO does not."""
    from alembic import command

    from recruitdesk.team import server_roles
    from recruitdesk.team.roles import Role

    admin, _ = create_team(team_engine, keychain, clock, "Admin")
    server_roles.install(team_engine, admin.keys.team_id)
    with team_engine.begin() as connection:  # the layout as a client before t014 left it, group roles in place
        config = schema_migrations._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "t013")
        assert not inspect(connection).has_table("team_stage_moves")
    schema_migrations.upgrade(team_engine)
    with team_engine.connect() as connection:
        assert schema_migrations.current_revision(connection) == schema_migrations.head_revision()
        assert inspect(connection).has_table("team_stage_moves")

        def may(role: Role, privilege: str) -> bool:
            return connection.scalar(text("SELECT has_table_privilege(:role, 'team_stage_moves', :privilege)"),
                                     {"role": server_roles.group_role(admin.keys.team_id, role), "privilege": privilege})

        writes = {role: (may(role, "INSERT"), may(role, "UPDATE"), may(role, "DELETE")) for role in Role}
        assert all(may(role, "SELECT") for role in Role)
        assert writes == {Role.DPO: (False, False, False), Role.RECRUITER: (True, True, True), Role.ADMIN: (True, True, True)}


@pytest.mark.parametrize(("before", "table"), [("t014", "team_note_revisions"), ("t015", "team_hold_releases")])
def test_a_team_made_before_a_sealed_history_table_gets_it_with_each_groups_privileges(team_engine, keychain, clock, before, table):
    """A team whose group roles exist before t015 (a note's earlier versions) or t016 (a hold's releases with
    their reasons): every group reads the new table (the DPO too), the members who write such records
    (recruiters, administrators) write it."""
    from alembic import command

    from recruitdesk.team import server_roles
    from recruitdesk.team.roles import Role

    admin, _ = create_team(team_engine, keychain, clock, "Admin")
    server_roles.install(team_engine, admin.keys.team_id)
    with team_engine.begin() as connection:  # the layout as a client before the revision left it, group roles in place
        config = schema_migrations._config()
        config.attributes["connection"] = connection
        command.downgrade(config, before)
        assert not inspect(connection).has_table(table)
    schema_migrations.upgrade(team_engine)
    with team_engine.connect() as connection:
        assert schema_migrations.current_revision(connection) == schema_migrations.head_revision() == "t017"

        def may(role: Role, privilege: str) -> bool:
            return connection.scalar(text("SELECT has_table_privilege(:role, :table, :privilege)"),
                                      {"role": server_roles.group_role(admin.keys.team_id, role), "table": table, "privilege": privilege})

        assert [may(role, "SELECT") for role in Role] == [True, True, True]
        assert {role: may(role, "INSERT") for role in Role} == {Role.DPO: False, Role.RECRUITER: True, Role.ADMIN: True}
