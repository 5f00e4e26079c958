"""RecruitDesk: an offline, encrypted candidate vault with GDPR retention countdowns.

Everything in this package except ``recruitdesk.gui`` is Qt-free, so the CLI, scheduled
checks and tests can use the whole domain without a display (the Anki split).
"""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("recruitdesk")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
