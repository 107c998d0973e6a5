import { beforeAll, describe, expect, it } from 'vitest';
import { createBuilding } from '../support/fixtures';
import {
  ATTACH_PHOTO,
  LISTING_PHOTOS,
  REMOVE_PHOTO,
  attachPhoto,
  createListing,
  jpegBytes,
  listingInput,
  requestPhotoUpload,
  surplusRegister,
  uploadPhoto,
  uploadRequest,
} from '../support/surplus-fixtures';
import type { Photo } from '../support/surplus-fixtures';
import { createTestApp, errorCodes } from '../support/test-app';
import type { Caller, TestApp } from '../support/test-app';

/**
 * Photos through GraphQL and the photo store the local server runs (the same judge of upload forms as S3,
 * src/local/disk-photo-store.ts): a form, the browser's POST, the attach, the link, and the refusals.
 */
let t: TestApp;
let officer: Caller;
let groupEditor: Caller;
let councilId = '';
let libraryId = '';

const FIVE_MIB = 5 * 1024 * 1024;

beforeAll(async () => {
  t = await createTestApp();
  const register = await surplusRegister(t, 1);
  officer = register.officer;
  groupEditor = register.editors[0] ?? { userId: 'none' };
  councilId = register.council.id;
  libraryId = register.library.id;
});

const newListing = () => createListing(t, officer, listingInput(libraryId, councilId));

async function photosOf(id: string, caller: Caller | null): Promise<Photo[]> {
  const { surplusListing } = await t.ok<{ surplusListing: { photos: Photo[] } }>(
    LISTING_PHOTOS,
    { id },
    caller,
  );
  return surplusListing.photos;
}

describe('a photo of a listing', () => {
  it('is uploaded with the form, attached, and shown by its link byte for byte', async () => {
    const listing = await newListing();
    const file = jpegBytes(3000);
    const form = await requestPhotoUpload(t, officer, listing.id);

    expect(form.photoId).toMatch(/^[0-9a-f]{32}$/);
    expect(form.maxBytes).toBe(FIVE_MIB);
    expect(form.fields.find((field) => field.name === 'key')?.value).toBe(`uploads/${form.photoId}`);
    // The key says nothing of the listing or the file.
    expect(JSON.stringify(form.fields.find((field) => field.name === 'key'))).not.toContain(listing.id);
    const posted = await t.photos.handle(uploadRequest(form, file, 'image/jpeg'));
    expect(posted?.status).toBe(204);

    const { attachSurplusPhoto } = await t.ok<{
      attachSurplusPhoto: { version: number; photos: Photo[] };
    }>(
      ATTACH_PHOTO,
      { id: listing.id, v: listing.version, photoId: form.photoId, alt: 'Blue chairs' },
      officer,
    );

    expect(attachSurplusPhoto.version).toBe(listing.version + 1);
    expect(attachSurplusPhoto.photos).toEqual([
      expect.objectContaining({
        id: form.photoId,
        altText: 'Blue chairs',
        contentType: 'image/jpeg',
        byteSize: 3000,
        urlExpiresAt: '2026-11-23T10:00:00.000Z',
      }),
    ]);
    const [photo] = await photosOf(listing.id, null);
    const shown = await t.photos.handle(new Request(photo?.url ?? ''));
    expect(shown?.status).toBe(200);
    expect(shown?.headers.get('content-type')).toBe('image/jpeg');
    expect(new Uint8Array(await (shown as Response).arrayBuffer())).toEqual(file);
  });

  it('is recorded in the listing’s history as an update', async () => {
    const listing = await newListing();
    await attachPhoto(t, officer, listing);
    const { surplusListing } = await t.ok<{
      surplusListing: { history: { edges: { node: { action: string; version: number } }[] } };
    }>(
      'query ($id: ID!) { surplusListing(id: $id) { history { edges { node { action version } } } } }',
      { id: listing.id },
      officer,
    );

    expect(surplusListing.history.edges[0]?.node).toEqual({
      action: 'UPDATED',
      version: listing.version + 1,
    });
  });

  it('is shown to no one who may not see the listing: its link comes with the listing only', async () => {
    const hidden = await createBuilding(t, officer, {
      name: 'Depot',
      category: 'OTHER',
      ownerOrganisationId: councilId,
      visibility: 'PARTNERS',
    });
    const listing = await createListing(t, officer, listingInput(hidden.id, councilId));
    await attachPhoto(t, officer, listing);

    const anonymous = await t.run(LISTING_PHOTOS, { id: listing.id }, null);
    const outsider = await t.run(LISTING_PHOTOS, { id: listing.id }, { userId: 'nobody-in-particular' });

    expect(errorCodes(anonymous)).toEqual(['NOT_FOUND']);
    expect(errorCodes(outsider)).toEqual(['NOT_FOUND']);
    expect(await photosOf(listing.id, groupEditor)).toHaveLength(1);
  });

  it('has a link that stops working when it expires or is altered', async () => {
    const listing = await newListing();
    const [photo] = (await attachPhoto(t, officer, listing)).photos;
    const url = new URL(photo?.url ?? '');
    const altered = new URL(url);
    altered.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 3600));

    expect((await t.photos.handle(new Request(altered)))?.status).toBe(403);
    expect((await t.photos.handle(new Request(url), new Date('2026-11-23T10:00:01Z')))?.status).toBe(403);
    expect((await t.photos.handle(new Request(url)))?.status).toBe(200);
  });

  it('can be removed by the lister, and its file goes with it', async () => {
    const listing = await newListing();
    const attached = await attachPhoto(t, officer, listing);
    const [photo] = attached.photos;
    const { removeSurplusPhoto } = await t.ok<{ removeSurplusPhoto: { version: number; photos: unknown[] } }>(
      REMOVE_PHOTO,
      { id: listing.id, v: attached.version, photoId: photo?.id },
      officer,
    );

    expect(removeSurplusPhoto).toEqual({ id: listing.id, version: attached.version + 1, photos: [] });
    expect((await t.photos.handle(new Request(photo?.url ?? '')))?.status).toBe(404);
  });
});

