import { describe, expect, it } from 'vitest';
import { INDEX } from '../../../../../src/kernel/store/access-pattern';
import {
  interestsInOffer,
  offersOfCouncil,
  openInterestClaimKey,
  spaceInterestIndexKeys,
} from '../../../../../src/registers/colocation/store/colocation-keys';

describe('co-location access patterns', () => {
  it('finds one offer’s interests under the prefix its interests are written with', () => {
    const offer = { id: 'offer-1', organisationId: 'org-hub', createdAt: '2026-11-01T10:00:00.000Z' };
    const keys = spaceInterestIndexKeys({
      id: 'interest-1',
      organisationId: 'org-group',
      offeringOrganisationId: offer.organisationId,
      offerId: offer.id,
      offerCreatedAt: offer.createdAt,
      createdAt: '2026-11-02T10:00:00.000Z',
    });

    const pattern = interestsInOffer(offer);

    expect(pattern.indexName).toBe(INDEX.byOwnerOrName);
    expect(pattern.partition).toBe(keys.gsi2pk);
    expect(keys.gsi2sk.startsWith(pattern.sortPrefix ?? '\u0000')).toBe(true);
  });

  it('lists a council’s offers of every status when no status is asked', () => {
    expect(offersOfCouncil('E07000078', null).sortPrefix).toBeNull();
    expect(offersOfCouncil('E07000078', 'OPEN').sortPrefix).toBe('OPEN#');
  });

  it('keeps one open-interest claim per organisation and offer', () => {
    expect(openInterestClaimKey('offer-1', 'org-a')).not.toEqual(openInterestClaimKey('offer-1', 'org-b'));
    expect(openInterestClaimKey('offer-1', 'org-a')).toEqual(openInterestClaimKey('offer-1', 'org-a'));
  });
});
