//! Credentials as git users expect them: SSH keys through the agent or `~/.ssh`, HTTPS
//! through the user's git credential helper. Nothing is ever stored by Datapakt.

use std::path::PathBuf;

use git2::{Cred, CredentialType};

/// What the error says when every credential was refused (recognised by [`super::GitError`]).
pub(super) const REFUSED: &str = "datapakt: every credential was refused";

/// The credentials tried so far for one connection: libgit2 asks again after each refusal,
/// and each ask gets the next candidate until none is left.
#[derive(Default)]
pub(super) struct Attempts {
    asked: usize,
}

impl Attempts {
    /// The next credential for `url` (`user` from the URL) of the `allowed` types.
    pub(super) fn next(
        &mut self,
        url: &str,
        user: Option<&str>,
        allowed: CredentialType,
    ) -> Result<Cred, git2::Error> {
        let round = self.asked;
        self.asked += 1;
        if allowed.contains(CredentialType::USERNAME) {
            return Cred::username(user.unwrap_or("git"));
        }
        if allowed.contains(CredentialType::SSH_KEY) {
            let user = user.unwrap_or("git");
            let agent = std::env::var_os("SSH_AUTH_SOCK").is_some();
            let keys = ssh_keys();
            let round = if agent {
                if round == 0 {
                    return Cred::ssh_key_from_agent(user);
                }
                round - 1
            } else {
                round
            };
            if let Some(key) = keys.get(round) {
                return Cred::ssh_key(user, None, key, None);
            }
        } else if allowed.contains(CredentialType::USER_PASS_PLAINTEXT) && round == 0 {
            if let Ok(config) = git2::Config::open_default() {
                if let Ok(cred) = Cred::credential_helper(&config, url, user) {
                    return Ok(cred);
                }
            }
        } else if allowed.contains(CredentialType::DEFAULT) && round == 0 {
            return Cred::default();
        }
        Err(git2::Error::from_str(REFUSED))
    }
}

/// The private keys in `~/.ssh`, in the order ssh tries them.
fn ssh_keys() -> Vec<PathBuf> {
    let home = std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"));
    let Some(home) = home else { return Vec::new() };
    ["id_ed25519", "id_ecdsa", "id_rsa"]
        .iter()
        .map(|name| PathBuf::from(&home).join(".ssh").join(name))
        .filter(|key| key.is_file())
        .collect()
}
