"""spaCy components of the extractor, one module per concern."""
