"""Plain-pytest tests of the panel controllers (no Qt)."""
