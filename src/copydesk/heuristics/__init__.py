"""Field rules: one module per field, each exporting its rule tuples for the engine."""
