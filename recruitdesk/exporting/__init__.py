"""Exports that leave the vault: one candidate's data (xlsx, JSON, originals) and the firm's
record of processing activities (GDPR Art. 30). Qt-free; the GUI and the CLI call
``candidate_export.export_candidate`` and ``processing_record.build_processing_record``.
"""
