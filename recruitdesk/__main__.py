"""Allow ``python -m recruitdesk``."""

from recruitdesk.cli import main

raise SystemExit(main())
