"""The window's team-vault feature: the team window, its setup pages and its members window."""
