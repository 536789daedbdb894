// Runs a build as a child process and measures it: wall time, CPU time of its whole process tree (the
// post-build worker and Pagefind's indexer are children of the build), and peak memory of the tree,
// sampled from /proc (Linux) every 50 ms, together with the kernel's high-water mark of each process,
// which catches peaks shorter than the sampling interval. CPU time is what a busy machine changes
// least: other people's work slows the wall clock, not the CPU seconds a build needs.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';

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

/** CPU seconds of this process's waited-for descendants (/proc/self/stat cutime + cstime). */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 (cutime, cstime) in clock ticks of 1/100 s; `fields` starts at field 3.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

/**
 * Runs `node <args>` in `cwd` and measures it. Resolves (whatever the exit code) to { exitCode, wallMs,
 * peakRss (the larger of peakTree and peakProcess), peakTree (sampled RSS of the tree), peakProcess
 * (largest high-water mark of one process), cpuMs (user + system time of the tree), load (the
 * 1-minute load average when it started), trace (one row per sample: seconds since start, tree RSS MB,
 * main process RSS MB), output (stdout and stderr, colours stripped) }.
 */
export function measure(args, { cwd, env }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = childrenCpuMs();
    const load = os.loadavg()[0];
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
        cpuMs: childrenCpuMs() - cpuBefore,
        load,
        peakRss: Math.max(peakTree, peakProcess),
        peakTree,
        peakProcess,
        trace,
        output: output.replace(/\u001b\[[0-9;]*m/g, ''),
      });
    });
  });
}
