"""The breach wizard's steps, one small widget each (load/store of :class:`BreachAnswers`)."""
