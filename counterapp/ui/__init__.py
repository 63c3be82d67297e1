"""Qt widgets. Widgets call services and show what they return; they never run SQL."""
