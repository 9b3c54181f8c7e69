//! Catalog-wide settings, kept in `catalog_meta` beside the catalog's identity, so that they
//! travel with the file.

use rusqlite::{params, OptionalExtension};

use crate::model::{ApiProfile, OdcsVersion};
use crate::store::Result;

use super::{Catalog, SqliteContext};

/// The `catalog_meta` key of the default API profile.
const DEFAULT_API_PROFILE: &str = "default_api_profile";
/// The `catalog_meta` key of the ODCS version contracts are exported in.
const ODCS_VERSION: &str = "odcs_version";

impl Catalog {
    /// The ODCS version contracts are exported in; v3.1.0 until the catalog chooses another.
    pub fn odcs_version(&self) -> Result<OdcsVersion> {
        Ok(self
            .meta_value(ODCS_VERSION)?
            .as_deref()
            .and_then(OdcsVersion::parse)
            .unwrap_or_default())
    }

    /// Makes `version` the ODCS version contracts are exported in.
    pub fn set_odcs_version(&mut self, version: OdcsVersion) -> Result<()> {
        self.set_meta_value(ODCS_VERSION, version.as_str())
    }

    /// The catalog-wide setting `key`, if set.
    fn meta_value(&self, key: &str) -> Result<Option<String>> {
        self.conn
            .query_row(
                "SELECT value FROM catalog_meta WHERE key = ?1",
                [key],
                |r| r.get(0),
            )
            .optional()
            .at(&self.path)
    }

    /// Sets the catalog-wide setting `key` to `value`.
    fn set_meta_value(&mut self, key: &str, value: &str) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO catalog_meta (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )
            .at(&self.path)?;
        Ok(())
    }

    /// The API profile a contract's OpenAPI stub follows when the contract names none; generic
    /// until the catalog chooses another.
    pub fn default_api_profile(&self) -> Result<ApiProfile> {
        Ok(self
            .meta_value(DEFAULT_API_PROFILE)?
            .as_deref()
            .and_then(ApiProfile::parse)
            .unwrap_or_default())
    }

    /// Makes `profile` the catalog's default API profile.
    pub fn set_default_api_profile(&mut self, profile: ApiProfile) -> Result<()> {
        self.set_meta_value(DEFAULT_API_PROFILE, profile.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_api_profile_is_generic_until_chosen_and_kept_in_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.datapakt");
        let mut catalog = Catalog::create(&path).unwrap();
        assert_eq!(catalog.default_api_profile().unwrap(), ApiProfile::Generic);
        catalog.set_default_api_profile(ApiProfile::KsFiks).unwrap();
        catalog.set_default_api_profile(ApiProfile::SeRest).unwrap();
        drop(catalog);
        let reopened = Catalog::open(&path).unwrap();
        assert_eq!(reopened.default_api_profile().unwrap(), ApiProfile::SeRest);
    }
}
