//! The desktop files under `packaging/` fit the program: the menu entry and its "Teach a patient"
//! action start the program with options it accepts, the icon's name is the window's app id, and
//! the committed PNGs have the sizes their folders claim. (CI also runs `desktop-file-validate`.)

use std::path::Path;

use clap::Parser;
use kineret_coach::cli::{Cli, Mode};

const APP_ID: &str = "kineret-coach";

fn read(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// The `key=value` lines of one `[group]` of a desktop file.
fn group(desktop: &str, name: &str) -> Vec<(String, String)> {
    let header = format!("[{name}]");
    desktop
        .lines()
        .skip_while(|l| l.trim() != header)
        .skip(1)
        .take_while(|l| !l.starts_with('['))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect()
}

fn value<'a>(entries: &'a [(String, String)], key: &str) -> &'a str {
    entries
        .iter()
        .find(|(k, _)| k == key)
        .map_or_else(|| panic!("no {key}= line"), |(_, v)| v.as_str())
}

fn parse_exec(exec: &str) -> Cli {
    let args: Vec<&str> = exec.split_whitespace().collect();
    assert_eq!(
        args.first(),
        Some(&APP_ID),
        "Exec starts the program by its name: {exec}"
    );
    assert!(!exec.contains('%'), "the program takes no file or URL: {exec}");
    Cli::try_parse_from(args).unwrap_or_else(|e| panic!("{exec}: {e}"))
}

#[test]
fn menu_entry_starts_home_mode_and_names_the_icon_and_window() {
    let desktop = read("packaging/kineret-coach.desktop");
    let main = group(&desktop, "Desktop Entry");
    assert_eq!(value(&main, "Type"), "Application");
    assert_eq!(value(&main, "Icon"), APP_ID);
    assert_eq!(value(&main, "StartupWMClass"), APP_ID);
    assert_eq!(value(&main, "TryExec"), APP_ID);
    let cli = parse_exec(value(&main, "Exec"));
    assert!(
        cli.command.is_none() && cli.mode.is_none(),
        "the menu entry opens the window in home mode"
    );
    // Wayland finds the menu entry (and so the icon) by the window's app id.
    assert!(
        read("src/ui/shell.rs").contains(&format!(".with_app_id(\"{APP_ID}\")")),
        "the window's app id is the desktop file's name"
    );
}

#[test]
fn teach_a_patient_action_opens_teach_mode() {
    let desktop = read("packaging/kineret-coach.desktop");
    let main = group(&desktop, "Desktop Entry");
    assert_eq!(value(&main, "Actions"), "teach;");
    let teach = group(&desktop, "Desktop Action teach");
    assert_eq!(value(&teach, "Name"), "Teach a patient");
    let cli = parse_exec(value(&teach, "Exec"));
    assert_eq!(cli.mode, Some(Mode::Teach));
    assert!(cli.command.is_none());
}

/// Width and height from a PNG's header (the IHDR chunk comes first).
fn png_size(path: &str) -> (u32, u32) {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let bytes = std::fs::read(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()));
    assert!(bytes.len() > 24, "{path} is too short for a PNG");
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{path} is not a PNG");
    assert_eq!(&bytes[12..16], b"IHDR", "{path}");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    (be(&bytes[16..20]), be(&bytes[20..24]))
}

#[test]
fn icons_have_their_sizes() {
    for n in [48, 128, 256] {
        assert_eq!(png_size(&format!("packaging/icons/kineret-coach-{n}.png")), (n, n));
    }
    let svg = read("packaging/icons/kineret-coach.svg");
    assert!(svg.contains("viewBox=\"0 0 256 256\""), "the SVG is square");
    // The window icon is decoded from the embedded 256 px PNG at start-up.
    let png = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/icons/kineret-coach-256.png"))
        .expect("the 256 px icon");
    let icon = eframe::icon_data::from_png_bytes(&png).expect("the icon decodes");
    assert_eq!((icon.width, icon.height, icon.rgba.len()), (256, 256, 256 * 256 * 4));
}

#[test]
fn kiosk_autostart_entry_opens_the_kiosk_with_the_documented_configuration() {
    let desktop = read("packaging/autostart/kineret-coach-kiosk.desktop");
    let main = group(&desktop, "Desktop Entry");
    assert_eq!(value(&main, "NoDisplay"), "true", "not a menu entry");
    let cli = parse_exec(value(&main, "Exec"));
    assert_eq!(cli.mode, Some(Mode::Kiosk));
    assert_eq!(
        cli.kiosk_config.as_deref(),
        Some(Path::new("/etc/kineret-coach/kiosk.ron")),
        "the path the README's kiosk section installs to"
    );
}
