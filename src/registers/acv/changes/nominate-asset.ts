/**
 * nominateAsset: a community body nominates land for the council's list. Every read and check is inside the
 * create (runCreate), so a retry with the same idempotency key answers with the first entry, whatever the
 * rules would say now. The nominator's editors are checked in the nomination's transaction, not read first.
 *
 * Reads go out by dependency depth, 3 round trips in all: (1) the nominator (and an owner named by id, in
 * the same BatchGetItem) beside the building; (2) once the council is known, the building's owner, the
 * council's settings, its GSS claim (a council not in the register cannot receive a nomination) and the
 * building's earlier entries; (3) the transaction. Refusals come in the order the checks read, whichever
 * answer arrives first.
 */
import type { Building, Organisation } from '../../../kernel/domain/records';
import { assertNominatorEligible, needsSurplusStatement } from '../domain/acv-eligibility';
import { createNomination } from '../domain/acv-lifecycle';
import type { AcvTransition } from '../domain/acv-action';
import type { AcvEntry, AcvParty, AcvSite } from '../domain/acv-records';
import { assertCanNominateAgain } from '../domain/acv-state';
import { badInput, CouncilNotRegisteredError } from '../../../kernel/domain/errors';
import type { ChangeAccess } from '../../../kernel/graphql/context';
import { loadReferencedOrganisation } from '../../../kernel/graphql/support';
import { runCreate } from '../../../kernel/changes/change-protocol';
import type { ChangeBy } from '../../../kernel/changes/change-protocol';
import type { RegisterContext } from '../../context';
import type { NominateAssetArgs } from './acv-inputs';
import { acvToday, loadEntry, loadSettings, partyOf, readTogether, toNotices } from './acv-change-support';

/** The nominate-once request: the mutation, its arguments as sent and the idempotency key. */
export interface NominationRequest {
  readonly args: unknown;
  readonly idempotencyKey: string | null | undefined;
}

export function nominateAsset(
  ctx: RegisterContext,
  input: NominateAssetArgs,
  request: NominationRequest,
): Promise<AcvEntry> {
  return runCreate(ctx, {
    request: { operation: 'nominateAsset', args: request.args, idempotencyKey: request.idempotencyKey },
    prepare: (by, access) => prepareNomination(ctx, input, { ...by, access }),
    write: (transition, { change }, guard) =>
      ctx.stores.acv.createAcvEntry(
        {
          entry: transition.entry,
          notices: toNotices(transition.entry, transition, change),
          auditAction: transition.auditAction,
        },
        change,
        guard,
      ),
    result: (transition) => transition.entry,
    loadExisting: (id) => loadEntry(ctx, id),
  });
}

async function prepareNomination(
  ctx: RegisterContext,
  input: NominateAssetArgs,
  { actor, change, id, access }: ChangeBy & { readonly id: string; readonly access: ChangeAccess },
): Promise<AcvTransition> {
  await access.require({
    action: 'acv.nominate',
    resource: { nominatorOrganisationId: input.nominatorOrganisationId },
  });
  const today = acvToday(ctx);
  const [nominator, namedOwner, building] = await readTogether([
    loadReferencedOrganisation(ctx, input.nominatorOrganisationId, 'input.nominatorOrganisationId'),
    namedOwnerOf(ctx, input),
    input.buildingId ? loadVisibleBuilding(ctx, input.buildingId) : Promise.resolve(null),
  ] as const);
  const land = describeLand(input, building);
  const [owner, settings, registered, earlierEntries] = await readTogether([
    namedOwner ? Promise.resolve(namedOwner) : buildingOwnerOf(ctx, building),
    loadSettings(ctx, land.councilCode),
    ctx.stores.organisations.isCouncilRegistered(land.councilCode),
    input.buildingId ? ctx.stores.acv.listAcvEntriesOfBuilding(input.buildingId) : Promise.resolve([]),
  ] as const);
  if (!registered) {
    throw new CouncilNotRegisteredError(
      land.councilCode,
      input.councilCode ? 'input.councilCode' : 'input.buildingId',
    );
  }
  const eligibility = assertNominatorEligible(
    nominator,
    {
      councilCode: land.councilCode,
      neighbouringCouncils: settings.neighbouringCouncils,
      parishCode: land.site.parishCode ?? null,
    },
    input.surplusStatement,
  );
  if (input.buildingId) assertCanNominateAgain(earlierEntries, today);
  return createNomination(
    {
      id,
      councilCode: land.councilCode,
      buildingId: input.buildingId,
      site: land.site,
      nominator: partyOf(nominator),
      nominatedBy: actor.userId,
      nominatedOn: input.receivedOn,
      communityValueReasons: input.communityValueReasons,
      occupiersKnown: input.occupiersKnown,
      interests: input.interests,
      eligibilityEvidence: input.eligibilityEvidence,
      eligibility,
      // Kept only where reg 5 asks for it: another body's statement would mean nothing.
      surplusStatement: needsSurplusStatement(nominator.kind) ? input.surplusStatement : null,
      owner,
    },
    today,
    change.at,
    parishCouncilToTell(land.site.parishCode ?? null, nominator),
  );
}

