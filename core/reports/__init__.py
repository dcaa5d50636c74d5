"""PDF renderers (reportlab). Each takes plain data and a binary stream; none reads widgets or the database.

Output is deterministic for the same input (``invariant=1`` and a fixed creation date), so tests can
compare documents and extract their text.
"""
