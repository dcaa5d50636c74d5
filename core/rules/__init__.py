"""Pure decision logic: deadlines and other rules, each decision carrying its reasons."""
