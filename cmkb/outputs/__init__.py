"""Output adapters: the MkDocs site (and its live preview) and the LMS packages."""
