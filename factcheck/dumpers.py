"""Marshmallow schemas compiled into plain functions that dump as `schema.dump` does, two to three times faster.

A submission dumps every claim of its article with its registry match, and a long article has thousands.
`dumper(schema)` reads the schema's fields once and writes a function with a statement per field: it reads each
attribute and hands the value to the field's own `_serialize` (strings, numbers and booleans pass as they are), so
values are formatted exactly as marshmallow formats them, and only marshmallow's per-value dispatch (accessors,
dotted paths, defaults) is gone; whether an object is read by key or by attribute is asked once per object, not once
per field. Nested schemas, and lists of them, are compiled in turn. The schemas stay the one definition of the JSON
and of its documentation.
"""
import keyword
from collections.abc import Callable

from marshmallow import Schema, fields, missing
from marshmallow.decorators import POST_DUMP, PRE_DUMP
from marshmallow.utils import get_value

# Fields whose `_serialize` returns a value of this type as it is: such values are passed through.
PASSED_THROUGH = {fields.String: str, fields.Boolean: bool, fields.Float: float, fields.Integer: int}


def dumper(schema: Schema) -> Callable[[object], dict]:
    """A function giving `schema.dump(obj)` for one object; ValueError for a schema with dump hooks."""
    if schema._hooks[PRE_DUMP] or schema._hooks[POST_DUMP] or schema.many:
        raise ValueError(f"{type(schema).__name__} has dump hooks or many=True: dump it with marshmallow")
    steps = [_step(field, name) for name, field in schema.dump_fields.items()]
    # One statement per field, written out: a loop over the steps, unpacking each and testing its kind, cost twice
    # as much. So is each field's formatting (`_expression`), which a function of its own per field cost a call per
    # value. The objects they use are the function's globals; keys and paths, strings, are written in as they are.
    namespace = {"missing": missing, "get_value": get_value}
    formats = [_expression(field, "value", f"field_{position}", namespace)
               for position, field in enumerate(schema.dump_fields.values())]
    for position, (_key, _path, default) in enumerate(steps):
        namespace[f"default_{position}"] = default
    source = "\n".join([
        "def dump(obj):",
        "    data = {}",
        # marshmallow reads a key of anything with __getitem__, else an attribute: asked once per object, not per field
        "    if hasattr(obj, '__getitem__'):",
        *(f"        {line}" for position, step in enumerate(steps)
          for line in _statements(position, step, formats[position], by_key=True)),
        "        pass",
        "    else:",
        *(f"        {line}" for position, step in enumerate(steps)
          for line in _statements(position, step, formats[position], by_key=False)),
        "        pass",
        "    return data",
    ])
    exec(compile(source, f"<dumper of {type(schema).__name__}>", "exec"), namespace)  # noqa: S102 — our own source
    return namespace["dump"]


def _statements(position: int, step: tuple, formatted: str, by_key: bool) -> list[str]:
    """The lines that dump one field (`_step`) into `data`, as marshmallow does: the value read (none for a field
    that computes it), else its default; `formatted` (`_expression`); left out if missing."""
    key, path, default = step
    if path is None:  # Function and Method fields compute their value from the object
        lines = ["value = None"]
    elif by_key:
        lines = [f"value = get_value(obj, {path!r})"]
    else:
        # the first name of a dotted path read as an attribute, as marshmallow reads it of an object without
        # __getitem__; the rest by marshmallow's own rules
        first, _dot, rest = path.partition(".")
        lines = _attribute(first) + ([f"value = get_value(value, {rest!r})"] if rest else [])
    if default is not missing:
        lines += ["if value is missing:",
                  f"    value = default_{position}()" if callable(default) else f"    value = default_{position}"]
    # a field's own formatting may give `missing` too (a Function field's function): left out then as well
    return lines + ["if value is not missing:",
                    f"    value = {formatted}",
                    "    if value is not missing:",
                    f"        data[{key!r}] = value"]


def _attribute(name: str) -> list[str]:
    """The lines that read `getattr(obj, name, missing)` into `value`, without a call when `name` can be written."""
    if not name.isidentifier() or keyword.iskeyword(name):
        return [f"value = getattr(obj, {name!r}, missing)"]
    return ["try:", f"    value = obj.{name}", "except AttributeError:", "    value = missing"]


def _step(field: fields.Field, name: str) -> tuple:
    """How `dumper` reads `field`: (key, attribute path or None, dump default)."""
    path = (field.attribute or name) if field._CHECK_ATTRIBUTE else None
    return field.data_key or name, path, field.dump_default


def _expression(field: fields.Field, value: str, name: str, namespace: dict, depth: int = 0) -> str:
    """The source of an expression that turns the variable `value`, read from `obj`, into JSON data as `field` does.
    What it calls is added to `namespace` under names starting with `name`; `depth` tells apart the variables of
    lists within lists."""
    if isinstance(field, fields.Nested):
        namespace[name] = dumper(field.schema)
        item = f"item_{depth}"
        dumped = f"[{name}({item}) for {item} in {value}]" if field.many else f"{name}({value})"
        return f"(None if {value} is None else {dumped})"
    if isinstance(field, fields.List):
        item = f"item_{depth}"
        inner = _expression(field.inner, item, f"{name}_item", namespace, depth + 1)
        return f"(None if {value} is None else [{inner} for {item} in {value}])"
    # `field.name`: a list's items are formatted under the list's name, as marshmallow formats them
    namespace[name] = field._serialize
    serialized = f"{name}({value}, {field.name!r}, obj)"
    native = PASSED_THROUGH.get(type(field))
    if native is None:
        return serialized
    namespace[f"{name}_native"] = native
    return f"({value} if {value}.__class__ is {name}_native else {serialized})"
