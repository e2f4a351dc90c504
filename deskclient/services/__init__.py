"""Use cases called by the UI, the command line and tests. No Qt here: outcomes are values or Problems."""
