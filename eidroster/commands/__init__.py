"""One module per command; each defines ``register(subparsers)``.

Modules are imported when the parser is built: import heavy or Qt modules inside
the command function, never at module level."""
