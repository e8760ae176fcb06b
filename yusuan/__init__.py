"""yusuan: the command, the warehouse build (dbt), the checks (Great Expectations).

Extraction (documents -> raw CSVs) is the separate package ``extract``; this package runs it,
then dbt and the checkpoint. ``yusuan.cli`` is the console command.
"""

__version__ = "0.1.0"
