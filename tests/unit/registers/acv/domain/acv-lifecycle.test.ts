import { describe, expect, it } from 'vitest';
import { applyAcvAction, createNomination } from '../../../../../src/registers/acv/domain/acv-lifecycle';
import {
  acvStateOn,
  allowedActions,
  assertCanNominateAgain,
  openTasks,
} from '../../../../../src/registers/acv/domain/acv-state';
import type { AcvAction } from '../../../../../src/registers/acv/domain/acv-action';
import type { AcvEntry } from '../../../../../src/registers/acv/domain/acv-records';
import { AppError } from '../../../../../src/kernel/domain/errors';

const CHARITY = { organisationId: 'org-friends', name: 'Friends of the Arms', kind: 'CHARITY' } as const;
const SOCIETY = {
  organisationId: 'org-society',
  name: 'Pub Society',
  kind: 'COMMUNITY_BENEFIT_SOCIETY',
} as const;

function nominated(
  on = '2027-01-04',
  owner: AcvEntry['owner'] = { organisationId: 'org-owner', name: 'Taverns Ltd', kind: 'BUSINESS' },
): AcvEntry {
  return createNomination(
    {
      id: 'entry-1',
      councilCode: 'E07000078',
      buildingId: null,
      site: {
        name: 'The Arms',
        description: null,
        boundaryDescription: 'The pub and garden',
        address: null,
        location: null,
      },
      nominator: CHARITY,
      nominatedBy: 'user-nominator',
      nominatedOn: on,
      communityValueReasons: 'The last pub',
      occupiersKnown: null,
      interests: [{ kind: 'OCCUPIER', name: 'Jo Bloggs', address: 'The Arms' }],
      eligibilityEvidence: 'Charity 1123456',
      eligibility: [],
      owner,
    },
    on,
    `${on}T12:00:00.000Z`,
  ).entry;
}

function run(entry: AcvEntry, today: string, ...actions: AcvAction[]): AcvEntry {
  return actions.reduce((current, action) => applyAcvAction(current, action, today).entry, entry);
}

const list = (decidedOn: string): AcvAction => ({
  type: 'decideNomination',
  outcome: 'LISTED',
  decidedOn,
  reasons: null,
  unsuccessfulGround: null,
  decidedBy: 'officer-1',
  listingExpiryConvention: 'STATUTE',
});
const notice = (receivedOn: string): AcvAction => ({
  type: 'recordDisposalNotice',
  receivedOn,
  exemptCategory: null,
  details: null,
});
const bid = (requestedOn: string): AcvAction => ({ type: 'requestToBid', requestedOn, bidder: SOCIETY });

/** Listed on 10 February 2027 (review request deadline 6 April). */
const listed = () => run(nominated(), '2027-02-10', list('2027-02-10'));
/** Listed, review upheld on 1 April 2027 (appeal deadline 28 April). */
const upheld = () =>
  run(
    listed(),
    '2027-04-01',
    { type: 'requestListingReview', requestedOn: '2027-03-01', requestedBy: 'owner-1' },
    {
      type: 'decideListingReview',
      outcome: 'UPHELD',
      decidedOn: '2027-04-01',
      reasons: 'Still valued',
      decidedBy: 'officer-2',
    },
  );
/** Listed, notice received 1 June 2027 (interim ends 12 July, compensation deadline 11 October). */
const inMoratorium = () => run(listed(), '2027-06-01', notice('2027-06-01'));

