"""The first-run wizard's team paths on a real PostgreSQL server, clicked through as a user would:
create a team vault (its recovery key shown once, Finish only after confirming), join one with an
enrolment code, and every failure said in words on the page, with Back working and no team.json."""

from __future__ import annotations

import socket
import threading
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from recruitdesk.gui.vault.first_run_wizard import FirstRunWizard
from recruitdesk.gui.vault.team_pages import TEAM_CREATE, TEAM_CREATED, TEAM_JOIN, TEAM_JOINED
from recruitdesk.paths import DATABASE_FILE
from recruitdesk.services.team_retention import team_policy
from recruitdesk.services.team_vault import (TEAM_FILE, create_team_vault, invite_member, list_team_members, login_account,
                                             read_profile, team_info)
from recruitdesk.team import membership, server
from recruitdesk.team.roles import Role
from recruitdesk.vault.keychain import MemoryKeychain
from tests.gui.team.setup_support import closed_port, team_address  # noqa: F401 - a fixture
from tests.gui.user_actions import click, click_finish, click_next, tick


class Printer:
    def __init__(self) -> None:
        self.printed: list[str] = []

    def __call__(self, parent, text: str) -> bool:
        self.printed.append(text)
        return True


@pytest.fixture
def make_wizard(qtbot, clock, tmp_path):
    def make(folder: Path, keychain: MemoryKeychain, printer: Printer | None = None) -> FirstRunWizard:
        wizard = FirstRunWizard(folder, clock, lambda: keychain, choose_folder=lambda parent, current: None,
                                choose_save_file=lambda parent, suggested: None, print_text=printer or Printer())
        qtbot.addWidget(wizard)
        wizard.show()
        return wizard
    return make


def back(qtbot, wizard: QWizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))


def start_creating(qtbot, wizard: FirstRunWizard, address: str, name: str = "Anna Admin", password: str = "") -> None:
    tick(qtbot, wizard.welcome_page.team_create_choice)
    click_next(qtbot, wizard)
    assert wizard.currentId() == TEAM_CREATE
    fill_create_form(qtbot, wizard, address, name, password)


def fill_create_form(qtbot, wizard: FirstRunWizard, address: str, name: str = "Anna Admin", password: str = "") -> None:
    page = wizard.team_create_page
    for edit, value in ((page.server.address_edit, address), (page.server.password_edit, password), (page.name_edit, name)):
        edit.clear()
        qtbot.keyClicks(edit, value)


def start_joining(qtbot, wizard: FirstRunWizard, address: str, code: str) -> None:
    tick(qtbot, wizard.welcome_page.team_join_choice)
    click_next(qtbot, wizard)
    assert wizard.currentId() == TEAM_JOIN
    page = wizard.team_join_page
    qtbot.keyClicks(page.server.address_edit, address)
    qtbot.keyClicks(page.code_edit, code)


def to_policy_page(qtbot, wizard: FirstRunWizard, preset: str | None = None) -> None:
    """From the filled-in create form: Next to the retention policy page, and pick ``preset``."""
    click_next(qtbot, wizard)
    assert wizard.currentId() == FirstRunWizard.PRESET
    if preset is not None:
        page = wizard.preset_page
        [number] = [number for number, name in page._names.items() if name == preset]
        tick(qtbot, page.buttons.button(number))
        assert wizard.preset() == preset


def back_to_create_form(qtbot, wizard: FirstRunWizard) -> None:
    back(qtbot, wizard)
    assert wizard.currentId() == FirstRunWizard.PRESET
    back(qtbot, wizard)
    assert wizard.currentId() == TEAM_CREATE


def next_fails(qtbot, wizard: FirstRunWizard, page) -> str:
    """Next (through the policy page when creating), wait for the worker's failure; returns the message the page shows."""
    if wizard.currentId() == TEAM_CREATE:
        to_policy_page(qtbot, wizard)
    with qtbot.waitSignal(page.setup_failed, timeout=30000) as failed:
        click_next(qtbot, wizard)
    assert page.error_label.isVisible() and page.error_label.text() == failed.args[0]
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    return failed.args[0]


