"""Services: what the window and the command line do, with no Qt in them.

They take and return plain frozen dataclasses or simple values."""