function refusal(run: () => unknown): { code: string; details: Record<string, unknown>; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError)
      return { code: error.code, details: { ...error.details }, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('each deadline: its last day is allowed, the day after is refused with DEADLINE_PASSED', () => {
  const DEADLINES: readonly [string, () => AcvEntry, (on: string) => AcvAction, string, string][] = [
    [
      'review request (8 weeks beginning with the listing notice)',
      listed,
      (on) => ({ type: 'requestListingReview', requestedOn: on, requestedBy: 'owner-1' }),
      '2027-04-06',
      '2027-04-07',
    ],
    [
      'appeal (within 28 days of the review decision: the day it was sent is not counted)',
      upheld,
      (on) => ({ type: 'recordAppeal', lodgedOn: on, decidedOn: on, outcome: 'DISMISSED', notes: null }),
      '2027-04-29',
      '2027-04-30',
    ],
    ['request to bid (within the interim moratorium)', inMoratorium, bid, '2027-07-12', '2027-07-13'],
    [
      'compensation claim (13 weeks after the interim moratorium)',
      inMoratorium,
      (on) => ({
        type: 'recordCompensationClaim',
        claimedOn: on,
        moratoriumNoticeReceivedOn: '2027-06-01',
        amountClaimedPence: 100_000,
        outcome: 'PENDING',
        amountAwardedPence: null,
      }),
      '2027-10-11',
      '2027-10-12',
    ],
  ];

  it.each(DEADLINES)('%s', (_name, setUp, action, lastDay, dayAfter) => {
    expect(() => applyAcvAction(setUp(), action(lastDay), dayAfter)).not.toThrow();

    const refused = refusal(() => applyAcvAction(setUp(), action(dayAfter), dayAfter));
    expect(refused.code).toBe('DEADLINE_PASSED');
    expect(refused.details['deadline']).toBe(lastDay);
  });

  it('records a decision on its due day as on time and the day after as late', () => {
    // Received 4 January 2027; eight weeks beginning with that day end on 28 February.
    expect(run(nominated(), '2027-02-28', list('2027-02-28')).decision?.late).toBe(false);
    expect(run(nominated(), '2027-03-01', list('2027-03-01')).decision?.late).toBe(true);
  });

  it('records a review decision on its due day as on time and the day after as late, unless a later date was agreed', () => {
    const requested = run(listed(), '2027-03-01', {
      type: 'requestListingReview',
      requestedOn: '2027-03-01',
      requestedBy: 'o',
    });
    const decide = (on: string): AcvAction => ({
      type: 'decideListingReview',
      outcome: 'UPHELD',
      decidedOn: on,
      reasons: 'r',
      decidedBy: 'officer-2',
    });

    expect(run(requested, '2027-04-25', decide('2027-04-25')).review?.late).toBe(false);
    expect(run(requested, '2027-04-26', decide('2027-04-26')).review?.late).toBe(true);
    const extended = run(requested, '2027-04-01', {
      type: 'agreeReviewExtension',
      agreedDueOn: '2027-05-31',
    });
    expect(run(extended, '2027-05-31', decide('2027-05-31')).review?.late).toBe(false);
  });
});

describe('the state, computed from the dates and the day asked about', () => {
  it.each([
    ['2027-01-04', 'NOMINATED'],
    ['2027-02-10', 'LISTED'],
    ['2027-06-01', 'IN_INTERIM_MORATORIUM'],
    ['2027-06-19', 'IN_INTERIM_MORATORIUM'],
    ['2027-06-20', 'IN_FULL_MORATORIUM'],
    ['2027-11-30', 'IN_FULL_MORATORIUM'],
    ['2027-12-01', 'IN_PROTECTED_PERIOD'],
    ['2028-11-30', 'IN_PROTECTED_PERIOD'],
    ['2028-12-01', 'LISTED'],
    ['2032-02-09', 'LISTED'],
    ['2032-02-10', 'EXPIRED'],
  ])('on %s it is %s', (day, state) => {
    const entry = run(inMoratorium(), '2027-06-20', bid('2027-06-20'));
    expect(acvStateOn(entry, day)).toBe(state);
  });

  it('ends an interim moratorium without a bid on its last day', () => {
    expect(acvStateOn(inMoratorium(), '2027-07-12')).toBe('IN_INTERIM_MORATORIUM');
    expect(acvStateOn(inMoratorium(), '2027-07-13')).toBe('IN_PROTECTED_PERIOD');
  });

  it('keeps every moratorium: a new notice after the protected period starts a new one', () => {
    const second = run(inMoratorium(), '2028-12-05', notice('2028-12-05'));
    expect(second.disposalNotices.map((n) => n.receivedOn)).toEqual(['2027-06-01', '2028-12-05']);
    expect(acvStateOn(second, '2028-12-05')).toBe('IN_INTERIM_MORATORIUM');
  });

  it('keeps the work queue in step: decision, then expiry and moratorium end, then nothing after removal', () => {
    expect(openTasks(nominated()).map((t) => [t.kind, t.dueOn])).toEqual([
      ['NOMINATION_DECISION', '2027-02-28'],
    ]);
    expect(openTasks(inMoratorium()).map((t) => [t.kind, t.dueOn])).toEqual([
      ['LISTING_EXPIRY', '2032-02-09'],
      ['MORATORIUM_END', '2027-07-12'],
      ['LOCAL_LAND_CHARGE', '2027-02-10'],
      ['LAND_REGISTRY_RESTRICTION', '2027-02-10'],
    ]);
    const removed = run(inMoratorium(), '2027-08-01', {
      type: 'removeListing',
      removedOn: '2027-08-01',
      reason: 'OTHER',
      details: 'x',
    });
    expect(openTasks(removed)).toEqual([]);
  });
});

describe('refused transitions name the state and the actions allowed now', () => {
  const CASES: readonly [string, () => AcvEntry, AcvAction, string, string][] = [
    [
      'listing a withdrawn nomination',
      () => run(nominated(), '2027-01-05', { type: 'withdrawNomination', withdrawnOn: '2027-01-05' }),
      list('2027-01-06'),
      'INVALID_TRANSITION',
      'WITHDRAWN',
    ],
    [
      'withdrawing after the decision',
      listed,
      { type: 'withdrawNomination', withdrawnOn: '2027-02-11' },
      'INVALID_TRANSITION',
      'LISTED',
    ],
    ['deciding twice', listed, list('2027-02-11'), 'INVALID_TRANSITION', 'LISTED'],
    [
      'a review of a nomination not yet listed',
      nominated,
      { type: 'requestListingReview', requestedOn: '2027-01-05', requestedBy: 'o' },
      'INVALID_TRANSITION',
      'NOMINATED',
    ],
    [
      'deciding a review nobody asked for',
      listed,
      {
        type: 'decideListingReview',
        outcome: 'UPHELD',
        decidedOn: '2027-02-11',
        reasons: 'r',
        decidedBy: 'x',
      },
      'INVALID_TRANSITION',
      'LISTED',
    ],
    [
      'an appeal without a review',
      listed,
      {
        type: 'recordAppeal',
        lodgedOn: '2027-02-11',
        decidedOn: '2027-02-11',
        outcome: 'ALLOWED',
        notes: null,
      },
      'INVALID_TRANSITION',
      'LISTED',
    ],
    ['a request to bid with no moratorium', listed, bid('2027-02-11'), 'INVALID_TRANSITION', 'LISTED'],
    [
      'a second notice inside the protected period',
      inMoratorium,
      notice('2027-09-01'),
      'INVALID_TRANSITION',
      'IN_PROTECTED_PERIOD',
    ],
    [
      'a relevant disposal with no notice',
      listed,
      {
        type: 'recordDisposal',
        disposedOn: '2027-03-01',
        buyerName: 'B',
        toCommunityInterestGroup: false,
        exemptCategory: null,
      },
      'INVALID_TRANSITION',
      'LISTED',
    ],
    [
      'a sale to a private buyer in the interim moratorium',
      inMoratorium,
      {
        type: 'recordDisposal',
        disposedOn: '2027-06-02',
        buyerName: 'B',
        toCommunityInterestGroup: false,
        exemptCategory: null,
      },
      'MORATORIUM_IN_FORCE',
      '',
    ],
    [
      'a disposal notice for a nomination',
      nominated,
      notice('2027-01-05'),
      'INVALID_TRANSITION',
      'NOMINATED',
    ],
    [
      'removing a nomination',
      nominated,
      { type: 'removeListing', removedOn: '2027-01-05', reason: 'OTHER', details: 'x' },
      'INVALID_TRANSITION',
      'NOMINATED',
    ],
    [
      'a compensation claim while still listed with no moratorium',
      listed,
      {
        type: 'recordCompensationClaim',
        claimedOn: '2027-03-01',
        moratoriumNoticeReceivedOn: null,
        amountClaimedPence: 1,
        outcome: 'PENDING',
        amountAwardedPence: null,
      },
      'INVALID_TRANSITION',
      'LISTED',
    ],
  ];

  it.each(CASES)('refuses %s', (_name, setUp, action, code, state) => {
    const entry = setUp();
    const refused = refusal(() => applyAcvAction(entry, action, '2027-09-01'));

    expect(refused.code).toBe(code);
    if (code === 'INVALID_TRANSITION') {
      expect(refused.details['state']).toBe(state);
      expect(refused.details['allowedActions']).toEqual(
        allowedActions(entry, String(Object.values(action).find((v) => /^\d{4}-/.test(String(v))))),
      );
      expect(refused.message).toContain(state);
    }
  });

  it('lets a community interest group buy during the moratorium', () => {
    const sold = run(inMoratorium(), '2027-06-02', {
      type: 'recordDisposal',
      disposedOn: '2027-06-02',
      buyerName: 'Pub Society',
      toCommunityInterestGroup: true,
      exemptCategory: null,
    });
    expect(sold.disposals).toHaveLength(1);
  });

  it('records an exempt disposal notice without starting a moratorium', () => {
    const exempt = run(listed(), '2027-03-01', {
      type: 'recordDisposalNotice',
      receivedOn: '2027-03-01',
      exemptCategory: 'FAMILY',
      details: null,
    });
    expect(acvStateOn(exempt, '2027-03-01')).toBe('LISTED');
  });
});

describe('appeals', () => {
  it('records an appeal when lodged, and its result months later; an allowed appeal removes the land', () => {
    const lodged = run(upheld(), '2027-04-20', {
      type: 'recordAppeal',
      lodgedOn: '2027-04-20',
      outcome: null,
      notes: 'Tribunal ref CR/2027/0001',
    });
    expect(lodged.appeal).toEqual({
      lodgedOn: '2027-04-20',
      decidedOn: null,
      outcome: null,
      notes: 'Tribunal ref CR/2027/0001',
    });
    expect(allowedActions(lodged, '2027-09-01')).toContain('recordAppeal');

    const result = applyAcvAction(
      lodged,
      { type: 'recordAppeal', decidedOn: '2027-09-01', outcome: 'ALLOWED', notes: null },
      '2027-09-01',
    );

    expect(result.entry.appeal).toMatchObject({
      lodgedOn: '2027-04-20',
      decidedOn: '2027-09-01',
      outcome: 'ALLOWED',
    });
    expect(result.entry.removal).toMatchObject({ removedOn: '2027-09-01', reason: 'APPEAL' });
    expect(acvStateOn(result.entry, '2027-09-01')).toBe('REMOVED');
    expect(result.notices.map((n) => [n.kind, n.recipientRole])).toEqual([
      ['REMOVAL', 'OWNER'],
      ['REMOVAL', 'OCCUPIER'],
      ['REMOVAL', 'NOMINATOR'],
    ]);
  });

  it('refuses a second appeal once one is decided', () => {
    const dismissed = run(upheld(), '2027-04-20', {
      type: 'recordAppeal',
      lodgedOn: '2027-04-20',
      decidedOn: '2027-04-20',
      outcome: 'DISMISSED',
      notes: null,
    });
    expect(
      refusal(() =>
        applyAcvAction(
          dismissed,
          { type: 'recordAppeal', lodgedOn: '2027-04-21', outcome: null, notes: null },
          '2027-04-21',
        ),
      ).code,
    ).toBe('INVALID_TRANSITION');
  });
});

describe('compensation', () => {
  const claim: AcvAction = {
    type: 'recordCompensationClaim',
    claimedOn: '2027-08-01',
    moratoriumNoticeReceivedOn: '2027-06-01',
    amountClaimedPence: 500_000,
    outcome: 'PENDING',
    amountAwardedPence: null,
  };
  const decide = (amountAwardedPence: number | null): AcvAction => ({
    type: 'decideCompensationClaim',
    claimedOn: '2027-08-01',
    moratoriumNoticeReceivedOn: '2027-06-01',
    outcome: 'AWARDED',
    amountAwardedPence,
  });

  it('decides a pending claim once, with the amount awarded', () => {
    const claimed = run(inMoratorium(), '2027-08-01', claim);
    const awarded = run(claimed, '2027-09-01', decide(300_000));

    expect(awarded.compensationClaims).toEqual([
      {
        claimedOn: '2027-08-01',
        moratoriumNoticeReceivedOn: '2027-06-01',
        amountClaimedPence: 500_000,
        outcome: 'AWARDED',
        amountAwardedPence: 300_000,
      },
    ]);
    expect(refusal(() => applyAcvAction(awarded, decide(300_000), '2027-09-02')).code).toBe(
      'INVALID_TRANSITION',
    );
    expect(refusal(() => applyAcvAction(claimed, decide(null), '2027-09-01')).details['field']).toBe(
      'input.amountAwardedPence',
    );
  });
});

describe('step dates', () => {
  it.each([
    ['in the future', '2027-02-11', '2027-02-10', 'must not be in the future'],
    ['before the step it follows', '2027-01-03', '2027-02-10', 'must not be before 2027-01-04'],
  ])('refuses a date %s', (_name, decidedOn, today, message) => {
    const refused = refusal(() => applyAcvAction(nominated(), list(decidedOn), today));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input.decidedOn' } });
    expect(refused.message).toContain(message);
  });

  it('requires written reasons and a ground for an unsuccessful nomination', () => {
    const decide = (reasons: string | null): AcvAction =>
      ({
        ...list('2027-02-01'),
        outcome: 'UNSUCCESSFUL',
        reasons,
        unsuccessfulGround: 'RESIDENCE',
      }) as AcvAction;
    expect(refusal(() => applyAcvAction(nominated(), decide(null), '2027-02-01')).details['field']).toBe(
      'input.reasons',
    );
    expect(
      applyAcvAction(nominated(), decide('It is a residence'), '2027-02-01').notices.map(
        (n) => n.recipientRole,
      ),
    ).toEqual(['NOMINATOR']);
  });

  it('refuses compensation to a public owner with NOT_ELIGIBLE', () => {
    const council = run(
      nominated('2027-01-04', { organisationId: 'c', name: 'Council', kind: 'COUNCIL' }),
      '2027-06-01',
      list('2027-02-10'),
      notice('2027-06-01'),
    );
    const refused = refusal(() =>
      applyAcvAction(
        council,
        {
          type: 'recordCompensationClaim',
          claimedOn: '2027-08-01',
          moratoriumNoticeReceivedOn: '2027-06-01',
          amountClaimedPence: 1,
          outcome: 'PENDING',
          amountAwardedPence: null,
        },
        '2027-08-01',
      ),
    );
    expect(refused).toMatchObject({ code: 'NOT_ELIGIBLE', details: { rule: 'PRIVATE_OWNER' } });
  });
});

describe('re-nomination', () => {
  it.each([
    ['while nominated', nominated(), '2027-01-10', 'ALREADY_NOMINATED'],
    [
      'while listed, before the last 8 weeks',
      run(nominated(), '2027-02-10', list('2027-02-10')),
      '2031-12-15',
      'ALREADY_LISTED',
    ],
  ])('is refused %s', (_name, entry, today, rule) => {
    expect(refusal(() => assertCanNominateAgain([entry], today))).toMatchObject({
      code: 'NOT_ELIGIBLE',
      details: { rule },
    });
  });

  it("is allowed in a listing's last 8 weeks and after it expires", () => {
    const entry = listed();
    expect(() => assertCanNominateAgain([entry], '2031-12-16')).not.toThrow();
    expect(() => assertCanNominateAgain([entry], '2032-03-01')).not.toThrow();
  });
});

describe('the listing registered outside the list: local land charge and Land Registry restriction', () => {
  const registration = (fields: Partial<Record<string, unknown>>): AcvAction => ({
    type: 'recordListingRegistration',
    ...fields,
  });
  const kinds = (entry: AcvEntry) => openTasks(entry).map((t) => t.kind);

  it('closes each task when its date is recorded, keeping the other date', () => {
    const charged = run(listed(), '2027-02-20', registration({ localLandChargeRegisteredOn: '2027-02-15' }));
    expect(kinds(charged)).toEqual(['LISTING_EXPIRY', 'LAND_REGISTRY_RESTRICTION']);

    const both = run(charged, '2027-03-01', registration({ landRegistryRestrictionAppliedOn: '2027-02-28' }));
    expect(both.registration).toEqual({
      localLandChargeRegisteredOn: '2027-02-15',
      landRegistryRestrictionAppliedOn: '2027-02-28',
      landUnregistered: false,
    });
    expect(kinds(both)).toEqual(['LISTING_EXPIRY']);
  });

  it('needs no restriction for unregistered land, and refuses both at once', () => {
    const unregistered = run(listed(), '2027-02-20', registration({ landUnregistered: true }));
    expect(kinds(unregistered)).toEqual(['LISTING_EXPIRY', 'LOCAL_LAND_CHARGE']);

    const both = refusal(() =>
      run(unregistered, '2027-02-20', registration({ landRegistryRestrictionAppliedOn: '2027-02-20' })),
    );
    expect([both.code, both.details['field']]).toEqual(['BAD_USER_INPUT', 'input.landUnregistered']);
  });

  it.each([
    ['before the listing', '2027-02-09'],
    ['in the future', '2027-02-21'],
  ])('refuses a date %s', (_when, date) => {
    const refused = refusal(() =>
      run(listed(), '2027-02-20', registration({ localLandChargeRegisteredOn: date })),
    );
    expect([refused.code, refused.details['field']]).toEqual([
      'BAD_USER_INPUT',
      'input.localLandChargeRegisteredOn',
    ]);
  });

  it('is not offered before the listing', () => {
    expect(refusal(() => run(nominated(), '2027-01-10', registration({}))).code).toBe('INVALID_TRANSITION');
  });
});

describe('the owner’s representations and oral hearing on review (Schedule 2)', () => {
  const requested = () =>
    run(listed(), '2027-03-01', {
      type: 'requestListingReview',
      requestedOn: '2027-03-01',
      requestedBy: 'owner-1',
    });
  const decide = (oralHearingOn: string | null): AcvAction => ({
    type: 'decideListingReview',
    outcome: 'UPHELD',
    decidedOn: '2027-04-01',
    reasons: 'Still of community value',
    decidedBy: 'officer-2',
    ownerRepresentations: 'The pub has lost money for three years',
    oralHearingOn,
  });

  it('records them with the decision', () => {
    const decided = run(requested(), '2027-04-01', decide('2027-03-20'));
    expect(decided.review).toMatchObject({
      ownerRepresentations: 'The pub has lost money for three years',
      oralHearingOn: '2027-03-20',
    });
  });

  it.each([
    ['before the request', '2027-02-28'],
    ['after the decision', '2027-04-02'],
  ])('refuses a hearing %s', (_when, date) => {
    const refused = refusal(() => run(requested(), '2027-04-01', decide(date)));
    expect([refused.code, refused.details['field']]).toEqual(['BAD_USER_INPUT', 'input.oralHearingOn']);
  });
});
