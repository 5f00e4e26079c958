"""CV import: extraction in a child process, field detection, sensitive data, duplicates.

The parent process never parses an untrusted file: ``sandbox`` hands each file to
``worker`` (a separate Python process with a wall-clock timeout, a memory cap and an output
cap) and only reads back plain text. Everything after that (``fields``, ``sensitive``,
``duplicates``) works on that text. ``recruitdesk.services.importing`` ties it together.
"""
