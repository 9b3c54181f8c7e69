//! The display, the WebDriver and app sessions the tests drive. Every process started here is
//! ended when its guard drops, also when a test fails.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

/// One window at a time: the machine has two cores and WebKit is heavy.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// How long to wait for the UI to reach an expected state.
pub const UI_TIMEOUT: Duration = Duration::from_secs(30);

/// A path given by `cargo xtask test` in an environment variable.
pub fn path_from_env(name: &str) -> PathBuf {
    std::env::var_os(name)
        .map(PathBuf::from)
        .filter(|p| p.exists())
        .unwrap_or_else(|| {
            panic!("{name} is not set to an existing file: run these tests with `cargo xtask test`")
        })
}

/// A child process that is killed when dropped, with every process it started: tauri-driver
/// starts WebKitWebDriver, which starts the app, and none of them may outlive the test (an
/// orphan would keep the test's output pipe open and hang whoever reads it).
struct Guarded(Child);

impl Guarded {
    /// Spawns `command` as the leader of a new process group.
    fn spawn(command: &mut Command, what: &str) -> Guarded {
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(command, 0);
        Guarded(
            command
                .spawn()
                .unwrap_or_else(|e| panic!("{what} does not start: {e}")),
        )
    }
}

impl Guarded {
    /// Sends `signal` to the whole process group.
    fn signal_group(&self, signal: &str) {
        #[cfg(unix)]
        let _ = Command::new("kill")
            .args([signal, "--", &format!("-{}", self.0.id())])
            .stderr(Stdio::null())
            .status();
    }
}

impl Drop for Guarded {
    /// Asks the group to end (Xvfb then removes its lock and socket), and kills what is left
    /// after two seconds.
    fn drop(&mut self) {
        self.signal_group("-TERM");
        let deadline = Instant::now() + Duration::from_secs(2);
        while matches!(self.0.try_wait(), Ok(None)) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        self.signal_group("-KILL");
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// An X display, a tauri-driver and the folder the app exports into.
///
/// Fields drop in order: the driver (and the app) first, then the display, and the lock last,
/// so the next test starts only when every process of this one has ended.
pub struct Desktop {
    driver: Guarded,
    _display: Guarded,
    driver_port: u16,
    native_port: u16,
    /// Where the app writes exports (`DATAPAKT_EXPORT_DIR`) instead of asking in a dialog.
    pub export_dir: tempfile::TempDir,
    /// The platform data folder the app sees (`XDG_DATA_HOME`): the default catalog goes
    /// here, never into the real user's.
    pub data_home: tempfile::TempDir,
    /// The platform config folder (`XDG_CONFIG_HOME`): the preferences go here.
    pub config_home: tempfile::TempDir,
    /// The file every native file dialog answers with (`DATAPAKT_DIALOG_FILE`).
    pub dialog_file: PathBuf,
    /// The file whose lines answer the import dialog (`DATAPAKT_IMPORT_LIST`).
    pub import_list: PathBuf,
    _dialog_dir: tempfile::TempDir,
    _lock: MutexGuard<'static, ()>,
}

impl Desktop {
    /// Starts Xvfb on a free display and tauri-driver on free ports.
    pub fn start() -> Desktop {
        let lock = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
        let (display_name, display) = start_xvfb();
        let driver_port = free_port();
        let native_port = free_port();
        let export_dir = tempfile::tempdir().expect("temporary folder");
        let data_home = tempfile::tempdir().expect("temporary folder");
        let config_home = tempfile::tempdir().expect("temporary folder");
        let dialog_dir = tempfile::tempdir().expect("temporary folder");
        let dialog_file = dialog_dir.path().join("chosen.datapakt");
        let import_list = dialog_dir.path().join("import-list.txt");
        let driver = Guarded::spawn(
            Command::new(path_from_env("DATAPAKT_TAURI_DRIVER"))
                .args(["--port", &driver_port.to_string()])
                .args(["--native-port", &native_port.to_string()])
                .env("DISPLAY", &display_name)
                .env("DATAPAKT_EXPORT_DIR", export_dir.path())
                .env("DATAPAKT_OPENED_LOG", export_dir.path().join("opened.log"))
                .env("XDG_DATA_HOME", data_home.path())
                .env("XDG_CONFIG_HOME", config_home.path())
                .env("DATAPAKT_DIALOG_FILE", &dialog_file)
                .env("DATAPAKT_IMPORT_LIST", &import_list)
                .env("LANG", "C.UTF-8")
                .env_remove("LANGUAGE")
                .env_remove("LC_ALL")
                .env_remove("DATAPAKT_CATALOG")
                .stdout(Stdio::null()),
            "tauri-driver",
        );
        let mut desktop = Desktop {
            _lock: lock,
            driver,
            _display: display,
            driver_port,
            native_port,
            export_dir,
            data_home,
            config_home,
            dialog_file,
            import_list,
            _dialog_dir: dialog_dir,
        };
        desktop.wait_for_driver();
        desktop
    }

    /// Waits until tauri-driver and the WebKitWebDriver it starts both accept connections
    /// (tauri-driver forwards the first request without waiting for its native driver).
    fn wait_for_driver(&mut self) {
        let deadline = Instant::now() + UI_TIMEOUT;
        for port in [self.driver_port, self.native_port] {
            while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
                if let Ok(Some(status)) = self.driver.0.try_wait() {
                    panic!("tauri-driver exited early: {status}");
                }
                assert!(
                    Instant::now() < deadline,
                    "no WebDriver on port {port} within {UI_TIMEOUT:?}"
                );
                std::thread::sleep(Duration::from_millis(100));
            }
        }
    }

    /// Launches the app on `catalog` (`None`: the default catalog) and waits until its first
    /// screen has rendered.
    pub async fn launch(&self, catalog: Option<&Path>) -> App {
        let app = path_from_env("DATAPAKT_APP_BIN");
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "tauri:options".into(),
            match catalog {
                Some(catalog) => json!({ "application": app, "args": ["--catalog", catalog] }),
                None => json!({ "application": app }),
            },
        );
        let mut builder = ClientBuilder::rustls().expect("TLS setup");
        builder.capabilities(capabilities);
        let url = format!("http://127.0.0.1:{}", self.driver_port);
        let session = builder.connect(&url);
        let client = tokio::time::timeout(UI_TIMEOUT, session)
            .await
            .unwrap_or_else(|_| panic!("the app did not open within {UI_TIMEOUT:?}"))
            .expect("a WebDriver session with the app");
        let app = App { client };
        app.wait_for("header h1, #catalog-error").await;
        app
    }
}

