// Opt-in timing of build-wide steps: with AFAQ_TIMINGS=1 in the environment, `timed()` logs one line
// per step ("[afaq-timing] related articles: 1234.5 ms for 5000 articles"), which `npm run bench` reads.
// Without it, nothing is logged and the cost is one performance.now() pair.

export type TimingLog = (line: string) => void;

/** Whether AFAQ_TIMINGS asks for timings (set, and not "" or "0"). */
export const timingsEnabled = (): boolean => {
  const value = globalThis.process?.env?.AFAQ_TIMINGS;
  return value !== undefined && value !== '' && value !== '0';
};

/** The line `timed()` logs, and the pattern the benchmark parses it with. */
export function timingLine(label: string, ms: number, detail?: string): string {
  return `[afaq-timing] ${label}: ${ms.toFixed(1)} ms${detail ? ` for ${detail}` : ''}`;
}
export const timingPattern = /^\[afaq-timing\] (.+?): ([\d.]+) ms/m;

/** Runs `fn` and, when timings are on (or a logger is given; null: off), logs how long it took. */
export function timed<T>(
  label: string,
  fn: () => T,
  detail?: string,
  log: TimingLog | null = timingsEnabled() ? console.log : null,
): T {
  if (!log) return fn();
  const started = performance.now();
  const result = fn();
  log(timingLine(label, performance.now() - started, detail));
  return result;
}
