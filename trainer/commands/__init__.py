"""Command-line sub-commands.

Each module here defines ``register(subparsers)`` which adds its sub-command(s) and sets
``func`` on the parser to a callable ``(args) -> int`` (the exit code). Modules are found
automatically, so adding a command never touches another command's file.
"""
