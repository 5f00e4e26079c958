"""Data-subject rights requests: the register in a dock, its dialogs, and the Requests menu.
"""
