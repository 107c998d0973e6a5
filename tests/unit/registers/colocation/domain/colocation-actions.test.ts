import { describe, expect, it } from 'vitest';
import type { OfferStatus } from '../../../../../src/kernel/domain/records';
import {
  interestActionsByStatus,
  needActionsByStatus,
  offerActionsByStatus,
} from '../../../../../src/registers/colocation/domain/colocation-actions';
import { MAX_THREAD_MESSAGES } from '../../../../../src/registers/colocation/domain/space-interest';
import type { InterestStatus } from '../../../../../src/registers/colocation/domain/space-interest';

const TODAY = '2026-11-23';
const offer = (status: OfferStatus, untilDate: string | null = null) => ({
  status,
  availability: { slots: [], fromDate: '2026-01-01', untilDate },
});
const interest = (status: InterestStatus, messages = 1) => ({
  status,
  thread: Array.from({ length: messages }, () => ({
    at: '2026-11-23T09:00:00.000Z',
    event: 'MESSAGE' as const,
    organisationId: 'o',
    authorUserId: 'u',
    text: 'hello',
  })),
});

describe('the steps a co-location record allows, whoever asks', () => {
  it.each<[OfferStatus, string | null, string[]]>([
    ['DRAFT', null, ['updateSpaceOffer']],
    ['OPEN', null, ['updateSpaceOffer', 'markOfferTaken']],
    ['UNDER_OFFER', null, ['updateSpaceOffer', 'markOfferTaken']],
    // Past its last day an offer is EXPIRED: it may be edited (its dates moved) but not marked taken.
    ['OPEN', '2026-11-22', ['updateSpaceOffer']],
    ['TAKEN', null, []],
    ['WITHDRAWN', null, []],
  ])('lets an offer %s (until %s) take %j', (status, untilDate, steps) => {
    expect(offerActionsByStatus(offer(status, untilDate), TODAY)).toEqual(steps);
  });

  it.each<[InterestStatus, string[]]>([
    ['PENDING', ['respondToInterest', 'replyToInterest', 'withdrawInterest']],
    ['ACCEPTED', ['replyToInterest', 'withdrawInterest']],
    ['DECLINED', []],
    ['WITHDRAWN', []],
    ['CLOSED', []],
  ])('lets an interest %s take %j', (status, steps) => {
    expect(interestActionsByStatus(interest(status))).toEqual(steps);
  });

  it('stops replies once the thread is full, as addInterestMessage does', () => {
    expect(interestActionsByStatus(interest('ACCEPTED', MAX_THREAD_MESSAGES))).toEqual(['withdrawInterest']);
  });

  it('lets an open need be closed, and a closed one nothing', () => {
    expect(needActionsByStatus({ status: 'OPEN' })).toEqual(['closeSpaceNeed']);
    expect(needActionsByStatus({ status: 'CLOSED' })).toEqual([]);
  });
});
