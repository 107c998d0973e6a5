import { describe, expect, it } from 'vitest';
import {
  assertBidderEligible,
  assertNominatorEligible,
  explainNominatorEligibility,
} from '../../../../../src/registers/acv/domain/acv-eligibility';
import { AppError } from '../../../../../src/kernel/domain/errors';
import type { OrganisationKind } from '../../../../../src/kernel/domain/records';

const CHELTENHAM = 'E07000078';
const TEWKESBURY = 'E07000083';
const DUDLEY = 'E08000027';
const AREA = { councilCode: CHELTENHAM, neighbouringCouncils: [TEWKESBURY] };

const STATES_IT = { doesNotDistributeSurplus: true, evidence: 'Constitution clause 9: no distribution' };

const body = (kind: OrganisationKind, councilAreas = [CHELTENHAM], memberCount: number | null = null) => ({
  kind,
  name: 'The Body',
  memberCount,
  councilAreas,
});

function ruleRefused(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_ELIGIBLE') return String(error.details['rule']);
    throw error;
  }
}

describe('who may nominate (reg 5)', () => {
  it.each([
    ['a charity working in the area', body('CHARITY'), null],
    ['a CIO', body('CIO'), null],
    ['a company limited by guarantee', body('COMPANY_LIMITED_BY_GUARANTEE'), null],
    ['a community benefit society', body('COMMUNITY_BENEFIT_SOCIETY'), null],
    ['a community interest company', body('COMMUNITY_INTEREST_COMPANY'), null],
    ['a neighbourhood forum', body('NEIGHBOURHOOD_FORUM'), null],
    ['a charity working only in a neighbouring council area', body('CHARITY', [TEWKESBURY]), null],
    ['a charity working only far away', body('CHARITY', [DUDLEY]), 'LOCAL_CONNECTION'],
    ['an unincorporated group of 21', body('UNINCORPORATED_GROUP', [CHELTENHAM], 21), null],
    [
      'an unincorporated group of 20',
      body('UNINCORPORATED_GROUP', [CHELTENHAM], 20),
      'UNINCORPORATED_MEMBERS',
    ],
    [
      'an unincorporated group of unknown size',
      body('UNINCORPORATED_GROUP', [CHELTENHAM], null),
      'UNINCORPORATED_MEMBERS',
    ],
    ['a parish council for land in its area', body('PARISH_COUNCIL'), null],
    [
      'a parish council for land in a neighbouring area',
      body('PARISH_COUNCIL', [TEWKESBURY]),
      'PARISH_OWN_AREA',
    ],
    ['a council', body('COUNCIL'), 'PUBLIC_BODY'],
    ['another public body', body('PUBLIC_BODY'), 'PUBLIC_BODY'],
    ['a business', body('BUSINESS'), 'BODY_KIND'],
  ])('%s: the rule refusing it is %s', (_name, nominator, rule) => {
    // Every body states it does not distribute surplus: the rule is asked only of the kinds below.
    expect(ruleRefused(() => assertNominatorEligible(nominator, AREA, STATES_IT))).toBe(rule);
  });

  it('explains every rule it checked, passed or not', () => {
    const checks = explainNominatorEligibility(body('UNINCORPORATED_GROUP', [DUDLEY], 30), AREA, STATES_IT);

    expect(checks.map((c) => [c.rule, c.passed])).toEqual([
      ['BODY_KIND', true],
      ['UNINCORPORATED_MEMBERS', true],
      ['NO_SURPLUS_DISTRIBUTION', true],
      ['LOCAL_CONNECTION', false],
    ]);
    expect(checks[1]?.explanation).toContain('30');
    expect(checks[3]?.explanation).toContain(TEWKESBURY);
  });

  // reg 5(1)(c), (e), (f): "which does not distribute any surplus it makes to its members".
  it.each([
    [
      'an unincorporated group of 21 with no statement',
      body('UNINCORPORATED_GROUP', [CHELTENHAM], 21),
      null,
      'NO_SURPLUS_DISTRIBUTION',
    ],
    [
      'a company limited by guarantee with no statement',
      body('COMPANY_LIMITED_BY_GUARANTEE'),
      null,
      'NO_SURPLUS_DISTRIBUTION',
    ],
    [
      'a community benefit society with no statement',
      body('COMMUNITY_BENEFIT_SOCIETY'),
      null,
      'NO_SURPLUS_DISTRIBUTION',
    ],
    [
      'a company limited by guarantee that distributes surplus',
      body('COMPANY_LIMITED_BY_GUARANTEE'),
      { doesNotDistributeSurplus: false, evidence: 'Articles 12: dividends to members' },
      'NO_SURPLUS_DISTRIBUTION',
    ],
    [
      'a community benefit society stating it with blank evidence',
      body('COMMUNITY_BENEFIT_SOCIETY'),
      { doesNotDistributeSurplus: true, evidence: '  ' },
      'NO_SURPLUS_DISTRIBUTION',
    ],
    [
      'a community benefit society stating it with evidence',
      body('COMMUNITY_BENEFIT_SOCIETY'),
      STATES_IT,
      null,
    ],
    ['a charity with no statement (not asked)', body('CHARITY'), null, null],
    [
      'a community interest company with no statement (not asked)',
      body('COMMUNITY_INTEREST_COMPANY'),
      null,
      null,
    ],
    ['a parish council with no statement (not asked)', body('PARISH_COUNCIL'), null, null],
    ['a neighbourhood forum with no statement (not asked)', body('NEIGHBOURHOOD_FORUM'), null, null],
  ] as const)('%s: refused for %s', (_name, nominator, statement, rule) => {
    expect(ruleRefused(() => assertNominatorEligible(nominator, AREA, statement))).toBe(rule);
  });

  it('names the surplus statement as the field to fix', () => {
    try {
      assertNominatorEligible(body('COMPANY_LIMITED_BY_GUARANTEE'), AREA);
      expect.unreachable('refused');
    } catch (error) {
      expect(error instanceof AppError && error.details['field']).toBe('input.surplusStatement');
    }
  });
});

