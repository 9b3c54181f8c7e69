//! SQL DDL read as information sets ([`plan`]): each `CREATE TABLE` a set, its columns fields.
//!
//! Types map to the catalog's (`VARCHAR(40)` a text of at most 40 characters, `NUMBER(10)` an
//! integer, `NUMERIC(10,2)` a number, `TIMESTAMP WITH TIME ZONE` a date-time, an array type a
//! list); `NOT NULL` and `PRIMARY KEY` make a field required, `PRIMARY KEY` and `UNIQUE` (on
//! the column or the table) mark it; `CHECK (col IN (…))` gives allowed values; comments
//! (MySQL's `COMMENT '…'`, PostgreSQL's and Oracle's `COMMENT ON TABLE|COLUMN … IS '…'`)
//! become descriptions. The statements a schema dump holds besides (`SET`, indexes, grants,
//! functions) are skipped, even those the parser does not read; one that starts
//! `CREATE [… ] TABLE` and does not parse refuses the file, naming its line.
//!
//! The parser is `sqlparser` (the Apache DataFusion project's), in the dialect the user names.

use std::collections::{BTreeSet, HashMap};

use sqlparser::ast::{
    ColumnDef, ColumnOption, CommentObject, CreateTable, Expr, InTarget, ObjectName, Statement,
    TableConstraint, Value as SqlValue,
};
use sqlparser::dialect::{
    Dialect as SqlDialect, GenericDialect, MsSqlDialect, MySqlDialect, OracleDialect,
    PostgreSqlDialect,
};
use sqlparser::keywords::Keyword;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::Token;

use crate::formats::openapi::read::{Plan, PlannedSet, Renamed, Siblings};
use crate::model::{Constraints, SchemaField, SchemaType};

/// The largest file read, in bytes (a schema of 2,000 tables is about 1 MB).
pub const MAX_BYTES: usize = 32 << 20;
/// Most tables read from one file.
pub const MAX_TABLES: usize = 20_000;

/// The SQL dialect a file is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dialect {
    /// PostgreSQL.
    Postgres,
    /// Microsoft SQL Server (T-SQL).
    MsSql,
    /// MySQL and MariaDB.
    MySql,
    /// Oracle.
    Oracle,
    /// Standard SQL, as most tools write it.
    #[default]
    Generic,
}

impl Dialect {
    /// Every dialect, by its command-line name.
    pub const ALL: [(&'static str, Dialect); 5] = [
        ("postgres", Dialect::Postgres),
        ("mssql", Dialect::MsSql),
        ("mysql", Dialect::MySql),
        ("oracle", Dialect::Oracle),
        ("generic", Dialect::Generic),
    ];

    /// The dialect called `name` (see [`Dialect::ALL`]).
    pub fn parse(name: &str) -> Option<Dialect> {
        Dialect::ALL
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, d)| *d)
    }

    /// Its command-line name.
    pub fn as_str(self) -> &'static str {
        Dialect::ALL
            .iter()
            .find(|(_, d)| *d == self)
            .map_or("generic", |(n, _)| n)
    }

    fn parser(self) -> Box<dyn SqlDialect> {
        match self {
            Dialect::Postgres => Box::new(PostgreSqlDialect {}),
            Dialect::MsSql => Box::new(MsSqlDialect {}),
            Dialect::MySql => Box::new(MySqlDialect {}),
            Dialect::Oracle => Box::new(OracleDialect {}),
            Dialect::Generic => Box::new(GenericDialect {}),
        }
    }
}

/// Why a file cannot be read as SQL DDL; nothing was imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SqlError {
    /// Not text, too large, or not SQL the parser reads.
    #[error("the file is not SQL Datapakt can read in the {dialect} dialect ({detail}): check the dialect (--dialect) and the statement there")]
    Syntax {
        /// The dialect it was read in.
        dialect: &'static str,
        /// What the parser said (with line and column).
        detail: String,
    },
    /// No `CREATE TABLE` with columns at all.
    #[error("the file has no CREATE TABLE statement with columns: export the tables' definitions (e.g. `pg_dump --schema-only`)")]
    NoTable,
    /// More tables than [`MAX_TABLES`].
    #[error("the file has more than {max} tables: split it")]
    TooManyTables {
        /// The limit.
        max: usize,
    },
}

