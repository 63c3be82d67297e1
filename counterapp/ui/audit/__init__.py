"""The audit log viewer (managers): filters and CSV export."""
