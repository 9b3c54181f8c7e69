//! Datapakt's user interface: a Yew app compiled to wasm and shown in the Tauri window.
//!
//! It validates input with the `contracts` crate (the same code the backend enforces),
//! translates with its Fluent catalogue, and talks to the backend only through [`services`].

mod components;
mod editors;
mod pages;
mod services;
mod ui;
mod window;

fn main() {
    yew::Renderer::<window::App>::new().render();
}
