"""Pure domain layer: scenario model, principles, scoring, text handling.

Imports only the standard library (never Qt or SQLAlchemy); a test enforces it.
"""
