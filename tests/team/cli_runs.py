"""The team command-line tests' shared parts: ``cli.main`` run as a user runs it, and its JSON output.

The fixtures (``run``, and ``members``: an administrator, a recruiter and a DPO, each with a folder and a
keychain of their own) are in ``tests/team/conftest.py``.
"""

from __future__ import annotations

import json


def json_of(result):
    """The command's JSON output; the command must have succeeded (its error output is shown if not)."""
    code, out, err = result
    assert code == 0, err
    return json.loads(out)