def test_creating_a_team_vault_keeps_the_password_in_the_keychain_and_shows_the_recovery_key_once(
        qtbot, make_wizard, postgres_server, tmp_path):
    role, database = f"anna_{uuid.uuid4().hex[:8]}", f"pw_{uuid.uuid4().hex[:8]}"
    superuser = create_engine(postgres_server.url, isolation_level="AUTOCOMMIT")
    with superuser.connect() as connection:
        connection.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'right-horse-battery'"))
        connection.execute(text(f'CREATE DATABASE "{database}" OWNER {role}'))
    superuser.dispose()
    postgres_server.require_password_for(role)
    address = f"postgresql://{role}@127.0.0.1:{postgres_server.port}/{database}"
    _wait_until_a_password_is_required(address)
    keychain, printer, folder = MemoryKeychain(), Printer(), tmp_path / "anna"
    wizard = make_wizard(folder, keychain, printer)

    start_creating(qtbot, wizard, address, password="wrong-horse")
    page = wizard.team_created_page
    message = next_fails(qtbot, wizard, page)
    assert "refused the user name or password" in message and "wrong-horse" not in message
    assert not (folder / TEAM_FILE).exists()
    back_to_create_form(qtbot, wizard)

    fill_create_form(qtbot, wizard, address, password="right-horse-battery")
    to_policy_page(qtbot, wizard, "it1")
    with qtbot.waitSignal(page.succeeded, timeout=30000):
        click_next(qtbot, wizard)
    assert wizard.currentId() == TEAM_CREATED
    recovery_key = page.recovery_key()
    assert len(recovery_key) > 20 and page.key_label.isVisible()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and not finish.isEnabled()  # not before the user confirms they kept the key
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # the key is on screen only now, so the wizard stays
    assert wizard.isVisible()
    click(qtbot, page.print_button)
    assert recovery_key in printer.printed[0] and "printer" in page.print_status_label.text()

    tick(qtbot, page.confirm_check)
    click_finish(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted and wizard.team_folder == folder
    assert page.recovery_key() == "" and page._recovery_key == ""  # not kept once the wizard is closed
    assert wizard.team_create_page.server.password_edit.text() == ""

    profile = read_profile(folder)
    stored = (folder / TEAM_FILE).read_bytes()
    assert b"right-horse-battery" not in stored and recovery_key.encode() not in stored
    assert keychain.load_device_key(login_account(profile.team_id)) == b"right-horse-battery"
    assert keychain.load_device_key(membership.keychain_account(profile.team_id))  # this computer's device key
    info = team_info(folder, keychain)
    assert (info.label, info.role, info.members) == ("Anna Admin", Role.ADMIN, 1)
    assert team_policy(folder, keychain).preset == "it1"  # the policy chosen in the wizard
    engine = server.open_engine(make_url(profile.server).set(password="right-horse-battery"))
    try:
        assert membership.open_with_recovery(engine, recovery_key).keys.team_id == profile.team_id  # the key opens the team
    finally:
        engine.dispose()


def test_joining_with_an_administrators_code_makes_this_computer_a_member(qtbot, make_wizard, team_address, clock, tmp_path):
    admin_keychain, keychain = MemoryKeychain(), MemoryKeychain()
    create_team_vault(tmp_path / "anna", team_address, "Anna Admin", admin_keychain, clock)
    invitation = invite_member(tmp_path / "anna", admin_keychain, clock, "Bram Recruiter", Role.RECRUITER)
    wizard = make_wizard(tmp_path / "bram", keychain)

    start_joining(qtbot, wizard, team_address, invitation.code.lower())  # as typed, in lower case
    page = wizard.team_joined_page
    with qtbot.waitSignal(page.succeeded, timeout=30000):
        click_next(qtbot, wizard)
    assert wizard.currentId() == TEAM_JOINED and "Bram Recruiter" in page.status_label.text()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    click_finish(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted and wizard.team_folder == tmp_path / "bram"
    members = {m.label: m.role for m in list_team_members(tmp_path / "anna", admin_keychain)}
    assert members == {"Anna Admin": Role.ADMIN, "Bram Recruiter": Role.RECRUITER}
    assert team_info(tmp_path / "bram", keychain).role is Role.RECRUITER


def test_a_wrong_code_an_unreachable_server_and_a_password_in_the_address_are_said_and_leave_nothing(
        qtbot, make_wizard, team_address, clock, tmp_path):
    create_team_vault(tmp_path / "anna", team_address, "Anna Admin", MemoryKeychain(), clock)
    folder = tmp_path / "bram"
    wizard = make_wizard(folder, MemoryKeychain())

    start_joining(qtbot, wizard, team_address, "AAAAA-BBBBB-CCCCC-DDDDD")
    message = next_fails(qtbot, wizard, wizard.team_joined_page)
    assert "not valid for this team vault" in message and not (folder / TEAM_FILE).exists()
    back(qtbot, wizard)
    assert wizard.currentId() == TEAM_JOIN
    back(qtbot, wizard)
    assert wizard.currentId() == FirstRunWizard.WELCOME

    nowhere = f"postgresql://recruitdesk@127.0.0.1:{closed_port()}/team"
    start_creating(qtbot, wizard, nowhere)
    message = next_fails(qtbot, wizard, wizard.team_created_page)
    assert "cannot be reached" in message and f"127.0.0.1:{nowhere.split(':')[2].split('/')[0]}" in message
    assert not (folder / TEAM_FILE).exists() and not folder.exists()
    back_to_create_form(qtbot, wizard)

    fill_create_form(qtbot, wizard, team_address.replace("recruitdesk@", "recruitdesk:secret@"))
    message = next_fails(qtbot, wizard, wizard.team_created_page)
    assert "Do not put the password in the server address" in message and "secret" not in message
    back_to_create_form(qtbot, wizard)

    fill_create_form(qtbot, wizard, "https://example.org/team")
    assert "is not a PostgreSQL server address" in next_fails(qtbot, wizard, wizard.team_created_page)
    assert not (folder / TEAM_FILE).exists()
    back_to_create_form(qtbot, wizard)

    fill_create_form(qtbot, wizard, team_address)  # Anna's team is there already
    message = next_fails(qtbot, wizard, wizard.team_created_page)
    assert "already holds a team vault" in message and "join it with an enrolment code" in message
    back_to_create_form(qtbot, wizard)

    fill_create_form(qtbot, wizard, team_address + "?sslmode=require")  # the test server offers no TLS
    assert "does not offer an encrypted (TLS) connection" in next_fails(qtbot, wizard, wizard.team_created_page)
    back_to_create_form(qtbot, wizard)

    with web_server() as port:  # something listens there, but it is not PostgreSQL
        fill_create_form(qtbot, wizard, f"postgresql://recruitdesk@127.0.0.1:{port}/team")
        assert "cannot be reached. Check the address" in next_fails(qtbot, wizard, wizard.team_created_page)
    assert not (folder / TEAM_FILE).exists()
    back_to_create_form(qtbot, wizard)
    assert wizard.team_folder is None
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # nothing was made: the user may still quit
    assert not wizard.isVisible()


def test_a_folder_holding_a_local_vault_is_never_made_a_team_folder(qtbot, make_wizard, team_address, tmp_path):
    local = tmp_path / "local"
    local.mkdir()
    (local / DATABASE_FILE).write_bytes(b"a local vault")
    wizard = make_wizard(local, MemoryKeychain())
    start_creating(qtbot, wizard, team_address)
    message = next_fails(qtbot, wizard, wizard.team_created_page)
    assert "already holds a vault" in message
    assert (local / DATABASE_FILE).read_bytes() == b"a local vault" and not (local / TEAM_FILE).exists()
    back_to_create_form(qtbot, wizard)
    back(qtbot, wizard)
    wizard.welcome_page.folder_edit.clear()
    qtbot.keyClicks(wizard.welcome_page.folder_edit, str(tmp_path / "team"))
    click_next(qtbot, wizard)
    to_policy_page(qtbot, wizard)
    with qtbot.waitSignal(wizard.team_created_page.succeeded, timeout=30000):
        click_next(qtbot, wizard)  # the form kept what was typed
    assert (tmp_path / "team" / TEAM_FILE).is_file()


@contextmanager
def web_server():
    """A local port answering every connection like a web server; yields the port."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                continue
            with connection:
                connection.settimeout(2)
                try:
                    connection.recv(1024)
                    connection.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def _wait_until_a_password_is_required(address: str) -> None:
    """pg_ctl reload is asynchronous: wait until a login without the password is refused."""
    engine = create_engine(address.replace("postgresql://", "postgresql+psycopg://"))
    deadline = time.monotonic() + 10
    try:
        while time.monotonic() < deadline:
            try:
                with engine.connect():
                    pass
            except Exception:
                return
            engine.dispose()
            time.sleep(0.2)
        raise AssertionError("the server kept accepting a login without the password")
    finally:
        engine.dispose()


@pytest.fixture
def french(qapp):
    from recruitdesk import i18n
    from recruitdesk.gui.shell.translation import install_language, remove_translators

    _language, translators = install_language(qapp, "fr")
    yield
    remove_translators(qapp, translators)
    i18n.set_language("en")


def test_in_french_the_team_paths_and_their_failures_are_in_french(qtbot, french, make_wizard, team_address, clock, tmp_path):
    create_team_vault(tmp_path / "anna", team_address, "Anna Admin", MemoryKeychain(), clock)
    wizard = make_wizard(tmp_path / "bram", MemoryKeychain())
    assert wizard.welcome_page.team_create_choice.text() == "Créer un coffre d'é&quipe sur un serveur"
    assert wizard.welcome_page.team_join_choice.text() == "Re&joindre un coffre d'équipe"
    start_joining(qtbot, wizard, team_address, "AAAAA-BBBBB-CCCCC-DDDDD")
    assert wizard.team_join_page.title() == "Rejoindre un coffre d'équipe"
    message = next_fails(qtbot, wizard, wizard.team_joined_page)
    assert "code d'inscription" in message and "not valid" not in message
    assert wizard.team_joined_page.status_label.text().startswith("Rien n'a été enregistré")
    back(qtbot, wizard)
    assert wizard.currentId() == TEAM_JOIN and not (tmp_path / "bram" / TEAM_FILE).exists()


def test_a_joined_team_opens_in_the_main_window_when_the_wizard_finishes(qtbot, team_address, keychain, keychain_factory, clock,
                                                                         tmp_path):
    from recruitdesk.gui.shell.controller import AppController
    from recruitdesk.services.team_desk import PersonalFields, TeamDesk

    admin_keychain = MemoryKeychain()
    create_team_vault(tmp_path / "anna", team_address, "Anna Admin", admin_keychain, clock)
    desk = TeamDesk.open(tmp_path / "anna", admin_keychain, clock)
    try:
        desk.add(PersonalFields("Sofie Wouters"))
    finally:
        desk.close()
    code = invite_member(tmp_path / "anna", admin_keychain, clock, "Bram Recruiter", Role.RECRUITER).code
    controller = AppController(clock, keychain_factory, interactive=True, tray_available=False)
    try:
        controller.start_first_run(tmp_path / "bram")
        wizard = controller.wizard
        assert wizard is not None
        start_joining(qtbot, wizard, team_address, code)
        with qtbot.waitSignal(wizard.team_joined_page.succeeded, timeout=30000):
            click_next(qtbot, wizard)
        with qtbot.waitSignal(controller.ready, timeout=30000):
            click_finish(qtbot, wizard)
        team = controller.window.team
        assert team is not None and controller.window.isVisible() and team.model.names() == ["Sofie Wouters"]
        assert read_profile(tmp_path / "bram").label == "Bram Recruiter"
    finally:
        controller.shutdown()
        controller.window.deleteLater()
