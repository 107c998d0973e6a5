import type { FieldProblem } from '../../../kernel/domain/errors';
import type { Organisation } from '../../../kernel/domain/records';

type Identifiers = Pick<
  Organisation,
  | 'kind'
  | 'gssCode'
  | 'charityNumber'
  | 'companyNumber'
  | 'memberCount'
  | 'publicBodyType'
  | 'councilAreas'
  | 'parishCode'
>;

/**
 * Which identifiers each kind of organisation must give. These are what later decide who may nominate an
 * asset of community value (reg 5): a charity number, a company number, or 21+ members for a group.
 * `prefix` is the input path the problems are reported under (e.g. `input`).
 */
export function checkOrganisationIdentifiers(org: Identifiers, prefix: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const need = (field: keyof Identifiers, present: boolean, what: string) => {
    if (!present) problems.push({ field: `${prefix}.${field}`, message: `is required for ${what}` });
  };
  switch (org.kind) {
    case 'COUNCIL':
      need('gssCode', org.gssCode !== null, 'a council');
      break;
    case 'CHARITY':
    case 'CIO':
      need('charityNumber', org.charityNumber !== null, 'a charity');
      break;
    case 'COMMUNITY_INTEREST_COMPANY':
    case 'COMPANY_LIMITED_BY_GUARANTEE':
      need('companyNumber', org.companyNumber !== null, 'a company');
      break;
    case 'UNINCORPORATED_GROUP':
      need('memberCount', org.memberCount !== null, 'an unincorporated group');
      break;
    case 'PUBLIC_BODY':
      need('publicBodyType', org.publicBodyType !== null, 'a public body');
      break;
    default:
      break;
  }
  if (org.kind !== 'COUNCIL' && org.gssCode !== null) {
    problems.push({ field: `${prefix}.gssCode`, message: 'is only given for councils' });
  }
  if (org.kind !== 'PARISH_COUNCIL' && org.parishCode) {
    problems.push({ field: `${prefix}.parishCode`, message: 'is only given for parish councils' });
  }
  if (org.kind !== 'PUBLIC_BODY' && org.publicBodyType !== null) {
    problems.push({ field: `${prefix}.publicBodyType`, message: 'is only given for public bodies' });
  }
  if (org.councilAreas.length === 0) {
    problems.push({ field: `${prefix}.councilAreas`, message: 'must name at least one council area' });
  }
  return problems;
}

/** A council always works in its own area; it is listed first. */
export function withOwnArea(org: Pick<Organisation, 'kind' | 'gssCode' | 'councilAreas'>): string[] {
  const areas = [...new Set(org.councilAreas)];
  if (org.kind === 'COUNCIL' && org.gssCode && !areas.includes(org.gssCode)) areas.unshift(org.gssCode);
  return areas;
}
