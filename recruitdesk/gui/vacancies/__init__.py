"""Vacancies: the list beside the candidates, a vacancy's board, and the new and filled dialogs."""
