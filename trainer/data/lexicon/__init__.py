"""Per-language word lists for the scorer (vi.json, en.json)."""