impl SqlError {
    /// The id of the message that explains this error in any language (`error-sql-…`) and
    /// the values it names (besides the file's `path`).
    pub fn message_key(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            SqlError::Syntax { dialect, detail } => (
                "error-sql-syntax",
                vec![
                    ("dialect", (*dialect).to_owned()),
                    ("detail", detail.clone()),
                ],
            ),
            SqlError::NoTable => ("error-sql-no-table", vec![]),
            SqlError::TooManyTables { max } => {
                ("error-sql-too-many-tables", vec![("max", max.to_string())])
            }
        }
    }
}

/// Reads `source` as SQL in `dialect` from a file called `name` and works out an information
/// set per table. Pure; never panics, whatever the input.
pub fn plan(source: &[u8], dialect: Dialect, name: &str) -> Result<Plan, SqlError> {
    let syntax = |detail: String| SqlError::Syntax {
        dialect: dialect.as_str(),
        detail,
    };
    if source.len() > MAX_BYTES {
        return Err(syntax(format!("it has more than {MAX_BYTES} bytes")));
    }
    let text =
        std::str::from_utf8(source).map_err(|e| syntax(format!("it is not UTF-8 text: {e}")))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let statements = statements(text, dialect).map_err(syntax)?;
    let mut tables = Vec::new();
    let mut comments: HashMap<(String, Option<String>), String> = HashMap::new();
    for statement in statements {
        match statement {
            // A table without columns (`CREATE TABLE t AS SELECT …`, `LIKE other`) holds no
            // fields of its own to read.
            Statement::CreateTable(table) if !table.columns.is_empty() => tables.push(table),
            Statement::Comment {
                object_type,
                object_name,
                comment: Some(comment),
                ..
            } => {
                let parts = names(&object_name);
                let key = match (object_type, parts.as_slice()) {
                    (CommentObject::Table, [.., table]) => (table.clone(), None),
                    (CommentObject::Column, [.., table, column]) => {
                        (table.clone(), Some(column.clone()))
                    }
                    _ => continue,
                };
                comments.insert(key, comment);
            }
            _ => {}
        }
    }
    if tables.is_empty() {
        return Err(SqlError::NoTable);
    }
    if tables.len() > MAX_TABLES {
        return Err(SqlError::TooManyTables { max: MAX_TABLES });
    }
    let mut renamed = Vec::new();
    let mut set_names = crate::formats::openapi::read::SetNames::default();
    let sets = tables
        .iter()
        .map(|table| {
            let origin = names(&table.name).join(".");
            let key = names(&table.name).pop().unwrap_or_default();
            PlannedSet {
                name: set_names.claim(&key, &origin, &mut renamed),
                description: comments
                    .get(&(key.clone(), None))
                    .cloned()
                    .or_else(|| table_comment(table))
                    .unwrap_or_default(),
                fields: fields(table, &key, &comments, &origin, &mut renamed),
                origin,
                scheme: None,
            }
        })
        .collect();
    Ok(Plan {
        dialect: dialect.as_str().to_owned(),
        api: name.to_owned(),
        version: String::new(),
        sets,
        renamed,
        simplified: Vec::new(),
    })
}

/// Every statement of `text` Datapakt reads; others are skipped up to their `;`. A
/// `CREATE TABLE` that does not parse is an error.
fn statements(text: &str, dialect: Dialect) -> Result<Vec<Statement>, String> {
    let sql_dialect = dialect.parser();
    let mut parser = Parser::new(sql_dialect.as_ref())
        .try_with_sql(text)
        .map_err(|e| e.to_string())?;
    let mut found = Vec::new();
    loop {
        while parser.peek_token().token == Token::SemiColon {
            parser.next_token();
        }
        let start = parser.peek_token();
        if start.token == Token::EOF {
            return Ok(found);
        }
        let creates_table = is_keyword(&start.token, Keyword::CREATE)
            && parser
                .peek_tokens_with_location::<5>()
                .iter()
                .skip(1)
                .any(|t| is_keyword(&t.token, Keyword::TABLE));
        match parser.parse_statement() {
            Ok(statement) => found.push(statement),
            Err(error) if creates_table => return Err(error.to_string()),
            Err(_) => {
                // Skip what this build does not read, up to the end of the statement.
                while !matches!(parser.peek_token().token, Token::SemiColon | Token::EOF) {
                    parser.next_token();
                }
            }
        }
    }
}

