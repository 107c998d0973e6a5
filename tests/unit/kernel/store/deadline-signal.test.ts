import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ServiceUnavailableError } from '../../../../src/kernel/domain/errors';
import { CursorCodec } from '../../../../src/kernel/store/cursor';
import { createDocumentClient, createDynamoClient } from '../../../../src/kernel/store/dynamo-client';
import { DeadlineSignal, Table } from '../../../../src/kernel/store/table';

describe('DeadlineSignal', () => {
  it('calls each abort listener once, with onabort, and not those removed or added after', () => {
    const signal = new DeadlineSignal();
    const calls: string[] = [];
    const kept = () => calls.push('kept');
    const removed = () => calls.push('removed');
    signal.addEventListener('abort', kept);
    signal.addEventListener('abort', removed);
    signal.addEventListener('other', () => calls.push('other'));
    signal.removeEventListener('abort', removed);
    signal.onabort = () => calls.push('onabort');

    signal.abort();
    signal.abort();
    signal.addEventListener('abort', () => calls.push('late'));

    expect(calls).toEqual(['onabort', 'kept']);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBeInstanceOf(DOMException);
    expect((signal.reason as DOMException).name).toBe('AbortError');
  });

  it('stops a DynamoDB request in flight at the call deadline: the connection is closed, not left waiting', async () => {
    // A DynamoDB endpoint that never answers: without the abort the SDK would wait for its 15 s request
    // timeout (LOCAL_TIMEOUTS) with the socket open.
    let closedAt: number | null = null;
    const server = createServer((request) => {
      request.socket.on('close', () => (closedAt ??= Date.now()));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = createDynamoClient({ region: 'eu-west-2', endpoint: `http://127.0.0.1:${port}` });
      const table = new Table(createDocumentClient(client), 't', new CursorCodec('x'.repeat(32)), 300);
      const started = Date.now();

      const error: unknown = await table.get({ pk: 'ORG#x', sk: 'ORG' }).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(ServiceUnavailableError);
      expect((error as ServiceUnavailableError).faultCause).toBe('TIMEOUT');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(closedAt).not.toBeNull();
      expect(closedAt! - started).toBeLessThan(1_500);
      client.destroy();
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
