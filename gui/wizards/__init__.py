"""Wizards: pages collect a request; acceptance commits once."""
