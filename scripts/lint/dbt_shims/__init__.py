"""What sqlfluff's jinja templater needs to render this dbt project as dbt renders it.

`make lint` lints models/, macros/ and tests/ with sqlfluff's jinja templater (`.sqlfluff`:
`apply_dbt_builtins`, this package as `library_path`) instead of the dbt templater, which
starts dbt and parses the whole project first. For the lint to check the SQL dbt runs, every
name below renders exactly the text dbt-duckdb renders: `scripts/lint_render_check.py`
compares the two for every model and data test. Lint only: dbt never reads this package.

sqlfluff puts every public name of this package into each file's template context:

- `ref(name)`: `"yusuan"."<schema>"."<name>"`, the schema from `dbt_project.yml` (`+schema`
  of the model's folder under models/, or of the seeds); "yusuan" is the database dbt names
  after the default warehouse file, `warehouse/yusuan.duckdb`.
- `source(source_name, table_name)`: the source's `external_location` from its sources YAML
  (DuckDB reads the raw CSVs in place), formatted as dbt-duckdb formats it.
- `var(name, default)`: the `vars` of `dbt_project.yml`; `env_var(name, default)` (in a source's
  external_location): its default, as a default run renders it.
- every macro of `macros/` (one name each, as in dbt), with dbt's `return()`;
  `adapter.dispatch(macro_name)` gives the project's `duckdb__<name>`, else `default__<name>`.
- `dbt.concat`, `dbt.length`, `dbt.type_string`, `dbt.safe_cast`, `dbt.hash`: the text of
  dbt's global macros on DuckDB (`a || b`, `length(...)`, `TEXT`, `cast(...)`, `md5(...)`),
  whitespace included.

A name a template uses and neither this package nor sqlfluff's dbt builtins define is an
undefined variable: sqlfluff reports a templating error and the lint fails.

sqlfluff executes this module again for every file it renders, so the work (reading the
project's YAML, compiling the macros) is done once per process and kept in `sys.modules`
under `_STATE`; the module only binds its names.
"""

from __future__ import annotations

import sys as _sys
import types as _types
from pathlib import Path as _Path
from typing import Any as _Any

import jinja2 as _jinja2
import yaml as _yaml
from sqlfluff.core.templaters.jinja import DBTTestExtension as _TestExtension

_STATE = "yusuan_lint_dbt_shims_state"
_ROOT = _Path(__file__).resolve().parents[3]
_DATABASE = "yusuan"
_ENGINE = "duckdb"
_Loader = getattr(_yaml, "CSafeLoader", _yaml.SafeLoader)


class _MacroReturn(Exception):
    """dbt's `return(value)`: ends the macro, which gives `value` instead of its text."""

    def __init__(self, value: _Any) -> None:
        super().__init__()
        self.value = value


def _return(value: _Any) -> None:
    raise _MacroReturn(value)


class _Macro:
    """A project macro, callable from templates; bound to its compiled body once all are loaded."""

    unsafe_callable = False
    alters_data = False

    def __init__(self, name: str) -> None:
        self.name = name
        self.body: _Any = None

    def __call__(self, *args: _Any, **kwargs: _Any) -> _Any:
        try:
            return self.body(*args, **kwargs)
        except _MacroReturn as returned:
            return returned.value


def _load_yaml(path: _Path) -> _Any:
    with open(path, encoding="utf-8") as handle:
        return _yaml.load(handle, Loader=_Loader)


