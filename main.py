"""Starts Complaint Simulator: the app with no arguments, a command otherwise (see README)."""

from simulator.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
