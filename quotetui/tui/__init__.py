"""The review TUI (``quotetui review``): a Textual app over the store."""
