import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCloudWatchMetrics } from '../../src/lambda/cloudwatch-metrics';

describe('createCloudWatchMetrics', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('writes one embedded-metric-format line per request answered SERVICE_UNAVAILABLE', () => {
    vi.stubEnv('POWERTOOLS_METRICS_NAMESPACE', 'MashRegister');
    vi.stubEnv('POWERTOOLS_SERVICE_NAME', 'mash-register-test');
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));

    createCloudWatchMetrics().countServiceUnavailable('THROTTLED');

    const emf = lines.map((line) => line.trim()).filter((line) => line.includes('"_aws"'));
    expect(emf).toHaveLength(1);
    const record = JSON.parse(emf[0] ?? '{}') as Record<string, unknown>;
    expect(record).toMatchObject({
      ServiceUnavailable: 1,
      service: 'mash-register-test',
      cause: 'THROTTLED',
    });
    expect(JSON.stringify(record['_aws'])).toContain('"Namespace":"MashRegister"');
  });
});
