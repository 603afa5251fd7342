"""Front ends: each cuts one kind of page into blocks (plus any extra evidence)."""