fn is_keyword(token: &Token, keyword: Keyword) -> bool {
    matches!(token, Token::Word(word) if word.keyword == keyword)
}

/// The parts of a (possibly qualified) name, unquoted.
fn names(name: &ObjectName) -> Vec<String> {
    name.0
        .iter()
        .map(|part| match part.as_ident() {
            Some(ident) => ident.value.clone(),
            None => part.to_string(),
        })
        .collect()
}

/// The table's own comment (MySQL's `COMMENT='…'`, in whichever place the dialect keeps it).
fn table_comment(table: &CreateTable) -> Option<String> {
    use sqlparser::ast::{CreateTableOptions, SqlOption};
    if let Some(comment) = &table.comment {
        return Some(comment.to_string());
    }
    let options = match &table.table_options {
        CreateTableOptions::With(o)
        | CreateTableOptions::Options(o)
        | CreateTableOptions::Plain(o)
        | CreateTableOptions::TableProperties(o) => o.as_slice(),
        CreateTableOptions::None => &[],
    };
    options.iter().find_map(|option| match option {
        SqlOption::Comment(comment) => Some(comment.to_string()),
        _ => None,
    })
}

/// The table's columns as fields.
fn fields(
    table: &CreateTable,
    key: &str,
    comments: &HashMap<(String, Option<String>), String>,
    origin: &str,
    renamed: &mut Vec<Renamed>,
) -> Vec<SchemaField> {
    let keys = table_keys(table);
    let mut siblings = Siblings::new(table.columns.iter().map(|c| c.name.value.as_str()));
    table
        .columns
        .iter()
        .map(|column| {
            let name = column.name.value.clone();
            let at = format!("{origin}.{name}");
            let mut field = column_field(column, &keys);
            field.name = siblings.claim(&name, &at, renamed);
            if let Some(comment) = comments.get(&(key.to_owned(), Some(name))) {
                field.description = comment.clone();
            }
            field
        })
        .collect()
}

/// The columns the table's own constraints name: its primary key, the unique ones, and the
/// allowed values its checks list.
#[derive(Default)]
struct Keys {
    primary: BTreeSet<String>,
    unique: BTreeSet<String>,
    allowed: HashMap<String, Vec<String>>,
}

fn table_keys(table: &CreateTable) -> Keys {
    let mut keys = Keys::default();
    let column = |c: &sqlparser::ast::IndexColumn| match &c.column.expr {
        Expr::Identifier(ident) => ident.value.clone(),
        other => other.to_string(),
    };
    for constraint in &table.constraints {
        match constraint {
            TableConstraint::PrimaryKey(key) => {
                keys.primary.extend(key.columns.iter().map(column));
            }
            // A unique key of one column makes that column unique; of several, none alone.
            TableConstraint::Unique(key) if key.columns.len() == 1 => {
                keys.unique.extend(key.columns.iter().map(column));
            }
            TableConstraint::Check(check) => {
                if let Some((name, values)) = listed_values(&check.expr) {
                    keys.allowed.insert(name, values);
                }
            }
            _ => {}
        }
    }
    keys
}

