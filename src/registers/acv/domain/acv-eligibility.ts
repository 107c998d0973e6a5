/**
 * Who may nominate land as an asset of community value (reg 5, SI 2012/2421), who may ask to be treated as a
 * potential bidder (s.95, community interest groups), and who may claim compensation (reg 14). Each rule is
 * checked and explained; a refusal is NOT_ELIGIBLE naming the first rule that failed.
 */
import type { AcvSurplusStatement, EligibilityCheck, EligibilityRule } from './acv-records';
import {
  districtsOf,
  hasLocalConnection,
  neighbouringDistrictsOf,
} from '../../../kernel/domain/council-neighbours';
import { NotEligibleError } from '../../../kernel/domain/errors';
import type { Organisation, OrganisationKind } from '../../../kernel/domain/records';

/** reg 5(1)(c): an unincorporated body needs at least 21 members registered to vote locally. */
export const UNINCORPORATED_GROUP_MIN_MEMBERS = 21;

/** Body kinds reg 5 lets nominate (a parish council only for land in its own area). */
const NOMINATING_KINDS: ReadonlySet<OrganisationKind> = new Set([
  'PARISH_COUNCIL',
  'NEIGHBOURHOOD_FORUM',
  'UNINCORPORATED_GROUP',
  'CHARITY',
  'CIO',
  'COMPANY_LIMITED_BY_GUARANTEE',
  'COMMUNITY_BENEFIT_SOCIETY',
  'COMMUNITY_INTEREST_COMPANY',
]);

/** s.95 and reg 12: community interest groups, who may bid and buy during a moratorium. */
const COMMUNITY_INTEREST_GROUP_KINDS: ReadonlySet<OrganisationKind> = new Set([
  'PARISH_COUNCIL',
  'CHARITY',
  'CIO',
  'COMPANY_LIMITED_BY_GUARANTEE',
  'COMMUNITY_BENEFIT_SOCIETY',
  'COMMUNITY_INTEREST_COMPANY',
]);

/**
 * reg 5(1)(c), (e) and (f): an unincorporated body, a company limited by guarantee and an industrial and
 * provident society (now a co-operative or community benefit society) may nominate only if it "does not
 * distribute any surplus it makes to its members". Charities, CIOs and CICs are bound by their own regimes,
 * parish councils and neighbourhood forums are not asked.
 */
const NON_DISTRIBUTING_KINDS: ReadonlySet<OrganisationKind> = new Set([
  'UNINCORPORATED_GROUP',
  'COMPANY_LIMITED_BY_GUARANTEE',
  'COMMUNITY_BENEFIT_SOCIETY',
]);

type Body = Pick<Organisation, 'kind' | 'name' | 'memberCount' | 'councilAreas' | 'parishCode'>;

/**
 * The council area of the land, and the neighbours its officers added to the shipped ones
 * (council-neighbours.ts).
 */
export interface LandArea {
  readonly councilCode: string;
  readonly neighbouringCouncils: readonly string[];
  /** The site's parish (E04...), as entered by the nominator or the officer; null when not known. */
  readonly parishCode?: string | null;
}

function check(rule: EligibilityRule, passed: boolean, explanation: string): EligibilityCheck {
  return { rule, passed, explanation };
}

function localConnection(body: Body, area: LandArea): EligibilityCheck {
  const connected = hasLocalConnection(body.councilAreas, area.councilCode, area.neighbouringCouncils);
  const neighbours = [
    ...new Set([...neighbouringDistrictsOf(area.councilCode), ...area.neighbouringCouncils]),
  ];
  const around = neighbours.length > 0 ? `its neighbours ${neighbours.join(', ')}` : 'no neighbour by land';
  return check(
    'LOCAL_CONNECTION',
    connected,
    connected
      ? `${body.name} works in ${area.councilCode} or a neighbouring council's area`
      : `${body.name} works in none of ${area.councilCode} (the council's area) and ${around}: it has no local connection (reg 4)`,
  );
}

/**
 * reg 5(1)(a): a parish council nominates land in its own parish. Without a lookup of parish boundaries the
 * register compares codes: the land must be in the parish council's district (its council areas), and when
 * both the parish council's parish and the site's are recorded they must be the same. When either is not
 * recorded the check passes on the district and says the officer must confirm the parish.
 */
function parishOwnArea(body: Body, area: LandArea): EligibilityCheck {
  const landDistricts = districtsOf(area.councilCode);
  const inDistrict = body.councilAreas.some((code) =>
    districtsOf(code).some((district) => landDistricts.includes(district)),
  );
  if (!inDistrict)
    return check(
      'PARISH_OWN_AREA',
      false,
      `A parish council may nominate only land in its own parish (reg 5(1)(a)); the land is in ${area.councilCode}, outside the parish council's district`,
    );
  const own = body.parishCode ?? null;
  const site = area.parishCode ?? null;
  if (own && site)
    return own === site
      ? check('PARISH_OWN_AREA', true, `The land is in the parish council's own parish (${own})`)
      : check(
          'PARISH_OWN_AREA',
          false,
          `A parish council may nominate only land in its own parish (reg 5(1)(a)); the land is in parish ${site}, not ${own}`,
        );
  const unknown = own ? `the site's parish is not recorded` : `the parish council's parish is not recorded`;
  return check(
    'PARISH_OWN_AREA',
    true,
    `The land is in the parish council's district (${area.councilCode}), but ${unknown}: the officer must confirm that the land lies in ${own ?? 'its parish'} before deciding`,
  );
}

