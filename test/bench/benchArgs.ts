/**
 * A bench's `--name value` argument from the command line, or `fallback` when not given
 * (`npx tsx test/bench/align.bench.ts --sizes 50,200`).
 */
export function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

/** The middle value of timed runs (the upper middle for an even count), NaN for none. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Median wall-clock and CPU milliseconds of `rounds` runs, after one warm-up run.
 *
 * @param run - the work to time
 * @param rounds - how many timed runs
 * @returns the medians, in milliseconds
 */
export function timeIt(run: () => void, rounds: number): { wall: number; cpu: number } {
  run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    run();
    const used = process.cpuUsage(cpuStarted);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}
