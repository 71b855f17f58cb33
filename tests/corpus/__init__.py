"""Generated evaluation corpora: documents built by scripts, with the truth recorded as they are built."""
