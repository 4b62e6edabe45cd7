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
