"""Retention: the dashboard, the review decisions (delete, extend, legal hold), the firm's
policy settings, and the daily check with its tray notification.
"""