/// `column IN ('a', 'b')`: the column and its allowed values.
fn listed_values(expr: &Expr) -> Option<(String, Vec<String>)> {
    let Expr::In {
        expr,
        target: InTarget::List(list),
        negated: false,
        ..
    } = expr
    else {
        if let Expr::Nested(inner) = expr {
            return listed_values(inner);
        }
        return None;
    };
    let Expr::Identifier(column) = expr.as_ref() else {
        return None;
    };
    let values = list
        .iter()
        .map(|item| match item {
            Expr::Value(value) => match &value.value {
                SqlValue::SingleQuotedString(text) | SqlValue::NationalStringLiteral(text) => {
                    Some(text.clone())
                }
                SqlValue::Number(number, _) => Some(number.clone()),
                _ => None,
            },
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    Some((column.value.clone(), values))
}

/// One column as a field (its name set by the caller).
fn column_field(column: &ColumnDef, keys: &Keys) -> SchemaField {
    let (field_type, format, mut constraints, item) = mapped(&column.data_type.to_string());
    let name = &column.name.value;
    let mut field = SchemaField {
        field_type,
        format,
        ..SchemaField::default()
    };
    constraints.primary_key = keys.primary.contains(name);
    constraints.unique = constraints.primary_key || keys.unique.contains(name);
    field.required = constraints.primary_key;
    for option in &column.options {
        match &option.option {
            ColumnOption::NotNull => field.required = true,
            ColumnOption::PrimaryKey(_) => {
                constraints.primary_key = true;
                constraints.unique = true;
                field.required = true;
            }
            ColumnOption::Unique(_) => constraints.unique = true,
            ColumnOption::Comment(comment) => field.description = comment.clone(),
            ColumnOption::Check(check) => {
                if let Some((_, values)) = listed_values(&check.expr) {
                    field.enum_values = values;
                }
            }
            _ => {}
        }
    }
    if let Some(values) = keys.allowed.get(name) {
        field.enum_values = values.clone();
    }
    field.constraints = constraints;
    if let Some(item) = item {
        field.children = vec![SchemaField {
            name: "item".into(),
            required: true,
            ..item
        }];
    }
    field
}

/// A column type (as SQL writes it, any dialect) as the catalog's: the type, a format, the
/// limits it implies and, for an array, its item.
fn mapped(sql_type: &str) -> (SchemaType, Option<String>, Constraints, Option<SchemaField>) {
    let upper = sql_type.trim().to_uppercase();
    if let Some(element) = upper.strip_suffix("[]") {
        let (field_type, format, constraints, _) = mapped(element);
        let item = SchemaField {
            field_type,
            format,
            constraints,
            ..SchemaField::default()
        };
        return (SchemaType::Array, None, Constraints::default(), Some(item));
    }
    let (base, args) = match upper.split_once('(') {
        Some((base, rest)) => (
            base.trim(),
            rest.trim_end_matches(')')
                .split(',')
                .map(|a| a.trim().parse::<u64>().ok())
                .collect::<Vec<_>>(),
        ),
        None => (upper.as_str(), Vec::new()),
    };
    let first = args.first().copied().flatten();
    let scale = args.get(1).copied().flatten();
    let text = |format: Option<&str>, max_length: Option<u64>| {
        let limits = Constraints {
            max_length,
            ..Constraints::default()
        };
        (SchemaType::String, format.map(str::to_owned), limits, None)
    };
    let plain = |field_type| (field_type, None, Constraints::default(), None);
    let word = base.split_whitespace().next().unwrap_or_default();
    match word {
        "CHAR" | "CHARACTER" | "VARCHAR" | "VARCHAR2" | "NCHAR" | "NVARCHAR" | "NVARCHAR2"
        | "VARYING" | "STRING" => text(None, first),
        "UUID" | "UNIQUEIDENTIFIER" => text(Some("uuid"), None),
        "TIME" => text(Some("time"), None),
        "INT" | "INTEGER" | "BIGINT" | "SMALLINT" | "TINYINT" | "MEDIUMINT" | "INT2" | "INT4"
        | "INT8" | "SERIAL" | "BIGSERIAL" | "SMALLSERIAL" => plain(SchemaType::Integer),
        "NUMBER" | "NUMERIC" | "DECIMAL" | "DEC" if first.is_some() && scale.unwrap_or(0) == 0 => {
            plain(SchemaType::Integer)
        }
        "NUMBER" | "NUMERIC" | "DECIMAL" | "DEC" | "FLOAT" | "REAL" | "DOUBLE" | "FLOAT4"
        | "FLOAT8" | "MONEY" | "SMALLMONEY" => plain(SchemaType::Number),
        "BOOLEAN" | "BOOL" | "BIT" => plain(SchemaType::Boolean),
        "DATE" => plain(SchemaType::Date),
        "TIMESTAMP" | "TIMESTAMPTZ" | "DATETIME" | "DATETIME2" | "SMALLDATETIME"
        | "DATETIMEOFFSET" => plain(SchemaType::DateTime),
        "BYTEA" | "BLOB" | "BINARY" | "VARBINARY" | "RAW" | "IMAGE" => text(Some("byte"), None),
        // Text of any length, JSON, XML and the types only one product knows: text.
        _ => text(None, None),
    }
}

#[cfg(test)]
mod tests;
