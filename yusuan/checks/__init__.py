"""The Great Expectations checkpoint over the marts (run by ``yusuan build`` after dbt)."""
