//! Datapakt's user interface: a Yew app compiled to wasm and shown in the Tauri window.
//!
//! It validates input with the `contracts` crate (the same code the backend enforces) and
//! talks to the backend only through [`services`].

mod app;
mod components;
mod services;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