def _build() -> dict[str, _Any]:
    """The template context: names of dbt and the project's macros (see the module docstring)."""
    project = _load_yaml(_ROOT / "dbt_project.yml")
    variables = project.get("vars") or {}

    def var(name: str, default: _Any = None) -> _Any:
        """A project variable (`vars:` of dbt_project.yml), else `default`; KeyError without either."""
        found = variables.get(name, default)
        if found is None:
            raise KeyError(f"dbt var {name!r} is not defined in dbt_project.yml")
        return found

    def env_var(name: str, default: _Any = None) -> _Any:
        """An environment variable as a default run renders it: always ``default`` (the lint renders
        the project's own folders, whatever the shell sets); KeyError without one."""
        if default is None:
            raise KeyError(f"env_var({name!r}) has no default")
        return default

    models_config = project["models"][project["name"]]
    schemas: dict[str, str] = {}
    for path in sorted((_ROOT / "models").rglob("*.sql")):
        folder = path.relative_to(_ROOT / "models").parts[0]
        schemas[path.stem] = models_config[folder]["+schema"]
    seed_schema = project["seeds"][project["name"]]["+schema"]
    for seed_path in project["seed-paths"]:
        for path in sorted((_ROOT / seed_path).rglob("*.csv")):
            schemas[path.stem] = seed_schema

    def ref(name: str) -> str:
        """A model or seed as dbt-duckdb renders it: `"yusuan"."<schema>"."<name>"`."""
        if name not in schemas:
            raise KeyError(f"ref({name!r}): no model or seed of that name")
        return f'"{_DATABASE}"."{schemas[name]}"."{name}"'

    sources: dict[tuple[str, str], str] = {}
    for path in sorted((_ROOT / "models").rglob("*.yml")):
        if "sources:" not in path.read_text(encoding="utf-8"):
            continue
        for declared in (_load_yaml(path) or {}).get("sources") or []:
            meta = (declared.get("config") or {}).get("meta") or declared.get("meta") or {}
            if "external_location" not in meta:
                continue
            location = _jinja2.Template(meta["external_location"]).render(var=var, env_var=env_var)
            for table in declared.get("tables") or []:
                values = {"name": table["name"], "identifier": table["name"], "schema": declared["schema"]}
                sources[(declared["name"], table["name"])] = location.format_map(values)

    def source(source_name: str, table_name: str) -> str:
        """A raw source as dbt-duckdb renders it: its external_location (a read_csv call)."""
        if (source_name, table_name) not in sources:
            raise KeyError(f"source({source_name!r}, {table_name!r}): no source with an external_location")
        return sources[(source_name, table_name)]

    @_jinja2.pass_context
    def dispatch(context: _jinja2.runtime.Context, macro_name: str, macro_namespace: str | None = None) -> _Any:
        """The project's macro dbt dispatches to on DuckDB: `duckdb__<name>`, else `default__<name>`."""
        for prefix in (_ENGINE, "default"):
            candidate = context.resolve_or_missing(f"{prefix}__{macro_name}")
            if candidate is not _jinja2.runtime.missing:
                return candidate
        raise KeyError(f"adapter.dispatch({macro_name!r}): no duckdb__ or default__ macro in macros/")

    dbt = _types.SimpleNamespace(
        concat=lambda fields: " || ".join(str(field) for field in fields),
        length=lambda expression: f"\n\n    length(\n        {expression}\n    )",
        type_string=lambda: "TEXT",
        safe_cast=lambda field, type: f"\n    \n    cast({field} as {type})\n",
        hash=lambda field: f"md5(cast({field} as TEXT))",
    )
    context: dict[str, _Any] = {
        "ref": ref,
        "source": source,
        "var": var,
        "adapter": _types.SimpleNamespace(dispatch=dispatch),
        "dbt": dbt,
        "return": _return,
    }

    # dbt's own environment: jinja with `do`, loop controls and `{% test %}` blocks (generic
    # tests, as sqlfluff reads them); an unknown name is an error.
    environment = _jinja2.Environment(
        extensions=["jinja2.ext.do", "jinja2.ext.loopcontrols", _TestExtension],
        undefined=_jinja2.StrictUndefined,
    )
    macro_files = sorted((_ROOT / "macros").rglob("*.sql"))
    sources_text = {path: path.read_text(encoding="utf-8") for path in macro_files}
    macros: dict[str, _Macro] = {}
    for text in sources_text.values():
        for node in environment.parse(text).find_all(_jinja2.nodes.Macro):
            macros[node.name] = _Macro(node.name)
    context.update(macros)
    for text in sources_text.values():
        module = environment.from_string(text, globals=context).module
        for name in dir(module):
            if name in macros:
                macros[name].body = getattr(module, name)
    return context


_state = _sys.modules.get(_STATE)
if _state is None:
    _state = _types.ModuleType(_STATE)
    _state.context = _build()
    _sys.modules[_STATE] = _state
globals().update(_state.context)
