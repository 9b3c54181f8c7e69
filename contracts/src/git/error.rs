//! What can go wrong talking to a team catalogue's remote, said so the user knows what to do.

/// A failure of the engine.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GitError {
    /// The remote refused every credential offered.
    #[error("{url} refused the credentials: check your SSH key (or agent), or your git credential helper's token, and that you may write to the repository")]
    AuthRefused {
        /// The remote.
        url: String,
    },
    /// The remote's host is unknown: its name does not resolve, or its key or certificate is
    /// not trusted.
    #[error("the host of {url} is unknown ({detail}): check the address; for SSH, connect once with `ssh` to trust its host key")]
    HostUnknown {
        /// The remote.
        url: String,
        /// What the system said.
        detail: String,
    },
    /// The remote cannot be reached.
    #[error("{url} cannot be reached ({detail}): check the network; your changes are kept and wait for the next sync")]
    Unreachable {
        /// The remote.
        url: String,
        /// What the system said.
        detail: String,
    },
    /// There is no repository at the address.
    #[error("there is no git repository at {url} ({detail}): check the address (an empty bare repository is needed to publish)")]
    NoRepository {
        /// The remote.
        url: String,
        /// What the system said.
        detail: String,
    },
    /// Anything else git reported.
    #[error("git could not {action}: {detail}")]
    Failed {
        /// What was being done.
        action: &'static str,
        /// What libgit2 said.
        detail: String,
    },
}

impl GitError {
    /// A local failure while doing `action`.
    pub(super) fn failed(action: &'static str, error: git2::Error) -> GitError {
        GitError::Failed {
            action,
            detail: error.message().to_owned(),
        }
    }

    /// A failure talking to the remote at `url`, classified.
    pub(super) fn of(url: &str, error: git2::Error) -> GitError {
        use git2::{ErrorClass, ErrorCode};
        let url = url.to_owned();
        let detail = error.message().to_owned();
        let lower = detail.to_lowercase();
        if error.code() == ErrorCode::Auth
            || lower.contains(&super::credentials::REFUSED.to_lowercase())
            || lower.contains("authentication")
            || lower.contains("401")
            || lower.contains("403")
        {
            GitError::AuthRefused { url }
        } else if error.code() == ErrorCode::Certificate
            || lower.contains("resolve")
            || lower.contains("hostkey")
            || lower.contains("host key")
        {
            GitError::HostUnknown { url, detail }
        } else if lower.contains("could not find repository")
            || lower.contains("no such repository")
            || (lower.contains("unsupported url protocol") && is_local_path(&url))
            || lower.contains("404")
            || lower.contains("not found")
            || lower.contains("does not appear to be a git repository")
        {
            GitError::NoRepository { url, detail }
        } else if matches!(
            error.class(),
            ErrorClass::Net | ErrorClass::Os | ErrorClass::Ssh
        ) || lower.contains("connect")
            || lower.contains("timed out")
            || lower.contains("unexpected eof")
            || lower.contains("early eof")
        {
            GitError::Unreachable { url, detail }
        } else {
            GitError::Failed {
                action: "talk to the remote",
                detail,
            }
        }
    }

    /// The Fluent message of this error and its values.
    pub fn message_key(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            GitError::AuthRefused { url } => ("error-git-auth", vec![("url", url.clone())]),
            GitError::HostUnknown { url, detail } => (
                "error-git-host",
                vec![("url", url.clone()), ("detail", detail.clone())],
            ),
            GitError::Unreachable { url, detail } => (
                "error-git-unreachable",
                vec![("url", url.clone()), ("detail", detail.clone())],
            ),
            GitError::NoRepository { url, detail } => (
                "error-git-no-repository",
                vec![("url", url.clone()), ("detail", detail.clone())],
            ),
            // What was being done stays in the English text only (the translations say
            // where it failed): libgit2's own detail is English anyway.
            GitError::Failed { detail, .. } => {
                ("error-git-failed", vec![("detail", detail.clone())])
            }
        }
    }
}

/// Whether `url` names a folder rather than a remote (no scheme, not `user@host:path`).
fn is_local_path(url: &str) -> bool {
    let scp_like = url
        .split_once(':')
        .is_some_and(|(host, _)| host.len() > 1 && !host.contains('/'));
    !url.contains("://") && !scp_like
}
