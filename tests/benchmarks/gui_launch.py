"""Start the RecruitDesk window the way ``recruitdesk`` does, optionally on plain SQLite.

    python tests/benchmarks/gui_launch.py [--plain] --smoke-test --vault DIR

Used by run_benchmarks.py to time "start to usable window" for both kinds of vault with the same
launcher (so the only difference is the database). Unlocks with RECRUITDESK_RECOVERY_KEY.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

if __name__ == "__main__":
    arguments = sys.argv[1:]
    if "--plain" in arguments:
        arguments.remove("--plain")
        import plain_sqlite

        plain_sqlite.enable()
    from recruitdesk.cli import main

    sys.exit(main(arguments))
