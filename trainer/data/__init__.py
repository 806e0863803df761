"""Package data: word lists and other files the app reads with importlib.resources."""
