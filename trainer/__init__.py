"""Media-response trainer: practise answering journalists in a crisis."""

__version__ = "0.1.0"
