import { describe, expect, it } from 'vitest';
import {
  checkOrganisationIdentifiers,
  withOwnArea,
} from '../../../../../src/registers/organisations/domain/organisation-rules';
import type { Organisation, OrganisationKind } from '../../../../../src/kernel/domain/records';

const CHELTENHAM = 'E07000078';
const TEWKESBURY = 'E07000083';

type Identifiers = Parameters<typeof checkOrganisationIdentifiers>[0];

function identifiers(kind: OrganisationKind, given: Partial<Identifiers> = {}): Identifiers {
  return {
    kind,
    gssCode: null,
    charityNumber: null,
    companyNumber: null,
    memberCount: null,
    publicBodyType: null,
    councilAreas: [CHELTENHAM],
    ...given,
  };
}

describe('checkOrganisationIdentifiers', () => {
  it.each([
    ['COUNCIL', 'gssCode', 'is required for a council', { gssCode: CHELTENHAM }],
    ['CHARITY', 'charityNumber', 'is required for a charity', { charityNumber: '1089464' }],
    ['CIO', 'charityNumber', 'is required for a charity', { charityNumber: '1162855' }],
    [
      'COMMUNITY_INTEREST_COMPANY',
      'companyNumber',
      'is required for a company',
      { companyNumber: '09876543' },
    ],
    [
      'COMPANY_LIMITED_BY_GUARANTEE',
      'companyNumber',
      'is required for a company',
      { companyNumber: '01234567' },
    ],
    ['UNINCORPORATED_GROUP', 'memberCount', 'is required for an unincorporated group', { memberCount: 21 }],
    ['PUBLIC_BODY', 'publicBodyType', 'is required for a public body', { publicBodyType: 'DWP' }],
  ] as const)('requires a %s to give its %s', (kind, field, message, given) => {
    expect(checkOrganisationIdentifiers(identifiers(kind), 'input')).toEqual([
      { field: `input.${field}`, message },
    ]);
    expect(checkOrganisationIdentifiers(identifiers(kind, given), 'input')).toEqual([]);
  });

  it.each(['PARISH_COUNCIL', 'COMMUNITY_BENEFIT_SOCIETY', 'NEIGHBOURHOOD_FORUM', 'BUSINESS'] as const)(
    'requires no identifier of a %s',
    (kind) => {
      expect(checkOrganisationIdentifiers(identifiers(kind), 'input')).toEqual([]);
    },
  );

  it('refuses a GSS code on an organisation that is not a council', () => {
    expect(
      checkOrganisationIdentifiers(identifiers('PARISH_COUNCIL', { gssCode: CHELTENHAM }), 'input'),
    ).toEqual([{ field: 'input.gssCode', message: 'is only given for councils' }]);
  });

  it('refuses a public body type on an organisation that is not a public body', () => {
    const org = identifiers('CHARITY', { charityNumber: '1089464', publicBodyType: 'NHS' });

    expect(checkOrganisationIdentifiers(org, 'input')).toEqual([
      { field: 'input.publicBodyType', message: 'is only given for public bodies' },
    ]);
  });

  it('requires at least one council area', () => {
    const org = identifiers('BUSINESS', { councilAreas: [] });

    expect(checkOrganisationIdentifiers(org, 'input')).toEqual([
      { field: 'input.councilAreas', message: 'must name at least one council area' },
    ]);
  });

  it('reports every problem at once, under the prefix it is given', () => {
    const org = identifiers('CHARITY', { gssCode: CHELTENHAM, councilAreas: [] });

    expect(checkOrganisationIdentifiers(org, 'organisation').map((problem) => problem.field)).toEqual([
      'organisation.charityNumber',
      'organisation.gssCode',
      'organisation.councilAreas',
    ]);
  });
});

describe('withOwnArea', () => {
  const council = (
    gssCode: string | null,
    councilAreas: string[],
  ): Pick<Organisation, 'kind' | 'gssCode' | 'councilAreas'> => ({
    kind: 'COUNCIL',
    gssCode,
    councilAreas,
  });

  it.each([
    ['adds a council’s own area first', council(CHELTENHAM, [TEWKESBURY]), [CHELTENHAM, TEWKESBURY]],
    ['adds it to an empty list', council(CHELTENHAM, []), [CHELTENHAM]],
    [
      'keeps the order when the own area is already listed',
      council(CHELTENHAM, [TEWKESBURY, CHELTENHAM]),
      [TEWKESBURY, CHELTENHAM],
    ],
    ['drops repeated areas', council(CHELTENHAM, [TEWKESBURY, TEWKESBURY]), [CHELTENHAM, TEWKESBURY]],
    ['adds nothing for a council without a GSS code', council(null, [TEWKESBURY]), [TEWKESBURY]],
    [
      'adds nothing for an organisation that is not a council',
      { kind: 'CHARITY', gssCode: CHELTENHAM, councilAreas: [TEWKESBURY] } as const,
      [TEWKESBURY],
    ],
  ])('%s', (_what, org, expected) => {
    expect(withOwnArea(org)).toEqual(expected);
  });
});
