"""Vigie's Qt layer: screens over the core services. No SQL and no business rules here."""
