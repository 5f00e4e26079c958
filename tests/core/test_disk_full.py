"""A full disk mid-work: a clear sentence, a non-zero exit, and nothing already saved is lost.

The vault lives on a 3 MB tmpfs mounted in a private mount namespace (root only; CI runs as
root), filled up before the write.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = r'''
import json, os, sys, datetime as dt
from pathlib import Path
from recruitdesk import cli
from recruitdesk.clock import ManualClock
from recruitdesk.vault.keychain import MemoryKeychain

folder = Path(sys.argv[1]) / "vault"
keychain, clock = MemoryKeychain(), ManualClock(dt.datetime(2026, 3, 2, 9))
results = {}
results["init"] = cli.main(["vault", "init", "--vault", str(folder)], keychain=keychain, clock=clock)
results["first"] = cli.main(["candidate", "add", "--name", "Saved Before", "--vault", str(folder)], keychain=keychain, clock=clock)
filler = Path(sys.argv[1]) / "filler"
handle = open(filler, "wb", buffering=0)
try:
    while True:
        handle.write(b"\0" * 4096)
except OSError:
    pass
finally:
    try:
        handle.close()
    except OSError:
        pass
sys.stderr.write("---\n")
results["full"] = cli.main(["candidate", "add", "--name", "Written On Full Disk " + "x" * 150, "--vault", str(folder)], keychain=keychain, clock=clock)
filler.unlink()
sys.stderr.write("---\n")
from recruitdesk.services.candidates import candidate_rows
from recruitdesk.services.vault_access import open_vault
with open_vault(folder, keychain, clock) as vault:
    results["after"] = [row.name for row in candidate_rows(vault)]
print("RESULTS " + json.dumps(results))
'''


def test_full_disk_is_reported_and_nothing_is_lost(tmp_path):
    if os.geteuid() != 0:
        if os.environ.get("CI"):
            pytest.fail("CI must run as root to mount the small tmpfs this test needs")
        pytest.skip("needs root to mount a small tmpfs in a private mount namespace")
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    env = dict(os.environ, RECRUITDESK_LANG="en", PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    result = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c",
         'mount -t tmpfs -o size=3m tmpfs "$1" && shift && exec "$@"', "sh", str(mount_point),
         sys.executable, "-c", SCRIPT, str(mount_point)],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert "RESULTS" in result.stdout, result.stderr
    results = json.loads(result.stdout.split("RESULTS ", 1)[1])
    assert results["init"] == 0 and results["first"] == 0
    full_error = result.stderr.split("---\n")[1].strip()
    assert results["full"] == 2
    assert full_error == f"The disk holding {mount_point / 'vault'} is full. Free some space and try again; nothing was lost."
    assert "Traceback" not in result.stderr
    assert results["after"] == ["Saved Before"]
