"""The one API the GUI and the CLI call. Neither touches the database or vault files directly."""
