"""CV import: the import dialog, its preview models, drag and drop, and the Import action.
"""
