"""Built-in outlet profiles: one declarative module per outlet, each defining ``PROFILE``."""
