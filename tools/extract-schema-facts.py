#!/usr/bin/env python3
"""Extract a compact, test-friendly summary ("facts") of Komodo's sync TOML JSON Schema.

One-off tool, kept in the repository only so that
komodo-sync-model/src/test/resources/schema-facts.json can be reproduced exactly:

    python3 tools/extract-schema-facts.py ../shared/spec/komodo-resources.schema.json \
        > komodo-sync-model/src/test/resources/schema-facts.json

Reads the schema named by argv[1] (Python 3.11, stdlib only) and writes JSON to stdout
(sorted keys, 2-space indent, trailing newline) with:

* kinds          top-level TOML key -> item definition and config definition;
* types          every definition, reduced to one of the shapes
                 object {properties, required} | enum {values} |
                 union {tag, content, variants} | other {schema};
* executions     the sorted names of all Execution variants;
* reference_only fields that Komodo v2.3.2 has but this (slightly older) schema lacks,
                 taken from the behaviour reference; see REFERENCE_ONLY below.

Property descriptions: "types" lists JSON types, including the JSON type of a referenced
definition (object for objects and unions, string for enums); "ref" names the referenced
definition ("#/definitions/" and the broken "#/$defs/" prefix are both stripped); "items"
is the item JSON type or definition name; "enum", "const", "default", "format", "minimum",
"maximum", "uniqueItems", "writeOnly" are copied; "additionalProperties" is reduced like
"items"; an inline object property gets nested "properties". Descriptions are dropped.
"""

import json
import sys

# --- Reference-only additions -------------------------------------------------------------
# Fields present in Komodo v2.3.2 (shared/spec/komodo-sync-behaviour.md) but absent from the
# schema. Listed here, not merged into "types", so "types" stays a faithful copy of the schema.
BATCH_EXECUTIONS = [
    "BatchBuildRepo", "BatchCloneRepo", "BatchDeploy", "BatchDeployStack",
    "BatchDeployStackIfChanged", "BatchDestroyDeployment", "BatchDestroyStack",
    "BatchPullRepo", "BatchPullStack", "BatchRunAction", "BatchRunBuild", "BatchRunProcedure",
]
REFERENCE_ONLY = [
    {"type": "PartialDeploymentConfig", "property": "custom_name",
     "types": ["string", "null"], "default": "",
     "note": "v2.3.2 field absent from schema, behaviour §2.3"},
] + [
    {"type": name, "property": "tags", "types": ["array"], "items": "string", "default": [],
     "note": "v2.3.2 Batch* param absent from schema, behaviour §7.2 and §8.3"}
    for name in BATCH_EXECUTIONS
]
# -------------------------------------------------------------------------------------------

SOURCE = "komodo-resources.schema.json (Komodo, regenerated shortly before v2.3.2)"
COPIED = ("enum", "const", "default", "format", "minimum", "maximum", "uniqueItems", "writeOnly")
KNOWN = set(COPIED) | {"$ref", "type", "items", "anyOf", "allOf", "additionalProperties",
                       "properties", "required", "description"}


def ref_name(ref):
    for prefix in ("#/definitions/", "#/$defs/"):
        if ref.startswith(prefix):
            return ref[len(prefix):]
    raise ValueError(f"unexpected $ref {ref}")


def json_type_of_definition(schema):
    if "type" in schema:
        return schema["type"]
    if all("const" in v and v.get("type") == "string" for v in schema.get("oneOf", [])):
        return "string"
    return "object"


def describe_property(prop, definitions):
    unknown = set(prop) - KNOWN
    if unknown:
        raise ValueError(f"unhandled keywords {sorted(unknown)} in {prop}")
    out = {"types": []}

    def add_type(t):
        for one in t if isinstance(t, list) else [t]:
            if one not in out["types"]:
                out["types"].append(one)

    for part in [prop] + prop.get("anyOf", []) + prop.get("allOf", []):
        if "$ref" in part:
            if "ref" in out:
                raise ValueError(f"more than one $ref in {prop}")
            out["ref"] = ref_name(part["$ref"])
            add_type(json_type_of_definition(definitions[out["ref"]]))
        if "type" in part:
            add_type(part["type"])
    for key in ("items", "additionalProperties"):
        if key in prop:
            value = prop[key]
            out[key] = value if isinstance(value, bool) else (
                ref_name(value["$ref"]) if "$ref" in value else value["type"])
    if "properties" in prop:
        out["properties"] = {name: describe_property(p, definitions)
                             for name, p in prop["properties"].items()}
    for key in COPIED:
        if key in prop:
            out[key] = prop[key]
    return out


def describe_object(schema, definitions):
    return {"shape": "object",
            "properties": {name: describe_property(p, definitions)
                           for name, p in schema.get("properties", {}).items()},
            "required": schema.get("required", [])}


def describe_union(variants, definitions):
    """Adjacently tagged union: each variant is {type: {const: X}, <content>: ...}."""
    contents = {frozenset(v["properties"]) - {"type"} for v in variants}
    if len(contents) != 1 or len(next(iter(contents))) != 1:
        return None
    (content,) = next(iter(contents))
    result = {"shape": "union", "tag": "type", "content": content, "variants": {}}
    for v in variants:
        body = v["properties"][content]
        if set(body) == {"$ref"}:
            described = ref_name(body["$ref"])
        elif body.get("type") == "object":
            described = describe_object(body, definitions)
        else:
            described = describe_property(body, definitions)
        result["variants"][v["properties"]["type"]["const"]] = described
    return result


def describe_definition(schema, definitions):
    if "enum" in schema:
        return {"shape": "enum", "values": schema["enum"]}
    variants = schema.get("oneOf")
    if variants and all("const" in v for v in variants):
        return {"shape": "enum", "values": [v["const"] for v in variants]}
    if variants and all("const" in v.get("properties", {}).get("type", {}) for v in variants):
        union = describe_union(variants, definitions)
        if union:
            return union
    if schema.get("type") == "object":
        return describe_object(schema, definitions)
    return {"shape": "other", "schema": schema}


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    definitions = schema["definitions"]
    kinds = {}
    for kind, prop in schema["properties"].items():
        item = ref_name(prop["items"]["$ref"])
        config = definitions[item]["properties"].get("config")
        kinds[kind] = {"item": item,
                       "config": describe_property(config, definitions)["ref"] if config else None}
    types = {name: describe_definition(s, definitions) for name, s in definitions.items()}
    executions = sorted(types["Execution"]["variants"])
    facts = {"source": SOURCE, "kinds": kinds, "types": types,
             "executions": executions, "reference_only": REFERENCE_ONLY}
    sys.stdout.write(json.dumps(facts, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
