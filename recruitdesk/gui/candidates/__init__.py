"""Candidates: the table and its model, the detail pane, the facts, notes and consent dialogs,
the search field, and the Candidate menu.
"""
