"""Entry script of the frozen bundle (PyInstaller): the same ``main`` as ``python -m eidroster``."""

from eidroster.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
