import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../../src/domain/errors';
import {
  assertEditableStatusChange,
  effectiveOfferStatus,
  londonDate,
  transitionOffer,
} from '../../../src/domain/space-offer';
import type { OfferStatus, SpaceOffer } from '../../../src/domain/space-offer';
import { transitionInterest } from '../../../src/domain/space-interest';
import type { SpaceInterest } from '../../../src/domain/space-interest';

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
