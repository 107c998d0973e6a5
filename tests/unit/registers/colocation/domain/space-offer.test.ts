import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../../../../src/kernel/domain/errors';
import type { Building } from '../../../../../src/kernel/domain/records';
import {
  assertEditableStatusChange,
  buildingChangeReachesOffers,
  buildingSnapshot,
  costVisibilityOf,
  effectiveOfferStatus,
  followBuilding,
  transitionOffer,
} from '../../../../../src/registers/colocation/domain/space-offer';
import { londonDate } from '../../../../../src/kernel/domain/clock';
import type { OfferStatus } from '../../../../../src/kernel/domain/records';
import type { SpaceOffer } from '../../../../../src/registers/colocation/domain/space-offer';
import { transitionInterest } from '../../../../../src/registers/colocation/domain/space-interest';
import type { SpaceInterest } from '../../../../../src/registers/colocation/domain/space-interest';
import { samplePumpRoom } from '../../../../support/sample-building';

const offer = (status: OfferStatus, untilDate: string | null = null) =>
  ({
    id: 'o',
    status,
    availability: { slots: [], fromDate: '2026-01-01', untilDate },
    acceptedInterestId: null,
  }) as unknown as SpaceOffer;

describe('effectiveOfferStatus', () => {
  it.each<[OfferStatus, string | null, string]>([
    ['OPEN', null, 'OPEN'],
    ['OPEN', '2026-11-23', 'OPEN'],
    ['OPEN', '2026-11-22', 'EXPIRED'],
    ['DRAFT', '2026-11-22', 'EXPIRED'],
    ['UNDER_OFFER', '2026-11-22', 'EXPIRED'],
    ['TAKEN', '2026-11-22', 'TAKEN'],
    ['WITHDRAWN', '2026-11-22', 'WITHDRAWN'],
  ])('shows %s ending %s as %s on 2026-11-23', (status, untilDate, shown) => {
    expect(effectiveOfferStatus(offer(status, untilDate), '2026-11-23')).toBe(shown);
  });
});

