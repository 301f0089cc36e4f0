import autocannon from 'autocannon';

export interface LoadTarget {
  label: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  /** The exact body every response must have; any other body counts as a mismatch. */
  expectBody: string;
}

export interface LoadFigures {
  label: string;
  durationS: number;
  completed: number;
  /** Responses that were 2xx and had exactly the expected body. */
  ok: number;
  /** Latency of every completed request, in milliseconds (for exact percentiles across runs). */
  latenciesMs: number[];
  /** Server CPU time (user + system) during the run, when the server's CPU time is known. */
  serverCpuMicros?: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
}

/**
 * Loads one target with autocannon for a fixed time, from this process; the servers under test run
 * in their own processes (see start-server-process.ts), so load generator and server do not share
 * an event loop.
 */
export async function measureHttpLoad(target: LoadTarget, connections: number, durationS: number, serverCpuMicros?: () => Promise<number>): Promise<LoadFigures> {
  const cpuBefore = await serverCpuMicros?.();
  const latenciesMs: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: 'POST',
        headers: target.headers,
        body: target.body,
        expectBody: target.expectBody,
        connections,
        pipelining: 1,
        duration: durationS,
        timeout: 10,
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => void latenciesMs.push(responseTime));
  });
  const cpuAfter = await serverCpuMicros?.();
  return {
    label: target.label,
    durationS: result.duration,
    completed: result.requests.total,
    // Every response whose body is not the expected one is a mismatch, whatever its status (a
    // non-2xx body never equals a 200's), so completed - mismatches counts the correct answers.
    ok: result.requests.total - result.mismatches,
    latenciesMs,
    serverCpuMicros: cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatches: result.mismatches,
  };
}