/// A running app window.
pub struct App {
    /// The WebDriver session.
    pub client: Client,
}

impl App {
    /// The element matching `css`, waiting for it to appear.
    pub async fn wait_for(&self, css: &str) -> Element {
        match self
            .client
            .wait()
            .at_most(UI_TIMEOUT)
            .for_element(Locator::Css(css))
            .await
        {
            Ok(element) => element,
            Err(error) => {
                let shot = self.screenshot("failed-wait").await;
                panic!(
                    "no element {css} within {UI_TIMEOUT:?}: {error} (screenshot {})",
                    shot.display()
                )
            }
        }
    }

    /// The element matching `css`, scrolled to the middle of its scrolling pane first (a
    /// pane's sticky header would cover an element scrolled only to its edge).
    pub async fn revealed(&self, css: &str) -> Element {
        let element = self.wait_for(css).await;
        let _ = self
            .client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });",
                vec![serde_json::to_value(&element).expect("element reference")],
            )
            .await;
        element
    }

    /// Waits until the element matching `css` shows text containing `expected`; returns the text.
    pub async fn wait_for_text(&self, css: &str, expected: &str) -> String {
        let deadline = Instant::now() + UI_TIMEOUT;
        loop {
            let text = match self.client.find(Locator::Css(css)).await {
                Ok(element) => element.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if text.contains(expected) {
                return text;
            }
            if Instant::now() >= deadline {
                let shot = self.screenshot("failed-wait").await;
                panic!(
                    "{css} never showed {expected:?}; last text: {text:?} (screenshot {})",
                    shot.display()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The first element matching `css` whose text contains `text`, waiting for it.
    pub async fn wait_for_element_with_text(&self, css: &str, text: &str) -> (Element, String) {
        let deadline = Instant::now() + UI_TIMEOUT;
        loop {
            for element in self
                .client
                .find_all(Locator::Css(css))
                .await
                .unwrap_or_default()
            {
                let shown = element.text().await.unwrap_or_default();
                if shown.contains(text) {
                    return (element, shown);
                }
            }
            assert!(
                Instant::now() < deadline,
                "no {css} showed {text:?} within {UI_TIMEOUT:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until no element matches `css`.
    pub async fn wait_gone(&self, css: &str) {
        let deadline = Instant::now() + UI_TIMEOUT;
        while !self.all(css).await.is_empty() {
            assert!(
                Instant::now() < deadline,
                "{css} still shown after {UI_TIMEOUT:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Every element matching `css` right now.
    pub async fn all(&self, css: &str) -> Vec<Element> {
        self.client
            .find_all(Locator::Css(css))
            .await
            .expect("find_all")
    }

    /// Clicks the element matching `css`.
    pub async fn click(&self, css: &str) {
        if let Err(error) = self.revealed(css).await.click().await {
            let shot = self.screenshot("failed-click").await;
            panic!("click {css}: {error:?} (screenshot {})", shot.display());
        }
    }

    /// Replaces the text of the input matching `css` with `text`, as typed by a user.
    pub async fn type_into(&self, css: &str, text: &str) {
        let input = self.revealed(css).await;
        input
            .clear()
            .await
            .unwrap_or_else(|e| panic!("clear {css}: {e}"));
        input
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("type into {css}: {e}"));
    }

    /// Sets the value of the input matching `css` to `text` at once (as a paste would) and
    /// tells the app, for text too long to type key by key.
    pub async fn paste_into(&self, css: &str, text: &str) {
        let input = self.wait_for(css).await;
        self.client
            .execute(
                "const [el, text] = arguments; el.value = text; \
                 el.dispatchEvent(new InputEvent('input', { bubbles: true }));",
                vec![
                    serde_json::to_value(&input).expect("element reference"),
                    json!(text),
                ],
            )
            .await
            .unwrap_or_else(|e| panic!("paste into {css}: {e}"));
    }

    /// Sends `keys` (WebDriver key codes allowed, e.g. `"\u{E009}k"` for Ctrl+K) to the
    /// element matching `css`.
    pub async fn keys(&self, css: &str, keys: &str) {
        self.revealed(css)
            .await
            .send_keys(keys)
            .await
            .unwrap_or_else(|e| panic!("keys to {css}: {e}"));
    }

    /// Picks the option with value `value` in the select matching `css`.
    pub async fn select(&self, css: &str, value: &str) {
        self.click(&format!("{css} option[value='{value}']")).await;
    }

    /// Whether the checkbox or element matching `css` is checked / the text of an attribute.
    pub async fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.wait_for(css).await.attr(name).await.ok().flatten()
    }

    /// The current value of the input matching `css`.
    pub async fn value(&self, css: &str) -> String {
        self.wait_for(css)
            .await
            .prop("value")
            .await
            .ok()
            .flatten()
            .unwrap_or_default()
    }

    /// Switches the window's language in the preferences.
    pub async fn switch_language(&self, lang: &str) {
        self.click("#open-preferences").await;
        self.select("#prefs-language", lang).await;
        self.click("#prefs-save").await;
        self.wait_gone("#preferences").await;
    }

    /// Saves a screenshot of the window as `<DATAPAKT_SCREENSHOT_DIR>/<name>.png`.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let dir = std::env::var_os("DATAPAKT_SCREENSHOT_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| {
                PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/e2e-screenshots")
            });
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        let png = self.client.screenshot().await.expect("screenshot");
        assert!(png.starts_with(b"\x89PNG"), "the screenshot is a PNG");
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).expect("screenshot written");
        path
    }

    /// Quits through File → Quit, as a user does (the app closes its catalog as it ends),
    /// then ends the session, whose browser is gone by then.
    pub async fn quit(self) {
        self.click("#file-menu").await;
        // The app may end before WebDriver answers the click.
        let _ = self.revealed("#menu-quit").await.click().await;
        let _ = tokio::time::timeout(UI_TIMEOUT, self.client.close()).await;
    }

    /// Ends the session, which closes the app.
    pub async fn close(self) {
        tokio::time::timeout(UI_TIMEOUT, self.client.close())
            .await
            .unwrap_or_else(|_| panic!("the app did not close within {UI_TIMEOUT:?}"))
            .expect("the session ends");
    }
}

/// Waits until `done` holds (something outside the window, such as a file the app writes
/// as it ends), failing after the usual timeout.
pub async fn wait_until(what: &str, done: impl Fn() -> bool) {
    let deadline = Instant::now() + UI_TIMEOUT;
    while !done() {
        assert!(
            Instant::now() < deadline,
            "{what}: not after {UI_TIMEOUT:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// Starts Xvfb on the first display number nobody uses. Another test run may pick the same
/// number at the same moment: the display is ours only when its lock file names our server,
/// else the next free number is tried.
fn start_xvfb() -> (String, Guarded) {
    let mut from = 90;
    loop {
        let number = (from..400)
            .find(|n| {
                !Path::new(&format!("/tmp/.X{n}-lock")).exists()
                    && !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
            })
            .expect("a free X display number");
        if let Some(started) = try_xvfb(number) {
            return started;
        }
        from = number + 1;
    }
}

/// Xvfb on display `number`, or `None` when another server holds it.
fn try_xvfb(number: u32) -> Option<(String, Guarded)> {
    let name = format!(":{number}");
    let mut guard = Guarded::spawn(
        Command::new("Xvfb")
            .args([&name, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null()),
        "Xvfb (Debian package xvfb; `cargo xtask test` installs it)",
    );
    let socket = PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
    let lock = PathBuf::from(format!("/tmp/.X{number}-lock"));
    let ours = guard.0.id().to_string();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Ok(Some(_)) = guard.0.try_wait() {
            // It could not take the display: someone else has it.
            return None;
        }
        let owner = std::fs::read_to_string(&lock).unwrap_or_default();
        if socket.exists() && !owner.trim().is_empty() {
            return (owner.trim() == ours).then_some((name, guard));
        }
        assert!(Instant::now() < deadline, "Xvfb did not start on {name}");
        std::thread::sleep(Duration::from_millis(50));
    }
}