describe('the upload form', () => {
  it('refuses a file over 5 MiB and a file of another type than the form was made for', async () => {
    const listing = await newListing();
    const form = await requestPhotoUpload(t, officer, listing.id);

    const oversized = await t.photos.handle(uploadRequest(form, jpegBytes(FIVE_MIB + 1), 'image/jpeg'));
    const png = await t.photos.handle(
      uploadRequest(form, jpegBytes(100), 'image/png', { 'Content-Type': 'image/png' }),
    );
    const html = await t.photos.handle(
      uploadRequest(form, jpegBytes(100), 'text/html', { 'Content-Type': 'text/html' }),
    );

    expect(oversized?.status).toBe(400);
    expect(await oversized?.text()).toContain('<Code>EntityTooLarge</Code>');
    expect(png?.status).toBe(403);
    expect(await png?.text()).toContain('Policy Condition failed');
    expect(html?.status).toBe(403);
    // Nothing was stored, so there is nothing to attach.
    const attach = await t.run(
      ATTACH_PHOTO,
      { id: listing.id, v: listing.version, photoId: form.photoId, alt: 'x' },
      officer,
    );
    expect(attach.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'photoId' });
  });

  it('is refused after 15 minutes', async () => {
    const listing = await newListing();
    const form = await requestPhotoUpload(t, officer, listing.id);
    const late = await t.photos.handle(
      uploadRequest(form, jpegBytes(100), 'image/jpeg'),
      new Date('2026-11-23T09:15:00.000Z'),
    );

    expect(late?.status).toBe(403);
    expect(await late?.text()).toContain('Policy expired');
  });

  it('is only for JPEG, PNG and WebP', async () => {
    const listing = await newListing();
    const result = await t.run(
      'mutation ($id: ID!) { requestSurplusPhotoUpload(listingId: $id, contentType: "image/svg+xml") { photoId } }',
      { id: listing.id },
      officer,
    );

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentType' });
  });

  it('is the lister’s editors’ only: a requesting group cannot add photos', async () => {
    const listing = await newListing();
    const result = await t.run(
      'mutation ($id: ID!) { requestSurplusPhotoUpload(listingId: $id, contentType: "image/png") { photoId } }',
      { id: listing.id },
      groupEditor,
    );

    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });

  it('tells a caller who may not change the listing so before judging the arguments', async () => {
    const listing = await newListing();
    const upload = await t.run(
      'mutation ($id: ID!) { requestSurplusPhotoUpload(listingId: $id, contentType: "text/html") { photoId } }',
      { id: listing.id },
      groupEditor,
    );
    const remove = await t.run(
      REMOVE_PHOTO,
      { id: listing.id, v: listing.version, photoId: 'x' },
      groupEditor,
    );

    expect([errorCodes(upload), errorCodes(remove)]).toEqual([['FORBIDDEN'], ['FORBIDDEN']]);
  });

  it('uploaded for one listing cannot be attached to another', async () => {
    const first = await newListing();
    const second = await newListing();
    const form = await uploadPhoto(t, officer, first.id);
    const result = await t.run(
      ATTACH_PHOTO,
      { id: second.id, v: second.version, photoId: form.photoId, alt: 'Chairs' },
      officer,
    );

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'photoId' });
  });
});

describe('a listing', () => {
  it('holds at most 6 photos', async () => {
    let listing: { id: string; version: number } = await newListing();
    for (let n = 0; n < 6; n++) listing = await attachPhoto(t, officer, listing, `Photo ${n + 1}`);
    const result = await t.run(
      'mutation ($id: ID!) { requestSurplusPhotoUpload(listingId: $id, contentType: "image/jpeg") { photoId } }',
      { id: listing.id },
      officer,
    );

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', limit: 6 });
    expect((await photosOf(listing.id, officer)).map((photo) => photo.altText)).toEqual([
      'Photo 1',
      'Photo 2',
      'Photo 3',
      'Photo 4',
      'Photo 5',
      'Photo 6',
    ]);
  });

  it('takes no photo once closed', async () => {
    const listing = await newListing();
    await t.ok(
      'mutation ($id: ID!, $v: Int!) { closeSurplusListing(id: $id, expectedVersion: $v) { id } }',
      { id: listing.id, v: listing.version },
      officer,
    );
    const result = await t.run(
      'mutation ($id: ID!) { requestSurplusPhotoUpload(listingId: $id, contentType: "image/jpeg") { photoId } }',
      { id: listing.id },
      officer,
    );

    expect(errorCodes(result)).toEqual(['CONFLICT']);
  });
});
