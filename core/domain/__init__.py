"""Domain objects: frozen dataclasses, enums and validators. No SQL, no I/O."""
