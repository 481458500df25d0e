"""Prefect flows and the ``newsetl`` command line. Only composition lives here."""
