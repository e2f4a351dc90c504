"""deskclient: offline-first desktop client for impact-sourcing delivery centers."""

__version__ = "0.1.0"
