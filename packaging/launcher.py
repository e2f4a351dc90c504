"""The frozen app's entry point (PyInstaller starts here): the same ``main`` as the ``deskclient`` command."""

from deskclient.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
