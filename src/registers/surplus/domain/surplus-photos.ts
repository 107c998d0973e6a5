/**
 * A listing's photos: a few pictures of the items, uploaded by the lister's editors straight to storage
 * (kernel/domain/photo-store.ts) and then recorded on the listing with their alternative text. The rules:
 * which files are accepted (type and size, which the upload form's signed policy also enforces), how many a
 * listing holds, and what an upload must be to be kept.
 */
import { badInput, ConflictError } from '../../../kernel/domain/errors';
import type { UploadedPhoto } from '../../../kernel/domain/photo-store';
import { PHOTO_CONTENT_TYPES } from './surplus-listing';
import type { SurplusListing, SurplusPhoto } from './surplus-listing';

export { PHOTO_CONTENT_TYPES } from './surplus-listing';
export type { PhotoContentType, SurplusPhoto } from './surplus-listing';

/** 5 MiB: a phone's full-size JPEG; the policy's `content-length-range` refuses anything larger. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
/** "Up to a few per listing" (issue 20). */
export const MAX_PHOTOS_PER_LISTING = 6;
/** How long an upload form stays good: long enough for a slow connection, short enough not to be kept. */
export const UPLOAD_FORM_SECONDS = 15 * 60;
/** How long a photo's link shows it: a page's life, not a bookmark's (the caller reads the listing again). */
export const PHOTO_LINK_SECONDS = 60 * 60;

/** The listing's photos (listings stored before photos existed have none). */
export function photosOf(listing: SurplusListing): readonly SurplusPhoto[] {
  return listing.photos ?? [];
}

/** Refuses a photo for a closed listing or one that has its fill (CONFLICT, with the limit). */
export function assertMayAddPhoto(listing: SurplusListing): void {
  if (listing.status === 'CLOSED') {
    throw new ConflictError(`Surplus listing ${listing.id} is closed; it can no longer be changed`, {
      state: 'CLOSED',
    });
  }
  if (photosOf(listing).length >= MAX_PHOTOS_PER_LISTING) {
    throw new ConflictError(
      `Surplus listing ${listing.id} has ${MAX_PHOTOS_PER_LISTING} photos, the most a listing holds; remove one first`,
      { limit: MAX_PHOTOS_PER_LISTING },
    );
  }
}

/**
 * The photo an upload becomes on `listing`: the upload must have been made with a form for this listing
 * (its `listing` metadata), and be an accepted type and size (the policy refused anything else, but the
 * record is only as good as what is stored). BAD_USER_INPUT on `photoId` otherwise, or when it is missing.
 */
export function photoFromUpload(
  listing: SurplusListing,
  photoId: string,
  upload: UploadedPhoto | null,
  altText: string,
  at: string,
): SurplusPhoto {
  if (photosOf(listing).some((photo) => photo.id === photoId)) {
    throw new ConflictError(`Photo ${photoId} is already on surplus listing ${listing.id}`, {
      field: 'photoId',
    });
  }
  if (!upload || upload.metadata['listing'] !== listing.id) {
    throw badInput('photoId', 'no photo was uploaded for this listing with this id (or its form expired)');
  }
  const contentType = PHOTO_CONTENT_TYPES.find((type) => type === upload.contentType);
  if (!contentType || upload.byteSize < 1 || upload.byteSize > MAX_PHOTO_BYTES) {
    throw badInput('photoId', `the upload must be a JPEG, PNG or WebP of at most ${MAX_PHOTO_BYTES} bytes`);
  }
  return { id: photoId, contentType, byteSize: upload.byteSize, altText, addedAt: at };
}

/** The listing with `photo` added last. */
export function addPhoto(listing: SurplusListing, photo: SurplusPhoto): SurplusListing {
  assertMayAddPhoto(listing);
  return { ...listing, photos: [...photosOf(listing), photo] };
}

/** The listing without the photo (BAD_USER_INPUT on `photoId` when it has no such photo). */
export function removePhoto(listing: SurplusListing, photoId: string): SurplusListing {
  const photos = photosOf(listing);
  if (!photos.some((photo) => photo.id === photoId)) {
    throw badInput('photoId', 'the listing has no photo with this id');
  }
  return { ...listing, photos: photos.filter((photo) => photo.id !== photoId) };
}
