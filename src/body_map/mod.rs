//! The body diagram: a model in centimetres (no egui) and its view (egui).
pub mod model;
pub mod view;
