"""Widgets and helpers shared by the panels."""
