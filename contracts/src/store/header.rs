//! Recognising a catalog from its first 100 bytes, without SQLite: an SQLite open can create
//! `-wal`/`-shm` files beside a database, which a refused file must never get.
//!
//! The layout is SQLite's documented database header: the magic string at offset 0, the
//! `user_version` at 60 and the `application_id` at 68, both big-endian 32-bit integers.

use std::io::Read;
use std::path::Path;

use crate::store::{Error, Result};

use super::schema::APPLICATION_ID;

const MAGIC: &[u8; 16] = b"SQLite format 3\0";
const HEADER_LEN: usize = 100;

/// Checks that `path` is a Datapakt catalog this build can open.
pub(super) fn check(path: &Path) -> Result<()> {
    let mut header = [0u8; HEADER_LEN];
    let read = std::fs::File::open(path).and_then(|mut file| file.read_exact(&mut header));
    match read {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::Missing {
                path: path.to_owned(),
            })
        }
        Err(error) if error.kind() == std::io::ErrorKind::UnexpectedEof => {
            return Err(Error::NotSqlite {
                path: path.to_owned(),
            })
        }
        Err(source) => {
            return Err(Error::Read {
                path: path.to_owned(),
                source,
            })
        }
    }
    if &header[..16] != MAGIC {
        return Err(Error::NotSqlite {
            path: path.to_owned(),
        });
    }
    let int_at = |offset: usize| {
        i32::from_be_bytes([
            header[offset],
            header[offset + 1],
            header[offset + 2],
            header[offset + 3],
        ])
    };
    let application_id = int_at(68);
    if application_id != APPLICATION_ID {
        return Err(Error::ForeignDatabase {
            path: path.to_owned(),
            found: application_id,
            expected: APPLICATION_ID,
        });
    }
    super::schema::check_version(path, i64::from(int_at(60)))
}
