import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { findFreePort } from '../../src/local/dynamodb-local';
import { loadOrCreateSigningKey, signLocalToken } from '../../src/local/signing-key';
import { startLocalStack } from '../../src/local/start-local-stack';
import type { LocalStack } from '../../src/local/start-local-stack';
import {
  ATTACH_PHOTO,
  LISTING_PHOTOS,
  createListing,
  jpegBytes,
  listingInput,
  requestPhotoUpload,
  surplusRegister,
  uploadRequest,
} from '../support/surplus-fixtures';
import type { Photo } from '../support/surplus-fixtures';
import type { Caller, GraphQLResult, TestApp } from '../support/test-app';

/**
 * A photo uploaded end to end against the local server (`npm start`'s stack, here in this process over the
 * run's DynamoDB Local): the form from GraphQL, the browser's multipart POST to the server's upload path,
 * the attach, and the photo fetched by its link; an oversized and a wrong-type file are refused by the
 * server as S3 refuses them. Everything goes over HTTP, as a browser's requests would.
 */
let stack: LocalStack;
let dataDir: string;
let origin = '';
let client: TestApp;
let register: Awaited<ReturnType<typeof surplusRegister>>;
const newListing = () =>
  createListing(client, register.officer, listingInput(register.library.id, register.council.id));

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'mash-local-photos-'));
  const port = await findFreePort();
  stack = await startLocalStack({
    port,
    dynamoDbPort: await findFreePort(),
    dataDir,
    inMemory: true,
    env: {
      DYNAMODB_ENDPOINT: inject('dynamoEndpoint'),
      TABLE_NAME: `test-${randomUUID()}`,
      INTROSPECTION: 'false',
      LOG_FORMAT: 'off',
    },
  });
  origin = `http://localhost:${port}`;
  const key = loadOrCreateSigningKey(dataDir);
  const run = async (
    query: string,
    variables: Record<string, unknown> = {},
    caller: Caller | null = null,
  ): Promise<GraphQLResult> => {
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(caller ? { authorization: `Bearer ${signLocalToken(key, { userId: caller.userId })}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Pick<GraphQLResult, 'data' | 'errors'>;
    return { data: body.data, errors: body.errors };
  };
  // The fixtures build the register with `ok` alone; here it is answered over HTTP by the local server.
  client = {
    run,
    async ok<T>(query: string, variables?: Record<string, unknown>, caller?: Caller | null) {
      const result = await run(query, variables, caller);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data as T;
    },
  } as unknown as TestApp;
  register = await surplusRegister(client, 0);
});

afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a photo on the local server', () => {
  it('is uploaded from the browser form, attached, stored under the data folder and served by its link', async () => {
    const { officer } = register;
    const listing = await newListing();
    const form = await requestPhotoUpload(client, officer, listing.id);
    expect(form.url).toBe(`${origin}/photos/upload`);

    const file = jpegBytes(40_000);
    const posted = await fetch(uploadRequest(form, file, 'image/jpeg'));
    expect(posted.status).toBe(204);
    const attached = await client.ok<{ attachSurplusPhoto: { photos: Photo[] } }>(
      ATTACH_PHOTO,
      { id: listing.id, v: listing.version, photoId: form.photoId, alt: 'Forty blue chairs, stacked' },
      officer,
    );
    expect(attached.attachSurplusPhoto.photos).toHaveLength(1);

    // On disk, private, under the data folder: named by the random id only.
    expect(readdirSync(join(dataDir, 'photos', 'photos'))).toContain(form.photoId);
    expect(new Uint8Array(readFileSync(join(dataDir, 'photos', 'photos', form.photoId)))).toEqual(file);

    const { surplusListing } = await client.ok<{ surplusListing: { photos: Photo[] } }>(
      LISTING_PHOTOS,
      { id: listing.id },
      null,
    );
    const url = surplusListing.photos[0]?.url ?? '';
    expect(url.startsWith(`${origin}/photos/${form.photoId}?`)).toBe(true);
    const shown = await fetch(url);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toBe('image/jpeg');
    expect(new Uint8Array(await shown.arrayBuffer())).toEqual(file);
    // Without its signature the photo is not served.
    expect((await fetch(`${origin}/photos/${form.photoId}`)).status).toBe(403);
  });

  it('refuses an oversized file and a file of another type, as S3 would, and stores neither', async () => {
    const { officer } = register;
    const listing = await newListing();
    const form = await requestPhotoUpload(client, officer, listing.id);

    const oversized = await fetch(uploadRequest(form, jpegBytes(5 * 1024 * 1024 + 1), 'image/jpeg'));
    const wrongType = await fetch(
      uploadRequest(form, jpegBytes(1000), 'image/gif', { 'Content-Type': 'image/gif' }),
    );

    expect(oversized.status).toBe(400);
    expect(await oversized.text()).toContain('<Code>EntityTooLarge</Code>');
    expect(wrongType.status).toBe(403);
    expect(await wrongType.text()).toContain('Invalid according to Policy');
    expect(existsSync(join(dataDir, 'photos', 'uploads', form.photoId))).toBe(false);
  });
});
