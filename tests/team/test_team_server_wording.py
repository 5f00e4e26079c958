"""A refused login is recognised in the server's own language, not only in English.

Before a session starts PostgreSQL sends no SQLSTATE the driver keeps, so ``team.faults`` tells a
wrong password or a locked-out login from an unreachable server by the server's words, which are
in the server's language (``lc_messages``). A Belgian firm's server may well speak French. Here:
the words ``faults`` knows are PostgreSQL's own translations (checked against the installed
catalogs), and a real server started with French messages gets "wrong password" and "login locked
out" said as such, where it used to say "cannot be reached, check the address".
"""

from __future__ import annotations

import gettext
import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text

from recruitdesk.errors import TeamServerLoginDisabled, TeamServerLoginRefused, TeamServerUnreachable
from recruitdesk.team import faults
from tests.support import postgres

ENGLISH = {  # the server's messages (src/backend/libpq/auth.c, utils/init/miscinit.c) and what they mean
    'password authentication failed for user "%s"': TeamServerLoginRefused,
    'role "%s" does not exist': TeamServerLoginRefused,
    'role "%s" is not permitted to log in': TeamServerLoginDisabled,
}


def _catalog(language: str) -> gettext.GNUTranslations:
    found = sorted(glob.glob(f"/usr/share/locale/{language}/LC_MESSAGES/postgres-*.mo"))
    if not found:
        postgres.require_or_skip(f"PostgreSQL's {language} server catalog is not installed")
    with open(found[-1], "rb") as catalog:
        return gettext.GNUTranslations(catalog)


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_words_known_are_postgresqls_own_translations(language):
    catalog = _catalog(language)
    for english, meaning in ENGLISH.items():
        translated = catalog.gettext(english)
        assert translated != english, english  # the catalog translates it: the check below means something
        known = faults.DISABLED_TEMPLATES if meaning is TeamServerLoginDisabled else faults.REFUSED_TEMPLATES
        assert translated in known, (language, english, translated)


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_each_refusal_is_said_as_such_in_each_language(language):
    engine = create_engine("postgresql+psycopg://someone@127.0.0.1:5/team")  # never connected: only its address is named
    catalog = _catalog(language) if language != "en" else gettext.NullTranslations()
    for english, meaning in ENGLISH.items():
        message = catalog.gettext(english).replace("%s", "rd_3f2a_anna")
        driver = psycopg.OperationalError(f'connection to server at "127.0.0.1", port 5 failed: FATAL:  {message}\n')
        fault = faults.driver_fault(driver, engine, connected=False)
        assert isinstance(fault, meaning), (language, message, fault)
    unreachable = psycopg.OperationalError('connection to server at "127.0.0.1", port 5 failed: Connection refused')
    assert isinstance(faults.driver_fault(unreachable, engine, connected=False), TeamServerUnreachable)  # the control


@pytest.fixture(scope="module")
def french_server():
    """A real server whose messages are French: fr_FR.UTF-8 compiled into a folder of its own (LOCPATH)."""
    if shutil.which("localedef") is None or not Path("/usr/share/i18n/locales/fr_FR").is_file():
        postgres.require_or_skip("localedef or the fr_FR locale source is missing (Debian package 'locales')")
    locales = Path(tempfile.mkdtemp(prefix="recruitdesk-locale-"))
    try:
        made = subprocess.run(["localedef", "-i", "fr_FR", "-f", "UTF-8", str(locales / "fr_FR.UTF-8")], capture_output=True,
                              timeout=120)
        if not (locales / "fr_FR.UTF-8").is_dir():
            postgres.require_or_skip(f"localedef could not compile fr_FR.UTF-8: {made.stderr.decode(errors='replace')[-400:]}")
        for folder, _subfolders, files in os.walk(locales):  # readable by the server's account
            os.chmod(folder, 0o755)
            for name in files:
                os.chmod(os.path.join(folder, name), 0o644)
        server = postgres.start_server(settings=postgres.TEST_SETTINGS + " -c lc_messages=fr_FR.UTF-8",
                                       environment={**os.environ, "LOCPATH": str(locales)})
        try:
            admin = create_engine(server.url, isolation_level="AUTOCOMMIT")
            with admin.connect() as connection:
                connection.execute(text("CREATE ROLE rd_anna LOGIN PASSWORD 'juste'"))
                connection.execute(text("CREATE ROLE rd_gone NOLOGIN PASSWORD 'juste'"))
            admin.dispose()
            server.require_password_for("rd_anna")
            server.require_password_for("rd_gone")
            yield server
        finally:
            postgres.stop_server(server)
    finally:
        shutil.rmtree(locales, ignore_errors=True)


@faults.translate_faults
def _connect(engine) -> None:
    with engine.connect():
        pass


def _login(server, user: str, password: str):
    return create_engine(server.tcp_url.replace(f"{postgres.USER}@", f"{user}:{password}@"), pool_pre_ping=False)


def test_a_french_speaking_server_refusing_a_password_or_a_locked_out_login_is_said_so(french_server):
    with pytest.raises(psycopg.OperationalError) as raw:
        psycopg.connect(_login(french_server, "rd_anna", "faux").url.render_as_string(hide_password=False)
                        .replace("postgresql+psycopg://", "postgresql://")).close()
    assert "authentification par mot de passe" in str(raw.value)  # the control: the server spoke French

    with pytest.raises(TeamServerLoginRefused):
        _connect(_login(french_server, "rd_anna", "faux"))
    with pytest.raises(TeamServerLoginDisabled):
        _connect(_login(french_server, "rd_gone", "juste"))
    _connect(_login(french_server, "rd_anna", "juste"))  # the right password still opens