/** The owner the nominator named: a register organisation by id, or just a name. */
async function namedOwnerOf(ctx: RegisterContext, input: NominateAssetArgs): Promise<AcvParty | null> {
  if (input.owner?.organisationId) {
    return partyOf(
      await loadReferencedOrganisation(ctx, input.owner.organisationId, 'input.owner.organisationId'),
    );
  }
  return input.owner?.name ? { organisationId: null, name: input.owner.name, kind: null } : null;
}

/** A current register building the caller may see; BAD_USER_INPUT otherwise (its existence is not told). */
async function loadVisibleBuilding(ctx: RegisterContext, id: string): Promise<Building> {
  const building = await ctx.stores.buildings.getBuilding(id);
  if (!building || building.archivedAt || !(await ctx.isAllowed('building.view', building)))
    throw badInput('input.buildingId', 'no current building in the register has this id');
  return building;
}

/** The owner the register records for the building, when the nominator named none. */
async function buildingOwnerOf(ctx: RegisterContext, building: Building | null): Promise<AcvParty | null> {
  if (building?.ownerOrganisationId) {
    return partyOf(await loadReferencedOrganisation(ctx, building.ownerOrganisationId, 'input.buildingId'));
  }
  return building?.ownerName ? { organisationId: null, name: building.ownerName, kind: null } : null;
}

/** Where the land is and what it is: the register building, or the site described. */
function describeLand(
  input: NominateAssetArgs,
  building: Building | null,
): { councilCode: string; site: AcvSite } {
  if (building) {
    if (input.councilCode && input.councilCode !== building.councilCode)
      throw badInput('input.councilCode', `the building is in ${building.councilCode}`);
    return {
      councilCode: building.councilCode,
      site: {
        name: input.site?.name ?? building.name,
        description: input.site?.description ?? building.description,
        boundaryDescription: input.boundaryDescription,
        address: input.site?.address ? toAddress(input.site.address) : building.address,
        location: input.site?.location ?? building.location,
        // The register's category of the building; a nominator's own word cannot make it less of a residence.
        category: building.category,
        ...placeOf(input),
        uprn: building.uprn ?? null,
      },
    };
  }
  if (!input.site)
    throw badInput('input.site', 'describe the land, or give the buildingId of a register building');
  if (!input.councilCode)
    throw badInput('input.councilCode', 'give the GSS code of the council whose area it is in');
  return {
    councilCode: input.councilCode,
    site: {
      name: input.site.name,
      description: input.site.description,
      boundaryDescription: input.boundaryDescription,
      address: input.site.address ? toAddress(input.site.address) : null,
      location: input.site.location,
      category: input.site.category,
      ...placeOf(input),
      uprn: input.site.uprn,
    },
  };
}

/** Where the site lies beyond its address: its boundary, ward and parish as the nominator gave them. */
function placeOf(input: NominateAssetArgs): Pick<AcvSite, 'boundary' | 'wardCode' | 'parishCode'> {
  return { boundary: input.boundary, wardCode: input.wardCode, parishCode: input.parishCode };
}

function toAddress(input: NonNullable<NonNullable<NominateAssetArgs['site']>['address']>) {
  return {
    lines: input.lines,
    postTown: input.postTown ?? null,
    postcode: input.postcode?.postcode ?? null,
    postcodeIsPartial: input.postcode?.partial ?? false,
  };
}

/**
 * reg 8: the parish council of the land's parish is told of a nomination, unless it made it. The register keeps
 * no index of parish councils by parish, so the notice names the parish for the council's officers to deliver.
 */
function parishCouncilToTell(
  parishCode: string | null,
  nominator: Pick<Organisation, 'kind' | 'parishCode'>,
): AcvParty | null {
  if (parishCode === null) return null;
  if (nominator.kind === 'PARISH_COUNCIL' && nominator.parishCode === parishCode) return null;
  return { organisationId: null, name: `The parish council of parish ${parishCode}`, kind: 'PARISH_COUNCIL' };
}
