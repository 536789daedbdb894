// Runs a build as a child process and measures it: wall time, and peak memory of its whole process tree
// (Pagefind runs as a child of the build), sampled from /proc (Linux) every 50 ms, together with the
// kernel's high-water mark of each process, which catches peaks shorter than the sampling interval.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const SAMPLE_EVERY_MS = 50;

/** Children of a process, from /proc (Linux). */
function childrenOf(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number),
    );
  } catch {
    return [];
  }
}

/** { rss, hwm } in bytes of one process (0 when it has gone). */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/**
 * Runs `node <args>` in `cwd` and measures it. Resolves (whatever the exit code) to { exitCode, wallMs,
 * peakRss (the larger of peakTree and peakProcess), peakTree (sampled RSS of the tree), peakProcess
 * (largest high-water mark of one process), trace (one row per sample: seconds since start, tree RSS MB,
 * main process RSS MB), output (stdout and stderr, colours stripped) }.
 */
export function measure(args, { cwd, env }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakTree = 0;
    const hwm = new Map();
    const trace = [];
    const sample = () => {
      const pids = [child.pid];
      for (let i = 0; i < pids.length; i++) pids.push(...childrenOf(pids[i]));
      let tree = 0;
      for (const pid of pids) {
        const memory = memoryOf(pid);
        tree += memory.rss;
        if (memory.hwm > (hwm.get(pid) ?? 0)) hwm.set(pid, memory.hwm);
      }
      peakTree = Math.max(peakTree, tree);
      trace.push([
        ((performance.now() - started) / 1000).toFixed(2),
        (tree / 1024 ** 2).toFixed(0),
        (memoryOf(child.pid).rss / 1024 ** 2).toFixed(0),
      ]);
    };
    const timer = setInterval(sample, SAMPLE_EVERY_MS);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const peakProcess = Math.max(...hwm.values(), 0);
      resolve({
        exitCode,
        wallMs,
        peakRss: Math.max(peakTree, peakProcess),
        peakTree,
        peakProcess,
        trace,
        output: output.replace(/\u001b\[[0-9;]*m/g, ''),
      });
    });
  });
}
