"""Exporting one candidate's data: the export dialog and the Export action.
"""
