import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCloudWatchMetrics } from '../../src/lambda/cloudwatch-metrics';

describe('createCloudWatchMetrics', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  function capture(): string[] {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    return lines;
  }

  it('writes one embedded-metric-format line per request answered SERVICE_UNAVAILABLE', () => {
    vi.stubEnv('POWERTOOLS_METRICS_NAMESPACE', 'MashRegister');
    vi.stubEnv('POWERTOOLS_SERVICE_NAME', 'mash-register-test');
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    const lines = capture();

    createCloudWatchMetrics().countServiceUnavailable('THROTTLED');

    const emf = lines.filter((line) => line.includes('"_aws"'));
    expect(emf).toHaveLength(1);
    expect(emf[0]?.endsWith('}\n')).toBe(true);
    const record = JSON.parse(emf[0] ?? '{}') as Record<string, unknown>;
    expect(record).toMatchObject({
      ServiceUnavailable: 1,
      service: 'mash-register-test',
      cause: 'THROTTLED',
    });
    // The specification's shape: the metric is declared under _aws with its namespace and dimension set.
    expect(record['_aws']).toEqual({
      Timestamp: expect.any(Number) as number,
      CloudWatchMetrics: [
        {
          Namespace: 'MashRegister',
          Dimensions: [['service']],
          Metrics: [{ Name: 'ServiceUnavailable', Unit: 'Count' }],
        },
      ],
    });
  });

  it('writes nothing when metrics are disabled', () => {
    const lines = capture();

    createCloudWatchMetrics({ POWERTOOLS_METRICS_DISABLED: 'true' }).countServiceUnavailable('THROTTLED');

    expect(lines).toEqual([]);
  });
});
