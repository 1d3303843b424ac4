//! toml-anchor <folder> <iterations>: parses every *.toml file under <folder> into a `toml::Value`
//! tree, reading each file from disk, <iterations> times; prints the file and byte counts, how
//! many files the crate rejected, and the fastest and median time of one pass in milliseconds.
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn files(dir: &Path, into: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir).expect("readable folder")
        .map(|e| e.expect("readable entry").path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files(&path, into);
        } else if path.extension().map_or(false, |e| e == "toml") {
            into.push(path);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let folder = Path::new(&args[1]);
    let iterations: usize = args.get(2).map_or(1, |n| n.parse().expect("a number of iterations"));
    let mut paths = Vec::new();
    files(folder, &mut paths);
    let mut times = Vec::new();
    let (mut bytes, mut rejected, mut keys) = (0usize, 0usize, 0usize);
    for _ in 0..iterations {
        let start = Instant::now();
        bytes = 0;
        rejected = 0;
        keys = 0;
        for path in &paths {
            let text = fs::read_to_string(path).expect("readable file");
            bytes += text.len();
            match text.parse::<toml::Value>() {
                Ok(toml::Value::Table(table)) => keys += table.len(),
                Ok(_) => {}
                Err(_) => rejected += 1,
            }
        }
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    let mut sorted = times.clone();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("rust toml 0.5: {} files, {} bytes, {} rejected, {} top-level keys; min {:.1} ms, median {:.1} ms over {} passes",
        paths.len(), bytes, rejected, keys, sorted[0], sorted[sorted.len() / 2], iterations);
}
