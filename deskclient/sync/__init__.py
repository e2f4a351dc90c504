"""Sync with the central server: enrollment, the HTTP transport, and the push/pull engine."""
