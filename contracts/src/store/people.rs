//! Units, people and the roles they hold on items.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use crate::model::{
    Entity, OrganisationId, Person, PersonDraft, PersonId, Role, RoleAssignment, Unit, UnitId,
};
use crate::store::{Error, Result};

use super::audit::{self, Change};
use super::table::Table;
use super::{bad_value, Catalog, SqliteContext};

fn row_to_person(r: &rusqlite::Row<'_>) -> rusqlite::Result<Person> {
    Ok(Person {
        id: PersonId(r.get(0)?),
        draft: PersonDraft {
            name: r.get(1)?,
            email: r.get(2)?,
            unit: r.get::<_, Option<i64>>(3)?.map(UnitId),
            left_on: r.get(4)?,
        },
    })
}

/// What the audit trail records of a change of roles: the item's title (so the trail can
/// name it) and who holds which role on it.
#[derive(serde::Serialize)]
struct RolesRecord {
    title: String,
    roles: Vec<RoleAssignment>,
}

fn row_to_unit(r: &rusqlite::Row<'_>) -> rusqlite::Result<Unit> {
    Ok(Unit {
        id: UnitId(r.get(0)?),
        organisation: OrganisationId(r.get(1)?),
        name: r.get(2)?,
    })
}

impl Table for PersonDraft {
    fn read(conn: &Connection, path: &Path, id: PersonId) -> Result<Person> {
        conn.query_row(
            "SELECT id, name, email, unit_id, left_on FROM person WHERE id = ?1",
            [id.0],
            row_to_person,
        )
        .optional()
        .at(path)?
        .ok_or(Error::PersonNotFound(id))
    }

    fn write(
        tx: &Connection,
        path: &Path,
        _author: &str,
        id: Option<PersonId>,
        draft: &PersonDraft,
    ) -> Result<PersonId> {
        let unit = draft.unit.map(|u| u.0);
        match id {
            None => {
                tx.execute(
                    "INSERT INTO person (name, email, unit_id, left_on) VALUES (?1, ?2, ?3, ?4)",
                    params![draft.name, draft.email, unit, draft.left_on],
                )
                .at(path)?;
                Ok(PersonId(tx.last_insert_rowid()))
            }
            Some(id) => {
                tx.execute(
                    "UPDATE person SET name = ?1, email = ?2, unit_id = ?3, left_on = ?4
                     WHERE id = ?5",
                    params![draft.name, draft.email, unit, draft.left_on, id.0],
                )
                .at(path)?;
                Ok(id)
            }
        }
    }
}

impl Catalog {
    /// Adds a unit to an organisation (or returns the one of that name).
    pub fn save_unit(&mut self, organisation: OrganisationId, name: &str) -> Result<Unit> {
        self.organisation(organisation)?;
        let name = name.trim().to_owned();
        let id = self.in_transaction(|tx, path| {
            tx.execute(
                "INSERT OR IGNORE INTO unit (organisation_id, name) VALUES (?1, ?2)",
                params![organisation.0, name],
            )
            .at(path)?;
            tx.query_row(
                "SELECT id FROM unit WHERE organisation_id = ?1 AND name = ?2",
                params![organisation.0, name],
                |r| r.get(0),
            )
            .at(path)
        })?;
        Ok(Unit {
            id: UnitId(id),
            organisation,
            name,
        })
    }

    /// Unit `id`, if it exists.
    pub fn unit(&self, id: UnitId) -> Result<Option<Unit>> {
        self.conn
            .query_row(
                "SELECT id, organisation_id, name FROM unit WHERE id = ?1",
                [id.0],
                row_to_unit,
            )
            .optional()
            .at(&self.path)
    }

    /// Every unit, by organisation and name.
    pub fn units(&self) -> Result<Vec<Unit>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, organisation_id, name FROM unit ORDER BY organisation_id, name")
            .at(&self.path)?;
        let rows = stmt.query_map([], row_to_unit).at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// The stored person `id`.
    pub fn person(&self, id: PersonId) -> Result<Person> {
        self.get::<PersonDraft>(id)
    }

    /// Every person, by name.
    pub fn people(&self) -> Result<Vec<Person>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, name, email, unit_id, left_on FROM person ORDER BY name, id")
            .at(&self.path)?;
        let rows = stmt.query_map([], row_to_person).at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// Gives `assignment.person` the role on the item (once; assigning again changes nothing).
    pub fn assign_role(&mut self, assignment: &RoleAssignment) -> Result<()> {
        self.person(assignment.person)?;
        let sql = format!("SELECT 1 FROM {} WHERE id = ?1", assignment.entity.as_str());
        let exists = self
            .conn
            .query_row(&sql, [assignment.item], |_| Ok(()))
            .optional()
            .at(&self.path)?
            .is_some();
        if !exists {
            return Err(Error::ItemNotFound {
                entity: assignment.entity,
                id: assignment.item,
            });
        }
        self.change_roles(assignment, true)
    }

