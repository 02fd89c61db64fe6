//! The injection log: entries and file format, atomic storage, export and import.
pub mod edge;
pub mod export;
pub mod import;
pub mod model;
pub mod store;
