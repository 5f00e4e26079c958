"""The vault's life cycle seen by the user: first-run wizard, unlock, auto-lock, backup and
restore, and the Preferences dialog.
"""