    /// The title or name of item `id` of kind `entity`.
    pub fn item_title(&self, entity: Entity, id: i64) -> Result<String> {
        let column = match entity {
            Entity::Contract | Entity::Request => "title",
            Entity::Agreement => "json_extract(terms, '$.title')",
            Entity::ClassificationScheme => "key",
            Entity::AccessGrant => super::access::TITLE_SQL,
            _ => "name",
        };
        let sql = format!("SELECT {column} FROM {} WHERE id = ?1", entity.as_str());
        self.conn
            .query_row(&sql, [id], |r| r.get(0))
            .optional()
            .at(&self.path)?
            .ok_or(Error::ItemNotFound { entity, id })
    }

    /// Takes the role away (nothing happens when it is not held).
    pub fn unassign_role(&mut self, assignment: &RoleAssignment) -> Result<()> {
        self.change_roles(assignment, false)
    }

    /// Gives (`add`) or takes away one role, recording the item's roles before and after in
    /// the audit trail as a change of the item; a change that changes nothing is not made.
    fn change_roles(&mut self, assignment: &RoleAssignment, add: bool) -> Result<()> {
        let before = self.roles(assignment.entity, Some(assignment.item))?;
        let mut after = before.clone();
        after.retain(|held| held != assignment);
        if add {
            after.push(assignment.clone());
        }
        if after.len() == before.len() {
            return Ok(());
        }
        let title = self.item_title(assignment.entity, assignment.item)?;
        let author = self.author.clone();
        self.in_transaction(|tx, path| {
            let sql = if add {
                "INSERT OR IGNORE INTO role_assignment (role, person_id, entity, item_id)
                 VALUES (?1, ?2, ?3, ?4)"
            } else {
                "DELETE FROM role_assignment
                 WHERE role = ?1 AND person_id = ?2 AND entity = ?3 AND item_id = ?4"
            };
            tx.execute(
                sql,
                params![
                    assignment.role.as_str(),
                    assignment.person.0,
                    assignment.entity.as_str(),
                    assignment.item
                ],
            )
            .at(path)?;
            let before = RolesRecord {
                title: title.clone(),
                roles: before,
            };
            let after = RolesRecord {
                title,
                roles: after,
            };
            let change = Change {
                entity: assignment.entity,
                id: assignment.item,
                before: Some(&before),
                after: Some(&after),
            };
            audit::record(tx, path, &author, change)
        })
    }

    /// Every role held on items of `entity` (all items when `item` is `None`).
    pub fn roles(&self, entity: Entity, item: Option<i64>) -> Result<Vec<RoleAssignment>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT role, person_id, item_id FROM role_assignment
                 WHERE entity = ?1 AND (?2 IS NULL OR item_id = ?2) ORDER BY item_id, role, person_id",
            )
            .at(&self.path)?;
        let rows = stmt
            .query_map(params![entity.as_str(), item], |r| {
                let role: String = r.get(0)?;
                Ok(RoleAssignment {
                    role: Role::parse(&role)
                        .ok_or_else(|| bad_value(0, format!("unknown role {role:?}")))?,
                    person: PersonId(r.get(1)?),
                    entity,
                    item: r.get(2)?,
                })
            })
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// Today's date in UTC as `YYYY-MM-DD`, from SQLite's clock.
    pub fn today(&self) -> Result<String> {
        self.conn
            .query_row("SELECT date('now')", [], |r| r.get(0))
            .at(&self.path)
    }

    /// Ownership roles whose holder has left by `today` with nobody still present holding the
    /// same role on the same item: each needs a successor.
    pub fn ownerships_without_successor(
        &self,
        today: &str,
    ) -> Result<Vec<(RoleAssignment, Person)>> {
        let mut orphaned = Vec::new();
        for entity in [
            Entity::Contract,
            Entity::System,
            Entity::Organisation,
            Entity::InformationSet,
        ] {
            let roles = self.roles(entity, None)?;
            for assignment in roles.iter().filter(|a| a.role.is_ownership()) {
                let holder = self.person(assignment.person)?;
                if !has_left(&holder, today) {
                    continue;
                }
                let successor = roles
                    .iter()
                    .filter(|other| {
                        other.role == assignment.role
                            && other.item == assignment.item
                            && other.person != assignment.person
                    })
                    .try_fold(false, |found, other| -> Result<bool> {
                        Ok(found || !has_left(&self.person(other.person)?, today))
                    })?;
                if !successor {
                    orphaned.push((assignment.clone(), holder));
                }
            }
        }
        Ok(orphaned)
    }
}

fn has_left(person: &Person, today: &str) -> bool {
    person.draft.has_left_by(today)
}
