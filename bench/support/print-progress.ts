/**
 * Benchmarks talk on two channels: progress for people on stderr, and exactly one JSON line, the
 * result, on stdout (the last line a script reads).
 */
const started = Date.now();

export function printProgress(message: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench +${seconds}s] ${message}\n`);
}

export function printResult(result: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
