//! From YAML text to the JSON value tree the rest of the import (and the export) works on.
//! ODCS documents are JSON-compatible YAML; what has no JSON equivalent is refused with its
//! place in the document.

use serde_json::{Map, Number, Value};
use yaml_serde::Value as Yaml;

use super::error::{OdcsError, Problem};
use super::node::{index_path, key_path};

/// The document in `text`, as a JSON value (`<<` merge keys applied).
pub fn parse(text: &str) -> Result<Value, OdcsError> {
    crate::formats::yaml::limits::check(text)
        .map_err(|exceeded| OdcsError::new("", Problem::YamlLimit(exceeded)))?;
    let mut yaml: Yaml = yaml_serde::from_str(text).map_err(syntax)?;
    yaml.apply_merge().map_err(syntax)?;
    to_json(&yaml, "")
}

/// A syntax error, with its line and column.
fn syntax(error: yaml_serde::Error) -> OdcsError {
    let (line, column) = error.location().map_or((0, 0), |l| (l.line(), l.column()));
    let mut detail = error.to_string();
    if let Some(at) = detail.find(" at line ") {
        detail.truncate(at);
    }
    OdcsError::new(
        "",
        Problem::Yaml {
            line,
            column,
            detail,
        },
    )
}

fn to_json(yaml: &Yaml, at: &str) -> Result<Value, OdcsError> {
    let refuse = |detail: String| Err(OdcsError::new(at, Problem::NotJson { detail }));
    Ok(match yaml {
        Yaml::Null => Value::Null,
        Yaml::Bool(b) => Value::Bool(*b),
        Yaml::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                match n.as_f64().and_then(Number::from_f64) {
                    Some(number) => Value::Number(number),
                    None => return refuse(format!("{n} is not a finite number")),
                }
            }
        }
        Yaml::String(s) => Value::String(s.clone()),
        Yaml::Sequence(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, item)| to_json(item, &index_path(at, i)))
                .collect::<Result<_, _>>()?,
        ),
        Yaml::Mapping(mapping) => {
            let mut map = Map::new();
            for (key, value) in mapping {
                let Yaml::String(key) = key else {
                    return refuse(format!("the key {key:?} is not text"));
                };
                map.insert(key.clone(), to_json(value, &key_path(at, key))?);
            }
            Value::Object(map)
        }
        Yaml::Tagged(tagged) => return refuse(format!("the YAML tag {}", tagged.tag)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_yaml_reads_as_json_and_the_rest_is_refused_with_its_place() {
        let value = parse("a: [1, 2.5, true, ~, text]\nb: {c: '2024-01-01'}\n").unwrap();
        assert_eq!(
            value,
            serde_json::json!({"a": [1, 2.5, true, null, "text"], "b": {"c": "2024-01-01"}})
        );
        let err = parse("a:\n  - !custom x\n").unwrap_err();
        assert_eq!(err.at, "a[0]");
        assert!(matches!(err.problem, Problem::NotJson { .. }));
        let err = parse("a:\n  1: x\n").unwrap_err();
        assert_eq!(err.at, "a");
        let err = parse("a: .nan\n").unwrap_err();
        assert_eq!(err.at, "a");
        let err = parse("a: [1\nb: 2\n").unwrap_err();
        assert!(
            matches!(err.problem, Problem::Yaml { line: 2.., .. }),
            "{err}"
        );
    }
}