describe('who may ask to bid (community interest groups, s.95)', () => {
  it.each([
    ['a charity', body('CHARITY'), null],
    ['a parish council', body('PARISH_COUNCIL'), null],
    [
      'a community benefit society in a neighbouring area',
      body('COMMUNITY_BENEFIT_SOCIETY', [TEWKESBURY]),
      null,
    ],
    [
      'an unincorporated group, however large',
      body('UNINCORPORATED_GROUP', [CHELTENHAM], 500),
      'BIDDER_KIND',
    ],
    ['a neighbourhood forum', body('NEIGHBOURHOOD_FORUM'), 'BIDDER_KIND'],
    ['a business', body('BUSINESS'), 'BIDDER_KIND'],
    ['a charity with no local connection', body('CHARITY', [DUDLEY]), 'LOCAL_CONNECTION'],
  ])('%s: the rule refusing it is %s', (_name, bidder, rule) => {
    expect(ruleRefused(() => assertBidderEligible(bidder, AREA))).toBe(rule);
  });
});

describe('a parish council nominates land in its own parish only (reg 5(1)(a))', () => {
  const PARISH = 'E04004275';
  const OTHER_PARISH = 'E04004276';
  const parish = (parishCode: string | null, councilAreas = [CHELTENHAM]) => ({
    ...body('PARISH_COUNCIL', councilAreas),
    parishCode,
  });
  const parishCheck = (nominator: ReturnType<typeof parish>, siteParish: string | null) =>
    explainNominatorEligibility(nominator, { ...AREA, parishCode: siteParish }).find(
      (c) => c.rule === 'PARISH_OWN_AREA',
    );

  it('accepts land whose parish is the parish council’s own', () => {
    expect(parishCheck(parish(PARISH), PARISH)).toMatchObject({ passed: true });
  });

  it('refuses land in another parish of the same district', () => {
    const checked = parishCheck(parish(PARISH), OTHER_PARISH);
    expect(checked?.passed).toBe(false);
    expect(checked?.explanation).toContain(OTHER_PARISH);
    expect(
      ruleRefused(() => assertNominatorEligible(parish(PARISH), { ...AREA, parishCode: OTHER_PARISH })),
    ).toBe('PARISH_OWN_AREA');
  });

  it('refuses land in another district whatever the parishes, a neighbouring one too', () => {
    expect(parishCheck(parish(PARISH, [TEWKESBURY]), PARISH)?.passed).toBe(false);
  });

  it.each([
    ['the site’s parish', PARISH, null, "the site's parish is not recorded"],
    ['the parish council’s parish', null, PARISH, "the parish council's parish is not recorded"],
  ])(
    'passes on the district when %s is unknown, and says the officer must confirm it',
    (_what, own, site, says) => {
      const checked = parishCheck(parish(own), site);
      expect(checked?.passed).toBe(true);
      expect(checked?.explanation).toContain(says);
      expect(checked?.explanation).toContain('the officer must confirm');
    },
  );
});
