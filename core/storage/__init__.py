"""Persistence: the SQLCipher connection, migrations, the key file and the repositories (all SQL lives here)."""
