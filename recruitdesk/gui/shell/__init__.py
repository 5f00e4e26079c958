"""The shell: starting the app, the controller that owns the vault, the main window that
composes the features, and what every feature shares (background tasks, error messages,
system dialogs, translation).
"""
