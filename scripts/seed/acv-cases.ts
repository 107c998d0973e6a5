/**
 * The demo's ACV cases: one or more in every state of the timetable (acv.graphql `AcvState`), and a listing
 * under review and one under appeal. Each case is the steps a council would have taken, each on its own date
 * counted back from the seed's "today"; `seed-register.ts` runs every step through its mutation with the
 * app's clock set to that date, so the dates, deadlines, notices and history are the register's own. Most
 * listings have their land charge and restriction recorded 10 days on; the newest leaves those tasks open in
 * the officers' work queue.
 */
import type { IsoDate } from '../../src/kernel/domain/clock';
import { addDays, addMonthsClamped } from '../../src/registers/acv/domain/acv-timetable';

export type AcvStep = { readonly on: IsoDate } & (
  | { readonly type: 'nominate' }
  | { readonly type: 'withdraw' }
  | { readonly type: 'list' }
  | { readonly type: 'refuse' }
  | { readonly type: 'recordRegistration' }
  | { readonly type: 'requestReview' }
  | { readonly type: 'decideReview'; readonly outcome: 'UPHELD' | 'REMOVED' }
  | { readonly type: 'lodgeAppeal' }
  | { readonly type: 'disposalNotice' }
  | { readonly type: 'requestToBid'; readonly bidderKey: string }
  | { readonly type: 'disposal'; readonly buyerKey: string }
  | { readonly type: 'remove'; readonly reason: 'NO_LONGER_OF_COMMUNITY_VALUE' | 'RELEVANT_DISPOSAL' }
);

export interface AcvCase {
  readonly key: string;
  /** Index into ACV_BUILDINGS (demo-council.ts): the building nominated. */
  readonly building: number;
  readonly nominatorKey: string;
  /** What the case shows; printed in the summary. */
  readonly story: string;
  readonly steps: readonly AcvStep[];
}

