//! Killing the app while it saves: a child process (this test binary, started again with
//! `KC_KILL_CHILD_DIR` set) saves a growing log through the real store, entry after entry, and
//! is killed with SIGKILL at a random moment, hundreds of times. After every kill the log on
//! disk must be exactly the log of a completed save (entries 1..k, byte for byte what the
//! store writes), never half of one; the backup too (an earlier completed save); and the next
//! open must leave no temporary file behind.
//!
//! What a patient would notice if this broke: after a crash, a power cut or a killed window,
//! the app says the log is damaged, or injections are missing from it.
//!
//! Slow (about a minute), so it is ignored by default. CI runs it:
//! `cargo test --test kill_save -- --ignored --nocapture`
//! (`KC_KILL_ROUNDS` and `KC_KILL_SECS` change the bounds: 300 rounds or 90 s, whichever first;
//! `KC_KILL_SEED` repeats a run; `KC_KILL_IN_PLACE=1` makes the child write the log in place,
//! without the store, and the test then passes only if it catches the torn logs).

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use jiff::tz::TimeZone;
use kineret_coach::body_map::model::Zone;
use kineret_coach::log::model::{Entry, GivenBy, LogFile};
use kineret_coach::log::store::{BACKUP_FILE_NAME, LOG_FILE_NAME, Store, TEMP_PREFIX, from_ron_bytes, to_ron};

const CHILD_ENV: &str = "KC_KILL_CHILD_DIR";
/// Self-check: the child writes the log in place instead of through the store, and the test
/// passes only if it catches the torn logs that leaves (proof that it can fail).
const IN_PLACE_ENV: &str = "KC_KILL_IN_PLACE";
/// A fresh folder every this many rounds keeps the log (and each save) small enough for many
/// saves per round.
const ROUNDS_PER_FOLDER: usize = 25;

/// Entry number `n` (1-based), the same in the child and the checker.
fn entry(n: usize) -> Entry {
    let n64 = i64::try_from(n).unwrap_or(0);
    let at = jiff::Timestamp::from_second(1_767_250_800 + n64 * 86_400)
        .expect("time")
        .to_zoned(TimeZone::fixed(jiff::tz::offset(1)));
    let zone = Zone::ALL[n % Zone::ALL.len()];
    Entry {
        id: 0,
        at,
        zone,
        point: zone.centre(),
        dose: "100 mg".into(),
        given_by: GivenBy::SelfInjected,
        reaction: None,
        note: format!("entry {n}, ñ ü"),
        flags: Vec::new(),
    }
}

/// The log after `k` entries were logged.
fn expected(k: usize) -> LogFile {
    let mut log = LogFile::default();
    for n in 1..=k {
        log.add_entry(entry(n));
    }
    log
}

/// The child: takes the folder like the window does, then saves entry after entry, printing
/// `saved N` after each save has returned, until it is killed.
#[test]
#[ignore = "the child of kill_during_saves_never_leaves_a_partial_log; does nothing on its own"]
fn child_saves_until_killed() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let store = Store::new(Path::new(&dir));
    let _lock = store.lock().expect("lock").expect("the folder is free");
    let start = store.load().expect("load").log.entries.len();
    let mut out = std::io::stdout().lock();
    // On a line of its own: the test harness's "test child_saves_until_killed ... " has none.
    writeln!(out, "\nready {start}").expect("stdout");
    out.flush().expect("flush");
    let mut log = expected(start);
    for n in start + 1..start + 10_000 {
        log.add_entry(entry(n));
        if std::env::var_os(IN_PLACE_ENV).is_some() {
            // A writer without the store's temporary file and rename (the test's self-check).
            let text = to_ron(&log).expect("ron");
            let (a, b) = text.as_bytes().split_at(text.len() / 2);
            let mut f = fs::File::create(store.path()).expect("log");
            f.write_all(a)
                .and_then(|()| f.sync_data())
                .and_then(|()| f.write_all(b))
                .expect("write");
        } else {
            store.save(&log).expect("save");
        }
        writeln!(out, "saved {n}").expect("stdout");
        out.flush().expect("flush");
    }
}

/// A small deterministic random number generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1)
    }
}

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn temp_names(dir: &Path) -> Vec<String> {
    names(dir).into_iter().filter(|n| n.starts_with(TEMP_PREFIX)).collect()
}

/// The number of entries of the completed save whose bytes `bytes` are, or why not.
fn completed_save(bytes: &[u8]) -> Result<usize, String> {
    let log = from_ron_bytes(bytes).map_err(|e| format!("does not parse: {e}"))?;
    let k = log.entries.len();
    let want = to_ron(&expected(k)).map_err(|e| e.to_string())?;
    if bytes == want.as_bytes() {
        Ok(k)
    } else {
        Err(format!("parses as {k} entries but is not the log of save {k}"))
    }
}

