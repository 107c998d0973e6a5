import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { S3PhotoStore } from '../../../../src/kernel/photos/s3-photo-store';

/**
 * The S3 photo store's requests, as a stand-in S3 on this machine receives them: the method, the key, the
 * signed headers, and how each answer is read. (The signatures themselves are checked against AWS's
 * published examples in sigv4.test.ts.)
 */
interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

const ID = '0123456789abcdef0123456789abcdef';
let server: Server;
let endpoint = '';
const received: Received[] = [];
let answer: { status: number; headers?: Record<string, string>; body?: string } = { status: 200 };

beforeAll(async () => {
  server = createServer((req, res) => {
    received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    res.writeHead(answer.status, answer.headers ?? {});
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  received.length = 0;
  answer = { status: 200 };
});

const store = () =>
  new S3PhotoStore({
    bucket: 'photos-bucket',
    region: 'eu-west-2',
    endpoint,
    credentials: () =>
      Promise.resolve({ accessKeyId: 'AKIDTEST', secretAccessKey: 'secret', sessionToken: 'session-1' }),
  });

describe('the S3 photo store', () => {
  it('looks an upload up with a signed HEAD and reads its size, type and metadata', async () => {
    answer = {
      status: 200,
      headers: { 'content-length': '2048', 'content-type': 'image/png', 'x-amz-meta-listing': 'listing-1' },
    };

    const upload = await store().findUpload(ID);

    expect(upload).toEqual({ byteSize: 2048, contentType: 'image/png', metadata: { listing: 'listing-1' } });
    const [head] = received;
    expect([head?.method, head?.url]).toEqual(['HEAD', `/photos-bucket/uploads/${ID}`]);
    expect(head?.headers['x-amz-security-token']).toBe('session-1');
    expect(head?.headers['authorization']).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/eu-west-2\/s3\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/,
    );
  });

  it('finds nothing where S3 answers 404, or 403 (a missing key without ListBucket)', async () => {
    answer = { status: 404 };
    expect(await store().findUpload(ID)).toBeNull();
    answer = { status: 403 };
    expect(await store().findUpload(ID)).toBeNull();
  });

  it('keeps an upload by copying it to photos/, and fails retryably when S3 does', async () => {
    await store().keepUpload(ID);
    const [copy] = received;

    expect([copy?.method, copy?.url]).toEqual(['PUT', `/photos-bucket/photos/${ID}`]);
    expect(copy?.headers['x-amz-copy-source']).toBe(`/photos-bucket/uploads/${ID}`);
    expect(copy?.headers['authorization']).toContain('x-amz-copy-source');
    // A copy can fail after S3 has answered 200: the error is in the body.
    answer = { status: 200, body: '<Error><Code>InternalError</Code></Error>' };
    await expect(store().keepUpload(ID)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    answer = { status: 500 };
    await expect(store().findUpload(ID)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('deletes a kept photo, a missing one included', async () => {
    await store().remove(ID);
    answer = { status: 404 };
    await store().remove(ID);

    expect(received.map((request) => [request.method, request.url])).toEqual([
      ['DELETE', `/photos-bucket/photos/${ID}`],
      ['DELETE', `/photos-bucket/photos/${ID}`],
    ]);
  });

  it('shows a kept photo by a presigned GET of photos/<id> for the time asked', async () => {
    const url = new URL(await store().viewUrl(ID, 3600, new Date('2026-11-23T09:00:00Z')));

    expect(url.pathname).toBe(`/photos-bucket/photos/${ID}`);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('3600');
    expect(url.searchParams.get('X-Amz-Date')).toBe('20261123T090000Z');
    expect(url.searchParams.get('X-Amz-Security-Token')).toBe('session-1');
  });

  it('gives a form for uploads/<id> to post to the bucket, with the session token among its fields', async () => {
    const expiresAt = new Date('2026-11-23T09:15:00Z');
    const form = await store().createUploadForm({
      id: ID,
      contentType: 'image/webp',
      maxBytes: 100,
      metadata: { listing: 'listing-1' },
      expiresAt,
      now: new Date('2026-11-23T09:00:00Z'),
    });

    expect(form.url).toBe(`${endpoint}/photos-bucket/`);
    expect(form.expiresAt).toEqual(expiresAt);
    expect(form.fields).toMatchObject({
      key: `uploads/${ID}`,
      'Content-Type': 'image/webp',
      'x-amz-meta-listing': 'listing-1',
      'X-Amz-Security-Token': 'session-1',
    });
    expect(received).toEqual([]);
  });
});
