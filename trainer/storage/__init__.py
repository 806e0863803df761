"""Storage: the progress database (SQLite by default, PostgreSQL in shared mode).

Start with :func:`trainer.storage.engine.open_database`; repository functions live in
one module per idea (``trainees``, ``sessions``, ``answers``, ``reviews``, ``workshops``,
``history``, ``erasure``) and return plain dataclasses from ``records``, never ORM rows.
See ``docs/storage.md``.
"""
