"""Loaders for the catalogues shipped as data in resources/ (professions, checklist, register templates)."""