/** The cases as of `today`; every step lies on or before it. */
export function planAcvCases(today: IsoDate): AcvCase[] {
  const ago = (days: number) => addDays(today, -days);
  const monthsAgo = (months: number) => addMonthsClamped(today, -months);
  return [
    {
      key: 'nominated',
      building: 0,
      nominatorKey: 'charity-1',
      story: 'nominated 3 weeks ago, decision due within 8 weeks',
      steps: [{ type: 'nominate', on: ago(20) }],
    },
    {
      key: 'nominated-overdue',
      building: 3,
      nominatorKey: 'group-2',
      story: 'nominated 10 weeks ago and not yet decided: overdue',
      steps: [{ type: 'nominate', on: ago(70) }],
    },
    {
      key: 'withdrawn',
      building: 5,
      nominatorKey: 'forum-1',
      story: 'withdrawn by the nominator before the decision',
      steps: [
        { type: 'nominate', on: ago(200) },
        { type: 'withdraw', on: ago(180) },
      ],
    },
    {
      key: 'unsuccessful',
      building: 10,
      nominatorKey: 'cio-1',
      story: 'refused: on the list of unsuccessful nominations',
      steps: [
        { type: 'nominate', on: ago(300) },
        { type: 'refuse', on: ago(260) },
      ],
    },
    {
      key: 'listed',
      building: 6,
      nominatorKey: 'parish-1',
      story: 'listed, land charge and Land Registry restriction recorded',
      steps: [
        { type: 'nominate', on: ago(420) },
        { type: 'list', on: ago(380) },
        { type: 'recordRegistration', on: ago(370) },
      ],
    },
    {
      key: 'under-review',
      building: 1,
      nominatorKey: 'charity-1',
      story: 'listed; the owner has asked for a review, not yet decided',
      steps: [
        { type: 'nominate', on: ago(90) },
        { type: 'list', on: ago(40) },
        { type: 'requestReview', on: ago(20) },
      ],
    },
    {
      key: 'under-appeal',
      building: 7,
      nominatorKey: 'cbs-1',
      story: 'listed; review upheld the listing, the owner has appealed to the tribunal',
      steps: [
        { type: 'nominate', on: ago(250) },
        { type: 'list', on: ago(200) },
        { type: 'recordRegistration', on: addDays(ago(200), 10) },
        { type: 'requestReview', on: ago(190) },
        { type: 'decideReview', outcome: 'UPHELD', on: ago(150) },
        { type: 'lodgeAppeal', on: ago(140) },
      ],
    },
    {
      key: 'removed-on-review',
      building: 11,
      nominatorKey: 'group-2',
      story: 'removed: the review found it should not have been listed',
      steps: [
        { type: 'nominate', on: ago(260) },
        { type: 'list', on: ago(220) },
        { type: 'recordRegistration', on: addDays(ago(220), 10) },
        { type: 'requestReview', on: ago(200) },
        { type: 'decideReview', outcome: 'REMOVED', on: ago(170) },
      ],
    },
    {
      key: 'interim-moratorium',
      building: 2,
      nominatorKey: 'clg-1',
      story: 'the owner gave notice of a sale 2 weeks ago: interim moratorium',
      steps: [
        { type: 'nominate', on: ago(500) },
        { type: 'list', on: ago(460) },
        { type: 'recordRegistration', on: addDays(ago(460), 10) },
        { type: 'disposalNotice', on: ago(14) },
      ],
    },
    {
      key: 'full-moratorium',
      building: 9,
      nominatorKey: 'charity-1',
      story: 'notice of a sale, then a community group asked to bid: full moratorium',
      steps: [
        { type: 'nominate', on: ago(600) },
        { type: 'list', on: ago(560) },
        { type: 'recordRegistration', on: addDays(ago(560), 10) },
        { type: 'disposalNotice', on: ago(60) },
        { type: 'requestToBid', bidderKey: 'cbs-2', on: ago(45) },
      ],
    },
    {
      key: 'protected-period',
      building: 4,
      nominatorKey: 'forum-1',
      story: 'notice of a sale 9 months ago, nobody asked to bid: protected period',
      steps: [
        { type: 'nominate', on: ago(700) },
        { type: 'list', on: ago(650) },
        { type: 'recordRegistration', on: addDays(ago(650), 10) },
        { type: 'disposalNotice', on: monthsAgo(9) },
      ],
    },
    {
      key: 'expired',
      building: 12,
      nominatorKey: 'cbs-1',
      story: 'listed more than 5 years ago: expired',
      steps: [
        { type: 'nominate', on: addDays(monthsAgo(68), -40) },
        { type: 'list', on: monthsAgo(68) },
        { type: 'recordRegistration', on: addDays(monthsAgo(68), 10) },
      ],
    },
    {
      key: 'sold-to-community',
      building: 8,
      nominatorKey: 'cio-1',
      story: 'sold to the community society during the full moratorium, then removed',
      steps: [
        { type: 'nominate', on: ago(900) },
        { type: 'list', on: ago(860) },
        { type: 'recordRegistration', on: addDays(ago(860), 10) },
        { type: 'disposalNotice', on: ago(400) },
        { type: 'requestToBid', bidderKey: 'cbs-2', on: ago(390) },
        { type: 'disposal', buyerKey: 'cbs-2', on: ago(300) },
        { type: 'remove', reason: 'RELEVANT_DISPOSAL', on: ago(290) },
      ],
    },
    {
      key: 'removed-no-longer-valued',
      building: 13,
      nominatorKey: 'parish-1',
      story: 'removed: no longer of community value',
      steps: [
        { type: 'nominate', on: ago(800) },
        { type: 'list', on: ago(760) },
        { type: 'recordRegistration', on: addDays(ago(760), 10) },
        { type: 'remove', reason: 'NO_LONGER_OF_COMMUNITY_VALUE', on: ago(100) },
      ],
    },
  ];
}
