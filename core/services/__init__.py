"""Use cases called by the GUI and the CLI with plain values; they validate, decide, persist."""
