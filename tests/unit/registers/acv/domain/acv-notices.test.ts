import { describe, expect, it } from 'vitest';
import { applyAcvAction, createNomination } from '../../../../../src/registers/acv/domain/acv-lifecycle';
import type { AcvEntry, AcvParty } from '../../../../../src/registers/acv/domain/acv-records';
import { NOTICE_KINDS, NOTICE_RULES } from '../../../../../src/registers/acv/domain/acv-records';

// Who is told of a nomination (SI 2012/2421 reg 8) and how a moratorium is publicised (s.97(4)).

const CHARITY = { organisationId: 'org-friends', name: 'Friends of the Arms', kind: 'CHARITY' } as const;
const PARISH: AcvParty = {
  organisationId: 'org-parish',
  name: 'Prestbury Parish Council',
  kind: 'PARISH_COUNCIL',
};

function nominate(
  parishCouncil: AcvParty | null,
  overrides: Partial<Pick<AcvEntry, 'owner' | 'interests' | 'nominator'>> = {},
) {
  return createNomination(
    {
      id: 'entry-1',
      councilCode: 'E07000078',
      buildingId: null,
      site: {
        name: 'The Arms',
        description: null,
        boundaryDescription: 'The pub and garden',
        address: {
          lines: ['1 Mill Lane'],
          postTown: 'Prestbury',
          postcode: 'GL52 3BG',
          postcodeIsPartial: false,
        },
        location: null,
      },
      nominator: CHARITY,
      nominatedBy: 'user-nominator',
      nominatedOn: '2027-01-04',
      communityValueReasons: 'The last pub',
      occupiersKnown: null,
      interests: [
        { kind: 'OCCUPIER', name: 'Jo Bloggs', address: 'The Arms' },
        { kind: 'LEASEHOLDER', name: 'Arms Leisure Ltd', address: '2 High St' },
        { kind: 'FREEHOLDER', name: 'Old Estates', address: '3 High St' },
      ],
      eligibilityEvidence: 'Charity 1123456',
      eligibility: [],
      owner: { organisationId: 'org-owner', name: 'Taverns Ltd', kind: 'BUSINESS' },
      ...overrides,
    },
    '2027-01-04',
    '2027-01-04T12:00:00.000Z',
    parishCouncil,
  );
}

const who = (notices: readonly { recipientRole: string; recipientName: string }[]) =>
  notices.map((n) => `${n.recipientRole}:${n.recipientName}`);

describe('notices of a nomination (reg 8)', () => {
  it('tells the owner, the occupier, the leaseholder and the parish council, dated the day received', () => {
    const { notices } = nominate(PARISH);

    expect(who(notices)).toEqual([
      'OWNER:Taverns Ltd',
      'OCCUPIER:Jo Bloggs',
      'LEASEHOLDER:Arms Leisure Ltd',
      'PARISH_COUNCIL:Prestbury Parish Council',
    ]);
    expect(new Set(notices.map((n) => [n.kind, n.date].join()))).toEqual(
      new Set(['NOMINATION_RECEIVED,2027-01-04']),
    );
    // The decision is due eight weeks beginning with the day of receipt (reg 7), which the notice says.
    expect(notices[0]?.text).toContain('2027-02-28');
  });

  it('tells the freeholders named when no owner is known, and no parish council when none is known', () => {
    expect(who(nominate(null, { owner: null }).notices)).toEqual([
      'OWNER:Old Estates',
      'OCCUPIER:Jo Bloggs',
      'LEASEHOLDER:Arms Leisure Ltd',
    ]);
  });

  it('does not tell a parish council of its own nomination, nor any nominator', () => {
    const { notices } = nominate(PARISH, { nominator: PARISH });

    expect(who(notices)).not.toContain('PARISH_COUNCIL:Prestbury Parish Council');
    expect(notices.map((n) => n.recipientRole)).not.toContain('NOMINATOR');
  });
});

describe('publicity of a moratorium (s.97(4))', () => {
  it('adds a public notice with the three ends beside the letter to the nominator (s.97(3))', () => {
    const listed = applyAcvAction(
      nominate(null).entry,
      {
        type: 'decideNomination',
        outcome: 'LISTED',
        decidedOn: '2027-02-10',
        reasons: null,
        unsuccessfulGround: null,
        decidedBy: 'officer',
        listingExpiryConvention: 'STATUTE',
      },
      '2027-02-10',
    ).entry;

    const { notices } = applyAcvAction(
      listed,
      { type: 'recordDisposalNotice', receivedOn: '2027-06-01', exemptCategory: null, details: null },
      '2027-06-01',
    );

    expect(notices.map((n) => [n.kind, n.recipientRole])).toEqual([
      ['MORATORIUM', 'NOMINATOR'],
      ['MORATORIUM_PUBLICITY', 'PUBLIC'],
    ]);
    const text = notices[1]?.text ?? '';
    // 6 weeks beginning with 1 June: 12 July; 6 months: 30 November; 18 months: 30 November 2028.
    for (const part of [
      '1 Mill Lane, Prestbury, GL52 3BG',
      '2027-06-01',
      '2027-07-12',
      '2027-11-30',
      '2028-11-30',
    ])
      expect(text).toContain(part);
    expect(text).not.toContain('Dear');
  });

  it('writes nothing public for an exempt disposal', () => {
    const listed = applyAcvAction(
      nominate(null).entry,
      {
        type: 'decideNomination',
        outcome: 'LISTED',
        decidedOn: '2027-02-10',
        reasons: null,
        unsuccessfulGround: null,
        decidedBy: 'officer',
        listingExpiryConvention: 'STATUTE',
      },
      '2027-02-10',
    ).entry;

    const { notices } = applyAcvAction(
      listed,
      { type: 'recordDisposalNotice', receivedOn: '2027-06-01', exemptCategory: 'GIFT', details: null },
      '2027-06-01',
    );

    expect(notices).toEqual([]);
  });
});

it('cites a rule for every kind of notice', () => {
  for (const kind of NOTICE_KINDS)
    expect(NOTICE_RULES[kind], kind).toMatch(/^(Localism Act 2011 s\.|SI 2012\/2421 reg )\d/);
});
