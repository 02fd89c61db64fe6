//! Layers point down: screens -> app layer -> pure core. A core module that reaches up into the
//! screens, the app layer or the command line would make the safety rules depend on a UI.
//! This test reads the source, so a wrong-way import fails the build's tests, not a review.

use std::path::{Path, PathBuf};

/// Core modules and what they must never import.
const CORE: [&str; 10] = [
    "src/teach",
    "src/kiosk",
    "src/log",
    "src/rotation.rs",
    "src/body_map/model.rs",
    "src/content",
    "src/i18n",
    "src/report",
    "src/settings.rs",
    "src/app",
];

fn rust_files(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    let Ok(dir) = std::fs::read_dir(path) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = dir.flatten().flat_map(|e| rust_files(&e.path())).collect();
    files.sort();
    files
}

fn forbidden_for(module: &str) -> &'static [&'static str] {
    if module == "src/app" {
        // The app layer sits below the screens and the command line.
        &["crate::ui", "crate::cli", "egui_kittest"]
    } else {
        &[
            "crate::ui",
            "crate::app",
            "crate::cli",
            "crate::tracker",
            "eframe",
            "egui::",
            "rfd::",
        ]
    }
}

#[test]
fn no_core_module_imports_the_screens_the_app_layer_or_the_command_line() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    let mut wrong = Vec::new();
    for module in CORE {
        for file in rust_files(&root.join(module)) {
            let text = std::fs::read_to_string(&file).expect("source file");
            checked += 1;
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                for f in forbidden_for(module) {
                    if code.contains(f) {
                        wrong.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                    }
                }
            }
        }
    }
    assert!(checked >= 20, "the core modules were found ({checked} files)");
    assert!(wrong.is_empty(), "wrong-way imports:\n{}", wrong.join("\n"));
}

#[test]
fn the_rules_and_the_log_never_import_each_others_upper_layers() {
    // rotation may use the log's model; the log's model must not use rotation (no cycle).
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let model = std::fs::read_to_string(root.join("src/log/model.rs")).expect("model");
    assert!(!model.contains("crate::rotation"), "log::model imports rotation");
    for file in rust_files(&root.join("src/log")) {
        let text = std::fs::read_to_string(&file).expect("file");
        assert!(
            !text.contains("crate::cli"),
            "{} imports the command line",
            file.display()
        );
    }
}