describe('londonDate', () => {
  it('counts days in the Europe/London calendar, not UTC', () => {
    expect(londonDate(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02'); // BST
    expect(londonDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31'); // GMT
  });
});

describe('transitionOffer', () => {
  it.each<[OfferStatus, 'ACCEPT_INTEREST' | 'RELEASE' | 'MARK_TAKEN', OfferStatus | 'CONFLICT']>([
    ['OPEN', 'ACCEPT_INTEREST', 'UNDER_OFFER'],
    ['UNDER_OFFER', 'ACCEPT_INTEREST', 'CONFLICT'],
    ['DRAFT', 'ACCEPT_INTEREST', 'CONFLICT'],
    ['UNDER_OFFER', 'RELEASE', 'OPEN'],
    ['OPEN', 'RELEASE', 'CONFLICT'],
    ['OPEN', 'MARK_TAKEN', 'TAKEN'],
    ['UNDER_OFFER', 'MARK_TAKEN', 'TAKEN'],
    ['WITHDRAWN', 'MARK_TAKEN', 'CONFLICT'],
    ['TAKEN', 'MARK_TAKEN', 'CONFLICT'],
  ])('takes an offer %s through %s to %s', (status, type, expected) => {
    const act = () =>
      transitionOffer(
        offer(status),
        type === 'ACCEPT_INTEREST' ? { type, interestId: 'i' } : { type },
        '2026-11-23',
      );
    if (expected === 'CONFLICT') expect(act).toThrow(ConflictError);
    else expect(act().status).toBe(expected);
  });

  it('accepts nothing once the offer has expired', () => {
    expect(() =>
      transitionOffer(
        offer('OPEN', '2026-11-01'),
        { type: 'ACCEPT_INTEREST', interestId: 'i' },
        '2026-11-23',
      ),
    ).toThrow('EXPIRED');
  });
});

describe('assertEditableStatusChange', () => {
  it.each<[OfferStatus, OfferStatus, boolean]>([
    ['DRAFT', 'OPEN', true],
    ['OPEN', 'DRAFT', true],
    ['OPEN', 'WITHDRAWN', true],
    ['UNDER_OFFER', 'WITHDRAWN', true],
    ['OPEN', 'UNDER_OFFER', false],
    ['OPEN', 'TAKEN', false],
    ['UNDER_OFFER', 'OPEN', false],
    ['WITHDRAWN', 'OPEN', false],
    ['TAKEN', 'WITHDRAWN', false],
  ])('lets an edit take an offer from %s to %s: %s', (from, to, allowed) => {
    const act = () => assertEditableStatusChange(offer(from), to);
    if (allowed) expect(act).not.toThrow();
    else expect(act).toThrow(ConflictError);
  });
});

describe('transitionInterest', () => {
  const pending = {
    id: 'i',
    status: 'PENDING',
    closedReason: null,
    thread: [],
  } as unknown as SpaceInterest;
  const by = { organisationId: 'org', userId: 'u' };

  it('adds each step to the thread', () => {
    const accepted = transitionInterest(pending, { type: 'ACCEPT', text: 'Yes' }, by, 'now');

    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.thread).toEqual([
      { at: 'now', event: 'ACCEPTED', organisationId: 'org', authorUserId: 'u', text: 'Yes' },
    ]);
  });

  it('closes with the reason and refuses to answer a closed interest', () => {
    const closed = transitionInterest(
      pending,
      { type: 'CLOSE', reason: 'Taken' },
      { organisationId: null, userId: 'u' },
      'now',
    );

    expect(closed).toMatchObject({ status: 'CLOSED', closedReason: 'Taken' });
    expect(() => transitionInterest(closed, { type: 'ACCEPT', text: null }, by, 'later')).toThrow(
      ConflictError,
    );
    expect(() => transitionInterest(closed, { type: 'WITHDRAW', text: null }, by, 'later')).toThrow(
      ConflictError,
    );
  });
});

describe('followBuilding', () => {
  const building = { ...samplePumpRoom(), ownerOrganisationId: 'org-a', ownerName: null };
  const live = (status: OfferStatus) =>
    ({
      ...offer(status),
      organisationId: 'org-a',
      building: buildingSnapshot(building),
    }) as SpaceOffer;

  it.each<[string, Partial<Building>, OfferStatus, string | null]>([
    ['moved', { location: { latitude: 51.88, longitude: -2.07 } }, 'OPEN', null],
    [
      'archived',
      { archivedAt: '2026-11-23T10:00:00.000Z' },
      'OPEN',
      'The building Pittville Pump Room was archived from the register',
    ],
    [
      'disposed of',
      { status: 'DISPOSED' },
      'UNDER_OFFER',
      'The building Pittville Pump Room was disposed of',
    ],
    [
      'handed to another owner',
      { ownerOrganisationId: 'org-b' },
      'DRAFT',
      'The building Pittville Pump Room changed owner',
    ],
  ])('follows a building %s', (_, change, status, reason) => {
    const after = { ...building, ...change };
    const followed = followBuilding(live(status), building, after);

    expect(buildingChangeReachesOffers(building, after)).toBe(true);
    expect(followed?.reason).toBe(reason);
    expect(followed?.offer.status).toBe(reason ? 'WITHDRAWN' : status);
    expect(followed?.offer.withdrawnReason ?? null).toBe(reason);
    expect(followed?.offer.building).toEqual(buildingSnapshot(after));
  });

  it('keeps an offer from the organisation that now owns the building (a council handing over to itself)', () => {
    const unowned = { ...building, ownerOrganisationId: null };
    const followed = followBuilding(live('OPEN'), unowned, building);

    expect(followed).toMatchObject({ action: 'BUILDING_CHANGED', reason: null, offer: { status: 'OPEN' } });
  });

  it('leaves history alone, and a building change of a name alone reaches no offer', () => {
    expect(followBuilding(live('TAKEN'), building, { ...building, archivedAt: 'x' })).toBeNull();
    expect(followBuilding(live('WITHDRAWN'), building, { ...building, archivedAt: 'x' })).toBeNull();
    expect(
      buildingChangeReachesOffers(building, { ...building, name: 'The Pump Room', floorAreaSqm: 9 }),
    ).toBe(false);
  });

  it('reads an offer stored before costs could be kept private as PUBLIC, as it showed them', () => {
    expect(costVisibilityOf({})).toBe('PUBLIC');
    expect(costVisibilityOf({ costVisibility: 'ON_REQUEST' })).toBe('ON_REQUEST');
  });
});
