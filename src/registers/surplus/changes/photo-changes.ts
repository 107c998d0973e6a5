/**
 * A listing's photos, in three steps: the lister's editor asks for an upload form (nothing is written), the
 * browser posts the file straight to the photo store with it, and the editor attaches the upload to the
 * listing with its alternative text (a versioned, audited change of the listing). Removing a photo is a
 * change of the listing too; its stored object is deleted after.
 */
import { randomBytes } from 'node:crypto';
import { nextVersion, requireUser, runChange } from '../../../kernel/changes/change-protocol';
import { NotFoundError } from '../../../kernel/domain/errors';
import type { RegisterContext } from '../../context';
import type { SurplusListing } from '../domain/surplus-listing';
import {
  addPhoto,
  assertMayAddPhoto,
  MAX_PHOTO_BYTES,
  photoFromUpload,
  removePhoto,
  UPLOAD_FORM_SECONDS,
} from '../domain/surplus-photos';
import type { PhotoContentType } from '../domain/surplus-photos';
import { listingBuildingRef } from './surplus-reads';

/** What the browser needs to upload one photo, and the id to attach it by. */
export interface SurplusPhotoUpload {
  readonly photoId: string;
  readonly url: string;
  readonly fields: { readonly name: string; readonly value: string }[];
  readonly maxBytes: number;
  readonly expiresAt: string;
}

/** The lister's step on one listing: NOT_FOUND unless the caller may see it, FORBIDDEN unless an editor. */
function listerAccess(before: SurplusListing) {
  const notFound = () => new NotFoundError('Surplus listing', before.id);
  return [
    {
      action: 'building.view' as const,
      resource: listingBuildingRef(before),
      deniedAs: notFound,
      impliedByLaterChecks: true,
    },
    { action: 'surplus.manage' as const, resource: { organisationId: before.organisationId } },
  ];
}

async function loadListing(ctx: RegisterContext, id: string): Promise<SurplusListing> {
  const listing = await ctx.stores.surplus.getListing(id, { consistent: true });
  if (!listing) throw new NotFoundError('Surplus listing', id);
  return listing;
}

/**
 * A form for one photo of a listing: its id is 128 random bits (the object's key says nothing of the
 * listing or the file); the form allows exactly that key, `contentType`, 1 byte to MAX_PHOTO_BYTES, for
 * UPLOAD_FORM_SECONDS, and stamps the listing's id on the object so that only this listing can attach it.
 * Refused (CONFLICT) for a closed listing or one with its fill of photos.
 */
export async function requestSurplusPhotoUpload(
  ctx: RegisterContext,
  listingId: string,
  contentType: () => PhotoContentType,
): Promise<SurplusPhotoUpload> {
  await requireUser(ctx);
  const listing = await loadListing(ctx, listingId);
  const access = ctx.accessForChange();
  for (const check of listerAccess(listing)) await access.require(check);
  // Nothing is written, so the guard that a change's transaction would carry is decided here instead.
  await access.settle();
  const type = contentType();
  assertMayAddPhoto(listing);
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + UPLOAD_FORM_SECONDS * 1000);
  const photoId = randomBytes(16).toString('hex');
  const form = await ctx.stores.photos.createUploadForm({
    id: photoId,
    contentType: type,
    maxBytes: MAX_PHOTO_BYTES,
    metadata: { listing: listing.id },
    expiresAt,
    now,
  });
  return {
    photoId,
    url: form.url,
    fields: Object.entries(form.fields).map(([name, value]) => ({ name, value })),
    maxBytes: MAX_PHOTO_BYTES,
    expiresAt: form.expiresAt.toISOString(),
  };
}

/**
 * Attaches an uploaded photo to its listing: the upload is looked up in the photo store (it must have been
 * made with this listing's form, and be an accepted type and size), kept, and recorded on the listing in
 * one versioned, audited write. The caller's right is decided before the store is touched. Keeping comes
 * before the write: if the write then fails (the listing moved on), the kept copy is harmless and a retry
 * with the new version keeps it again.
 */
export function attachSurplusPhoto(
  ctx: RegisterContext,
  target: { readonly id: string; readonly expectedVersion: number },
  photo: () => { readonly photoId: string; readonly altText: string },
): Promise<SurplusListing> {
  return runChange(ctx, {
    load: () => loadListing(ctx, target.id),
    access: listerAccess,
    expectedVersion: { version: target.expectedVersion, what: `Surplus listing ${target.id}` },
    decide: async (before, { change }) => {
      const { photoId, altText } = photo();
      assertMayAddPhoto(before);
      await ctx.assertAllowed('surplus.manage', { organisationId: before.organisationId });
      const upload = await ctx.stores.photos.findUpload(photoId);
      const added = photoFromUpload(before, photoId, upload, altText, change.at);
      await ctx.stores.photos.keepUpload(photoId);
      return nextVersion(addPhoto(before, added), change);
    },
    write: (after, before, { change }, guard) =>
      ctx.stores.surplus.saveSurplusChanges(
        [{ kind: 'SURPLUS_LISTING', before, after, action: 'UPDATED' }],
        change,
        { guard },
      ),
  });
}

/**
 * Removes a photo from its listing (a versioned, audited change), then deletes the stored photo. The
 * removal stands even if the delete fails: the object left behind is private and no link points to it.
 */
export async function removeSurplusPhoto(
  ctx: RegisterContext,
  target: { readonly id: string; readonly expectedVersion: number },
  photo: () => string,
): Promise<SurplusListing> {
  const { after, photoId } = await runChange(ctx, {
    load: () => loadListing(ctx, target.id),
    access: listerAccess,
    expectedVersion: { version: target.expectedVersion, what: `Surplus listing ${target.id}` },
    decide: (before, { change }) => {
      const id = photo();
      return { after: nextVersion(removePhoto(before, id), change), photoId: id };
    },
    write: (planned, before, { change }, guard) =>
      ctx.stores.surplus.saveSurplusChanges(
        [{ kind: 'SURPLUS_LISTING', before, after: planned.after, action: 'UPDATED' }],
        change,
        { guard },
      ),
  });
  await ctx.stores.photos.remove(photoId).catch(() => undefined);
  return after;
}
