//! A real git server on 127.0.0.1 for the tests: `git daemon` in inetd mode behind a
//! listener the test holds, so the port is never raced for and the server is up before the
//! first request. Stopping it closes the listener and kills every connection in flight.

use std::net::{TcpListener, TcpStream};
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// A running `git daemon` serving the repositories under a folder, pushing allowed.
pub(crate) struct GitServer {
    /// `git://127.0.0.1:PORT/`.
    pub url: String,
    address: std::net::SocketAddr,
    stopping: Arc<AtomicBool>,
    connections: Arc<Mutex<Vec<Child>>>,
    accepting: Option<JoinHandle<()>>,
}

impl GitServer {
    /// Serves the repositories under `base`.
    pub(crate) fn start(base: &Path) -> GitServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let address = listener.local_addr().expect("its address");
        let stopping = Arc::new(AtomicBool::new(false));
        let connections: Arc<Mutex<Vec<Child>>> = Arc::default();
        let base = base.to_owned();
        let accepting = {
            let (stopping, connections) = (stopping.clone(), connections.clone());
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if stopping.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    if let Some(child) = serve(&base, stream) {
                        connections.lock().expect("not poisoned").push(child);
                    }
                }
            })
        };
        GitServer {
            url: format!("git://{address}/"),
            address,
            stopping,
            connections,
            accepting: Some(accepting),
        }
    }

    /// Stops accepting and kills every connection in flight.
    pub(crate) fn stop(&mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.address);
        if let Some(accepting) = self.accepting.take() {
            let _ = accepting.join();
        }
        for mut child in self.connections.lock().expect("not poisoned").drain(..) {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for GitServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// One connection, served by `git daemon --inetd`.
fn serve(base: &PathBuf, stream: TcpStream) -> Option<Child> {
    let input: OwnedFd = stream.try_clone().ok()?.into();
    let output: OwnedFd = stream.into();
    Command::new("git")
        .args(["daemon", "--inetd", "--export-all", "--enable=receive-pack"])
        .arg("--informative-errors")
        .arg(format!("--base-path={}", base.display()))
        .stdin(Stdio::from(input))
        .stdout(Stdio::from(output))
        .stderr(Stdio::null())
        .spawn()
        .ok()
}

/// An empty bare repository `name` under `base`, made by git itself.
pub(crate) fn bare_repository(base: &Path, name: &str) -> PathBuf {
    let path = base.join(name);
    let status = Command::new("git")
        .args(["init", "--quiet", "--bare", "--initial-branch=main"])
        .arg(&path)
        .status()
        .expect("git runs");
    assert!(status.success());
    path
}