/** True when reg 5 lets a body of this kind nominate only if it does not distribute surplus to members. */
export function needsSurplusStatement(kind: OrganisationKind): boolean {
  return NON_DISTRIBUTING_KINDS.has(kind);
}

function surplusCheck(body: Body, statement: AcvSurplusStatement | null): EligibilityCheck {
  if (!statement)
    return check(
      'NO_SURPLUS_DISTRIBUTION',
      false,
      `A ${kindName(body.kind)} may nominate only if it does not distribute any surplus it makes to its members (reg 5(1)): give the nominator's statement and its evidence (surplusStatement)`,
    );
  const passed = statement.doesNotDistributeSurplus && statement.evidence.trim().length > 0;
  return check(
    'NO_SURPLUS_DISTRIBUTION',
    passed,
    passed
      ? `${body.name} states, with evidence, that it does not distribute any surplus it makes to its members (reg 5(1))`
      : `${body.name} distributes surplus to its members, or gives no evidence that it does not: it may not nominate (reg 5(1))`,
  );
}

function kindName(kind: OrganisationKind): string {
  return kind.toLowerCase().replaceAll('_', ' ');
}

/**
 * Every reg 5 rule as it applies to `body` nominating land in `area`, passed or not. `surplus` is the
 * nominator's statement that it does not distribute surplus to its members, for the kinds that need one.
 */
export function explainNominatorEligibility(
  body: Body,
  area: LandArea,
  surplus: AcvSurplusStatement | null = null,
): EligibilityCheck[] {
  const checks: EligibilityCheck[] = [];
  if (body.kind === 'COUNCIL' || body.kind === 'PUBLIC_BODY') {
    checks.push(
      check('PUBLIC_BODY', false, 'Public bodies other than parish councils may not nominate land (reg 5)'),
    );
    return checks;
  }
  const kindAllowed = NOMINATING_KINDS.has(body.kind);
  checks.push(
    check(
      'BODY_KIND',
      kindAllowed,
      kindAllowed
        ? `A ${kindName(body.kind)} may nominate (reg 5)`
        : `A ${kindName(body.kind)} is not a kind of body that may nominate (reg 5: parish council, neighbourhood forum, unincorporated group of 21, charity, CIO, company limited by guarantee, community benefit society or CIC)`,
    ),
  );
  if (!kindAllowed) return checks;
  if (body.kind === 'PARISH_COUNCIL') {
    checks.push(parishOwnArea(body, area));
    return checks;
  }
  if (body.kind === 'UNINCORPORATED_GROUP') {
    const members = body.memberCount ?? 0;
    const enough = members >= UNINCORPORATED_GROUP_MIN_MEMBERS;
    checks.push(
      check(
        'UNINCORPORATED_MEMBERS',
        enough,
        enough
          ? `${members} members (at least ${UNINCORPORATED_GROUP_MIN_MEMBERS} are needed)`
          : `An unincorporated group needs at least ${UNINCORPORATED_GROUP_MIN_MEMBERS} members registered to vote locally; ${body.name} has ${members} (reg 5(1)(c))`,
      ),
    );
  }
  if (needsSurplusStatement(body.kind)) checks.push(surplusCheck(body, surplus));
  checks.push(localConnection(body, area));
  return checks;
}

/** NOT_ELIGIBLE naming the first failed rule unless `body` may nominate land in `area`; the checks otherwise. */
export function assertNominatorEligible(
  body: Body,
  area: LandArea,
  surplus: AcvSurplusStatement | null = null,
): EligibilityCheck[] {
  const checks = explainNominatorEligibility(body, area, surplus);
  const failed = checks.find((c) => !c.passed);
  if (failed)
    throw new NotEligibleError(failed.rule, failed.explanation, {
      field:
        failed.rule === 'NO_SURPLUS_DISTRIBUTION'
          ? 'input.surplusStatement'
          : 'input.nominatorOrganisationId',
    });
  return checks;
}

/** True for community interest groups (s.95: may bid, and buy during a moratorium). */
export function isCommunityInterestGroupKind(kind: OrganisationKind): boolean {
  return COMMUNITY_INTEREST_GROUP_KINDS.has(kind);
}

/**
 * NOT_ELIGIBLE unless `body` may ask to be treated as a potential bidder: a community interest group (not an
 * unincorporated group or a neighbourhood forum) with a local connection.
 */
export function assertBidderEligible(body: Body, area: LandArea): void {
  if (!isCommunityInterestGroupKind(body.kind)) {
    throw new NotEligibleError(
      'BIDDER_KIND',
      `A ${kindName(body.kind)} is not a community interest group and cannot ask to bid (s.95; unincorporated groups and neighbourhood forums may not)`,
      { field: 'input.bidderOrganisationId' },
    );
  }
  const connection = localConnection(body, area);
  if (!connection.passed) {
    throw new NotEligibleError(connection.rule, connection.explanation, {
      field: 'input.bidderOrganisationId',
    });
  }
}

/** NOT_ELIGIBLE when the owner is a public body: only private owners may claim compensation (reg 14). */
export function assertPrivateOwner(ownerKind: OrganisationKind | null): void {
  if (ownerKind === 'COUNCIL' || ownerKind === 'PUBLIC_BODY' || ownerKind === 'PARISH_COUNCIL') {
    throw new NotEligibleError(
      'PRIVATE_OWNER',
      'Only a private owner may claim compensation; public bodies may not (reg 14)',
      { field: 'input' },
    );
  }
}