#[test]
#[ignore = "about a minute: cargo test --test kill_save -- --ignored --nocapture"]
fn kill_during_saves_never_leaves_a_partial_log() {
    let max_rounds = usize::try_from(env_num("KC_KILL_ROUNDS", 300)).unwrap_or(300);
    let max_time = Duration::from_secs(env_num("KC_KILL_SECS", 90));
    let seed = env_num(
        "KC_KILL_SEED",
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| u64::from(d.subsec_nanos()) | 1),
    );
    let mut rng = Rng(seed | 1);
    let exe = std::env::current_exe().expect("test binary");
    let tmp = tempfile::tempdir().expect("dir");
    let started = Instant::now();
    let mut failures: Vec<String> = Vec::new();
    let (mut rounds, mut mid_save, mut saves) = (0usize, 0usize, 0usize);
    let mut dir = tmp.path().join("data-0");
    let mut before = 0;
    while rounds < max_rounds && started.elapsed() < max_time {
        if rounds % ROUNDS_PER_FOLDER == 0 {
            dir = tmp.path().join(format!("data-{rounds}"));
            before = 0;
        }
        rounds += 1;
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "child_saves_until_killed",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the child");
        let stdout = child.stdout.take().expect("stdout");
        let last = Arc::new(AtomicUsize::new(0));
        let ready = Arc::new(AtomicUsize::new(0));
        let count = Arc::new(AtomicUsize::new(0));
        let reader = {
            let (last, ready, count) = (Arc::clone(&last), Arc::clone(&ready), Arc::clone(&count));
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    if let Some(n) = line.strip_prefix("saved ").and_then(|n| n.parse().ok()) {
                        last.store(n, Ordering::SeqCst);
                        count.fetch_add(1, Ordering::SeqCst);
                    } else if let Some(n) = line.split_once("ready ").and_then(|(_, n)| n.parse::<usize>().ok()) {
                        last.store(n, Ordering::SeqCst);
                        ready.store(1, Ordering::SeqCst);
                    }
                }
            })
        };
        // Most kills land among the saves; one in eight while the child starts and opens the log.
        if rng.below(8) != 0 {
            let wait = Instant::now();
            while ready.load(Ordering::SeqCst) == 0 && wait.elapsed() < Duration::from_secs(20) {
                std::thread::sleep(Duration::from_millis(1));
            }
        }
        std::thread::sleep(Duration::from_micros(rng.below(60_000)));
        child.kill().expect("SIGKILL"); // `Child::kill` is SIGKILL on Unix
        let _ = child.wait();
        let _ = reader.join();
        // Entries on disk before this round, or the last save the child reported.
        let printed = last.load(Ordering::SeqCst).max(before);
        saves += count.load(Ordering::SeqCst);

        let mut fail = |why: String| failures.push(format!("round {rounds} (seed {seed}): {why}"));
        if !temp_names(&dir).is_empty() {
            mid_save += 1;
        }
        if names(&dir).iter().any(|n| n.contains("broken")) {
            fail(format!("a file was set aside as damaged: {:?}", names(&dir)));
        }
        // The log: a completed save, at least the last one the child reported.
        let k = match fs::read(dir.join(LOG_FILE_NAME)) {
            Ok(bytes) => match completed_save(&bytes) {
                Ok(k) => k,
                Err(why) => {
                    fail(format!("the log {why}"));
                    continue;
                }
            },
            Err(_) => 0,
        };
        if k < printed || k > printed + 1 {
            fail(format!(
                "the log holds {k} entries; the last completed save had {printed}"
            ));
        }
        // The backup: a completed save, the log's or an earlier one (the backup moves on just
        // before the new log is renamed into place).
        if let Ok(bytes) = fs::read(dir.join(BACKUP_FILE_NAME)) {
            match completed_save(&bytes) {
                Ok(j) if j <= k => {}
                Ok(j) => fail(format!("the backup holds {j} entries, the log {k}")),
                Err(why) => fail(format!("the backup {why}")),
            }
        }
        // The next open (what the window does) removes what the kill left and reads save k.
        let store = Store::new(&dir);
        match store.lock() {
            Ok(Some(_lock)) => match store.load() {
                Ok(loaded) if loaded.notice.is_none() && loaded.log == expected(k) => {}
                Ok(loaded) => fail(format!(
                    "the next open read {} entries, notice {:?}",
                    loaded.log.entries.len(),
                    loaded.notice
                )),
                Err(e) => fail(format!("the next open failed: {e}")),
            },
            other => fail(format!("the folder could not be taken: {other:?}")),
        }
        if !temp_names(&dir).is_empty() {
            fail(format!(
                "temporary files left after the next open: {:?}",
                temp_names(&dir)
            ));
        }
        before = k;
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "kill test: {rounds} rounds in {secs:.1} s (limits {max_rounds} rounds, {} s), {} failures; \
         {mid_save} kills left a temporary file (killed inside a save); {saves} saves completed; seed {seed}",
        max_time.as_secs(),
        failures.len()
    );
    assert!(rounds >= 20, "too few rounds to mean anything: {rounds}");
    if std::env::var_os(IN_PLACE_ENV).is_some() {
        assert!(
            !failures.is_empty(),
            "writing in place was not caught: the test cannot fail"
        );
        println!("self-check: writing the log in place was caught, e.g. {}", failures[0]);
        return;
    }
    assert!(mid_save > 0, "no kill landed inside a save: the test proves nothing");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
