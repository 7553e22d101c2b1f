"""copydesk profiles for The Daily Planet; copydesk loads them through the entry point."""
