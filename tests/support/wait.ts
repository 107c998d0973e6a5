/**
 * Waiting by readiness: polls `check` until it returns a value that is not undefined (or false), with a
 * generous bound for a loaded two-core machine; fails with `what` and the last value seen when it runs out.
 */
export async function waitUntil<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  {
    timeoutMs = 120_000,
    intervalMs = 100,
  }: { readonly timeoutMs?: number; readonly intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
