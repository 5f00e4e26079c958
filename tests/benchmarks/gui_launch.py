"""Start the RecruitDesk window the way ``recruitdesk`` does, optionally on plain SQLite.

    python tests/benchmarks/gui_launch.py [--plain] --smoke-test --vault DIR

Used by run_benchmarks.py to time "start to usable window" for both kinds of vault with the same
launcher (so the only difference is the database). Unlocks with RECRUITDESK_RECOVERY_KEY.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
CPU_LINE = "cpu seconds at ready: "

if __name__ == "__main__":
    arguments = sys.argv[1:]
    if "--plain" in arguments:
        arguments.remove("--plain")
        import plain_sqlite

        plain_sqlite.enable()
    import time

    from recruitdesk.cli import main
    from recruitdesk.gui.shell import app as gui_app

    smoke_test_ready = gui_app._smoke_test_ready

    def ready_with_cpu_time(application, count):  # noqa: ANN001
        """The CPU time of every thread until the window was ready: on a busy machine a steadier
        figure than the wall clock, which also counts the waits for a core."""
        print(f"{CPU_LINE}{time.process_time():.3f}", flush=True)
        smoke_test_ready(application, count)

    gui_app._smoke_test_ready = ready_with_cpu_time
    sys.exit(main(arguments))
