"""CounterApp: a desktop workstation for inside-sales counters."""

__version__ = "0.1.0"
