import { describe, expect, it } from 'vitest';
import type { SurplusListing } from '../../../../../src/registers/surplus/domain/surplus-listing';
import {
  MAX_PHOTO_BYTES,
  addPhoto,
  assertMayAddPhoto,
  photoFromUpload,
  photosOf,
  removePhoto,
} from '../../../../../src/registers/surplus/domain/surplus-photos';
import type { SurplusPhoto } from '../../../../../src/registers/surplus/domain/surplus-photos';

const AT = '2026-11-23T09:00:00.000Z';
const ID = '0123456789abcdef0123456789abcdef';

// The photo rules read a listing's id, status and photos only.
const listing = (overrides: Partial<SurplusListing> = {}): SurplusListing =>
  ({ id: 'listing-1', status: 'OPEN', photos: [], ...overrides }) as SurplusListing;

const photo = (id: string): SurplusPhoto => ({
  id,
  contentType: 'image/png',
  byteSize: 10,
  altText: 'Desk',
  addedAt: AT,
});

const upload = (overrides: Partial<{ byteSize: number; contentType: string; listing: string }> = {}) => ({
  byteSize: overrides.byteSize ?? 2048,
  contentType: overrides.contentType ?? 'image/jpeg',
  metadata: { listing: overrides.listing ?? 'listing-1' },
});

describe('photos of a listing', () => {
  it('are none on a listing stored before photos existed', () => {
    const { photos: _none, ...stored } = listing();

    expect(photosOf(stored as SurplusListing)).toEqual([]);
  });

  it('become a photo from an upload made with the listing’s form', () => {
    expect(photoFromUpload(listing(), ID, upload(), 'Chairs', AT)).toEqual({
      id: ID,
      contentType: 'image/jpeg',
      byteSize: 2048,
      altText: 'Chairs',
      addedAt: AT,
    });
  });

  it.each([
    ['nothing was uploaded', null],
    ['the upload was made for another listing', upload({ listing: 'listing-2' })],
    ['the upload is of another type', upload({ contentType: 'image/svg+xml' })],
    ['the upload is over 5 MiB', upload({ byteSize: MAX_PHOTO_BYTES + 1 })],
  ])('are refused on photoId when %s', (_why, given) => {
    expect(() => photoFromUpload(listing(), ID, given, 'Chairs', AT)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }) as Error,
    );
  });

  it('are at most 6, and none on a closed listing', () => {
    const six = listing({ photos: ['1', '2', '3', '4', '5', '6'].map((n) => photo(n.repeat(32))) });

    expect(() => assertMayAddPhoto(six)).toThrow(expect.objectContaining({ code: 'CONFLICT' }) as Error);
    expect(() => addPhoto(six, photo(ID))).toThrow(expect.objectContaining({ code: 'CONFLICT' }) as Error);
    expect(() => assertMayAddPhoto(listing({ status: 'CLOSED' }))).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }) as Error,
    );
  });

  it('are kept in the order added, and one is removed by its id', () => {
    const first = photo('a'.repeat(32));
    const second = photo('b'.repeat(32));
    const both = addPhoto(addPhoto(listing(), first), second);

    expect(photosOf(both)).toEqual([first, second]);
    expect(photosOf(removePhoto(both, first.id))).toEqual([second]);
    expect(() => removePhoto(both, ID)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }) as Error);
  });

  it('cannot hold the same upload twice', () => {
    expect(() => photoFromUpload(listing({ photos: [photo(ID)] }), ID, upload(), 'Again', AT)).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }) as Error,
    );
  });
});
