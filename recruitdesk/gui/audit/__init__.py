"""Audit: the Audit window (verify the hash chain, filter, export for the DPO) and the
suppression list view, opened from the Retention menu.
"""
