import { randomUUID } from 'node:crypto';
import { GraphQLScalarType, Kind } from 'graphql';
import type { AcvEntryRef, UserIdentity } from '../../../kernel/domain/authorization';
import {
  assertBidderEligible,
  assertNominatorEligible,
  isCommunityInterestGroupKind,
  needsSurplusStatement,
} from '../domain/acv-eligibility';
import { applyAcvAction, createNomination } from '../domain/acv-lifecycle';
import { acvDates, acvStateOn, allowedActions, assertCanNominateAgain, moratoriaOf } from '../domain/acv-state';
import type { AcvAction, AcvTransition } from '../domain/acv-action';
import { LISTED_STATES, NOTICE_RULES } from '../domain/acv-records';
import type { AcvEntry, AcvNotice, AcvParty, AcvSettings, AcvSite } from '../domain/acv-records';
import { addDays, daysBetween, DEFAULT_LISTING_EXPIRY_CONVENTION, isIsoDate } from '../domain/acv-timetable';
import { londonDate } from '../../../kernel/domain/clock';
import type { IsoDate } from '../../../kernel/domain/clock';
import { neighbouringDistrictsOf } from '../../../kernel/domain/council-neighbours';
import {
  badInput,
  ConflictError,
  CouncilNotRegisteredError,
  NotFoundError,
} from '../../../kernel/domain/errors';
import type { ChangeContext } from '../../../kernel/domain/ports';
import type { Organisation } from '../../../kernel/domain/records';
import {
  acvSettingsSchema,
  decideCompensationClaimSchema,
  decideListingReviewSchema,
  decideNominationSchema,
  isoDateSchema,
  nominateAssetSchema,
  recordAppealSchema,
  recordCompensationClaimSchema,
  recordDisposalNoticeSchema,
  recordDisposalSchema,
  recordListingRegistrationSchema,
  removeListingSchema,
  requestToBidSchema,
} from './acv-inputs';
import type { NominateAssetArgs } from './acv-inputs';
import type { AccessCheck } from '../../../kernel/graphql/context';
import type { RegisterContext } from '../../context';
import type { Resolvers } from '../../generated/resolvers-types';
import { councilCodeSchema, parseArgument } from '../../../kernel/graphql/inputs';
import {
  beforeWriting,
  changeBy,
  createOnce,
  nextVersion,
  requireUser,
  runChange,
} from '../../../kernel/changes/change-protocol';
import {
  parseId,
  parsePage,
  requestLoader,
  loadReferencedOrganisation,
} from '../../../kernel/graphql/support';

/**
 * The assets of community value API (schema/acv.graphql). Thin: each mutation loads the entry, asks
 * authorization.ts, hands the step to the pure lifecycle (acv-lifecycle.ts) with today's London date and
 * stores what it returns in one transaction. A refusal is thrown before anything is written.
 */

/** ISO calendar dates (`YYYY-MM-DD`), checked to be real dates (no 2027-02-29). */
const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO-8601 `YYYY-MM-DD`, in the Europe/London calendar.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !isIsoDate(value))
      throw new TypeError('Date must be a calendar date written YYYY-MM-DD, such as 2027-03-01');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isIsoDate(ast.value))
      throw new TypeError('Date must be a calendar date written YYYY-MM-DD, such as 2027-03-01');
    return ast.value;
  },
});

/** Today in England, from the request's clock (pinned with `npm start -- --today`). */
export function acvToday(ctx: RegisterContext): IsoDate {
  return londonDate(ctx.clock.now());
}

function entryRef(entry: AcvEntry): AcvEntryRef {
  return {
    councilCode: entry.councilCode,
    nominatorOrganisationId: entry.nominator.organisationId,
    ownerOrganisationId: entry.owner?.organisationId ?? null,
  };
}

/** Entries by id, batched into one BatchGetItem per tick for the request (the work queue's entries). */
const loadEntryById = requestLoader<AcvEntry | null, RegisterContext>(
  (ctx, ids) => ctx.stores.acv.getAcvEntries(ids),
  null,
);

/**
 * The entries about a building, batched for a page of buildings: the link Queries of every building asked
 * for in one tick run in parallel, then one BatchGetItem reads all their entries (not two requests per
 * building).
 */
const loadEntriesOfBuilding = requestLoader<readonly AcvEntry[], RegisterContext>(
  (ctx, ids) => ctx.stores.acv.listAcvEntriesOfBuildings(ids),
  [],
);

async function loadEntry(ctx: RegisterContext, id: string): Promise<AcvEntry> {
  const entry = await ctx.stores.acv.getAcvEntry(parseId(id, 'id'));
  if (!entry) throw new NotFoundError('Asset of community value entry', id);
  return entry;
}

const defaultSettings = (councilCode: string): AcvSettings => ({
  councilCode,
  neighbouringCouncils: [],
  listingExpiryConvention: DEFAULT_LISTING_EXPIRY_CONVENTION,
  createdAt: '',
  updatedAt: '',
  version: 0,
});

async function loadSettings(ctx: RegisterContext, councilCode: string): Promise<AcvSettings> {
  return (await ctx.stores.acv.getAcvSettings(councilCode)) ?? defaultSettings(councilCode);
}

const partyOf = (organisation: Organisation): AcvParty => ({
  organisationId: organisation.id,
  name: organisation.name,
  kind: organisation.kind,
});

/** The notices of a step, with ids, stamped for the outbox. */
function toNotices(entry: AcvEntry, transition: AcvTransition, change: ChangeContext): AcvNotice[] {
  return transition.notices.map((draft) => ({
    ...draft,
    id: randomUUID(),
    entryId: entry.id,
    councilCode: entry.councilCode,
    createdAt: change.at,
  }));
}

/**
 * Runs one step: load the entry (the pure transition needs it), check the version, apply the transition as
 * of today, store the entry with its notices, task changes and audit event in one transaction. The caller's
 * role is checked inside that transaction (a ConditionCheck on their access item), not read first: two
 * requests, the entry's GetItem and the transaction, plus whatever the step itself reads.
 */
async function runStep(
  ctx: RegisterContext,
  args: { id: string; expectedVersion: number },
  check: (entry: AcvEntry) => AccessCheck,
  toAction: (entry: AcvEntry, actor: UserIdentity) => AcvAction | Promise<AcvAction>,
): Promise<AcvEntry> {
  const step = await runChange(ctx, {
    load: () => loadEntry(ctx, args.id),
    access: (before) => [check(before)],
    expectedVersion: { version: args.expectedVersion, what: `Entry ${args.id}` },
    decide: async (before, { actor, change }) => {
      const transition = applyAcvAction(before, await toAction(before, actor), acvToday(ctx));
      const entry = nextVersion(transition.entry, change);
      return { entry, notices: toNotices(entry, transition, change), auditAction: transition.auditAction };
    },
    write: (planned, before, { change }, guard) =>
      ctx.stores.acv.updateAcvEntry(before, planned, change, guard),
  });
  return step.entry;
}

/** The access check of a step whose rule depends only on the entry. */
const may =
  (action: 'acv.withdraw' | 'acv.decide' | 'acv.recordOwnerStep') =>
  (entry: AcvEntry): AccessCheck => ({ action, resource: entryRef(entry) });

/** Where the land is and what it is: a register building the caller may see, or the site described. */
async function resolveLand(
  ctx: RegisterContext,
  input: NominateAssetArgs,
): Promise<{ councilCode: string; site: AcvSite; owner: AcvParty | null }> {
  let owner: AcvParty | null = null;
  if (input.owner?.organisationId) {
    owner = partyOf(
      await loadReferencedOrganisation(ctx, input.owner.organisationId, 'input.owner.organisationId'),
    );
  } else if (input.owner?.name) {
    owner = { organisationId: null, name: input.owner.name, kind: null };
  }
  if (input.buildingId) {
    const building = await ctx.stores.buildings.getBuilding(input.buildingId);
    if (!building || building.archivedAt || !(await ctx.isAllowed('building.view', building)))
      throw badInput('input.buildingId', 'no current building in the register has this id');
    if (input.councilCode && input.councilCode !== building.councilCode)
      throw badInput('input.councilCode', `the building is in ${building.councilCode}`);
    if (!owner && building.ownerOrganisationId) {
      owner = partyOf(
        await loadReferencedOrganisation(ctx, building.ownerOrganisationId, 'input.buildingId'),
      );
    } else if (!owner && building.ownerName) {
      owner = { organisationId: null, name: building.ownerName, kind: null };
    }
    return {
      councilCode: building.councilCode,
      owner,
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
    owner,
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

export const acvResolvers: Resolvers = {
  Date: DateScalar,
  Query: {
    acvToday: (_, __, ctx) => acvToday(ctx),
    assetOfCommunityValue: (_, { id }, ctx) => loadEntry(ctx, id),
    assetsOfCommunityValue: (_, args, ctx) =>
      ctx.stores.acv.listListedAcvEntries(
        parseArgument(councilCodeSchema(), args.councilCode, 'councilCode'),
        acvToday(ctx),
        parsePage(args),
      ),
    unsuccessfulNominations: (_, args, ctx) =>
      ctx.stores.acv.listUnsuccessfulAcvEntries(
        parseArgument(councilCodeSchema(), args.councilCode, 'councilCode'),
        parsePage(args),
      ),
    acvWorkQueue: async (_, args, ctx) => {
      const councilCode = parseArgument(councilCodeSchema(), args.councilCode, 'councilCode');
      const withinDays = args.withinDays ?? 28;
      if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 3660)
        throw badInput('withinDays', 'must be a whole number of days from 0 to 3660');
      await ctx.assertAllowed('acv.viewWorkQueue', { councilCode });
      const today = acvToday(ctx);
      const until = addDays(today, withinDays);
      return ctx.stores.acv.listAcvWorkQueue(councilCode, today, until, parsePage(args));
    },
    acvNominations: async (_, args, ctx) => {
      const organisationId = parseId(args.organisationId, 'organisationId');
      await ctx.assertAllowed('acv.viewNominations', { organisationId });
      return ctx.stores.acv.listAcvEntriesOfNominator(organisationId, parsePage(args));
    },
    acvOutbox: async (_, args, ctx) => {
      const councilCode = parseArgument(councilCodeSchema(), args.councilCode, 'councilCode');
      await ctx.assertAllowed('acv.viewWorkQueue', { councilCode });
      const date = parseDate(args.date, 'date') ?? acvToday(ctx);
      return ctx.stores.acv.listAcvOutbox(councilCode, date, parsePage(args));
    },
    acvSettings: (_, args, ctx) =>
      loadSettings(ctx, parseArgument(councilCodeSchema(), args.councilCode, 'councilCode')),
  },
  AcvEntry: {
    state: (entry, _, ctx) => acvStateOn(entry, acvToday(ctx)),
    allowedActions: (entry, _, ctx) => allowedActions(entry, acvToday(ctx)),
    building: async (entry, _, ctx) => {
      if (!entry.buildingId) return null;
      const building = await ctx.stores.buildings.getBuilding(entry.buildingId);
      return building && (await ctx.isAllowed('building.view', building)) ? building : null;
    },
    occupiersKnown: async (entry, _, ctx) => {
      await ctx.assertAllowed('acv.viewPrivate', entryRef(entry));
      return entry.occupiersKnown;
    },
    interests: async (entry, _, ctx) => {
      await ctx.assertAllowed('acv.viewPrivate', entryRef(entry));
      return [...entry.interests];
    },
    eligibilityEvidence: async (entry, _, ctx) => {
      await ctx.assertAllowed('acv.viewPrivate', entryRef(entry));
      return entry.eligibilityEvidence;
    },
    eligibility: (entry) => [...entry.eligibility],
    surplusStatement: async (entry, _, ctx) => {
      await ctx.assertAllowed('acv.viewPrivate', entryRef(entry));
      return entry.surplusStatement ?? null;
    },
    decisionDueOn: (entry) => acvDates(entry).decisionDueOn,
    decisionOverdue: (entry, _, ctx) =>
      acvStateOn(entry, acvToday(ctx)) === 'NOMINATED' && acvToday(ctx) > acvDates(entry).decisionDueOn,
    listingExpiresOn: (entry) => acvDates(entry).listingExpiresOn,
    renominationOpensOn: (entry) => acvDates(entry).renominationOpensOn,
    reviewRequestDeadline: (entry) => acvDates(entry).reviewRequestDeadline,
    reviewDecisionDueOn: (entry) => acvDates(entry).reviewDecisionDueOn,
    appealDeadline: (entry) => acvDates(entry).appealDeadline,
    listingCompensationClaimDeadline: (entry) => acvDates(entry).listingCompensationClaimDeadline,
    moratoria: (entry) => moratoriaOf(entry),
    currentMoratorium: (entry, _, ctx) => {
      const today = acvToday(ctx);
      if (!LISTED_STATES.includes(acvStateOn(entry, today))) return null;
      return (
        moratoriaOf(entry)
          .filter((m) => m.noticeReceivedOn <= today && today <= m.protectedPeriodEndsOn)
          .at(-1) ?? null
      );
    },
    exemptDisposalNotices: (entry) =>
      entry.disposalNotices.flatMap((notice) =>
        notice.exemptCategory
          ? [
              {
                receivedOn: notice.receivedOn,
                exemptCategory: notice.exemptCategory,
                details: notice.details,
              },
            ]
          : [],
      ),
    disposals: (entry) => [...entry.disposals],
    compensationClaims: async (entry, _, ctx) => {
      await ctx.assertAllowed('acv.viewPrivate', entryRef(entry));
      return [...entry.compensationClaims];
    },
    notices: async (entry, args, ctx) => {
      await ctx.assertAllowed('acv.viewPrivate', entryRef(entry));
      return ctx.stores.acv.listAcvNotices(entry.id, parsePage(args));
    },
    history: async (entry, args, ctx) => {
      await ctx.assertAllowed('acv.viewPrivate', entryRef(entry));
      return ctx.stores.audit.listHistory('ACV_ENTRY', entry.id, parsePage(args));
    },
  },
  Building: {
    assetOfCommunityValueEntries: async (building, _, ctx) =>
      [...(await loadEntriesOfBuilding(ctx, building.id))].sort((a, b) =>
        b.nominatedOn.localeCompare(a.nominatedOn),
      ),
  },
  AcvParty: {
    organisation: (party, _, ctx) =>
      party.organisationId ? ctx.organisations.load(party.organisationId) : null,
  },
  AcvSettings: {
    neighbouringCouncilsByBoundary: (settings) => neighbouringDistrictsOf(settings.councilCode),
  },
  AcvMoratorium: {
    bidRequests: (moratorium) => [...moratorium.bidRequests],
  },
  AcvSite: {
    category: (site) => site.category ?? null,
  },
  AcvDecision: {
    exceptionsNotApplying: (decision) => [...(decision.exceptionsNotApplying ?? [])],
  },
  AcvNotice: {
    rule: (notice) => NOTICE_RULES[notice.kind],
    entry: async (notice, _, ctx) => {
      const entry = await loadEntryById(ctx, notice.entryId);
      if (!entry) throw new NotFoundError('Asset of community value entry', notice.entryId);
      return entry;
    },
  },
  AcvTask: {
    overdue: (task, _, ctx) => task.dueOn < acvToday(ctx),
    daysLeft: (task, _, ctx) => daysBetween(acvToday(ctx), task.dueOn),
    entry: async (task, _, ctx) => {
      const entry = await loadEntryById(ctx, task.entryId);
      if (!entry) throw new NotFoundError('Asset of community value entry', task.entryId);
      return entry;
    },
  },
  Mutation: {
    nominateAsset: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const input = parseArgument(nominateAssetSchema(), args.input, 'input');
      return createOnce(
        ctx,
        actor,
        { operation: 'nominateAsset', args: args.input, idempotencyKey: args.idempotencyKey },
        async (change, id) => {
          // Every read and check inside the create: a retry with the same key answers with the first entry,
          // whatever the rules would say now.
          // The nominator's editors: checked in the nomination's transaction, not read first.
          const access = ctx.accessForChange();
          await access.require({
            action: 'acv.nominate',
            resource: { nominatorOrganisationId: input.nominatorOrganisationId },
          });
          const today = acvToday(ctx);
          const { nominator, land, eligibility } = await beforeWriting(access, async () => {
            const nominatorRecord = await loadReferencedOrganisation(
              ctx,
              input.nominatorOrganisationId,
              'input.nominatorOrganisationId',
            );
            const resolved = await resolveLand(ctx, input);
            // The council must be in the register to decide the nomination in its 8 weeks: read beside its
            // settings, so no round trip is added.
            const [settings, registered] = await Promise.all([
              loadSettings(ctx, resolved.councilCode),
              ctx.stores.organisations.isCouncilRegistered(resolved.councilCode),
            ]);
            if (!registered) {
              throw new CouncilNotRegisteredError(
                resolved.councilCode,
                input.councilCode ? 'input.councilCode' : 'input.buildingId',
              );
            }
            return {
              nominator: nominatorRecord,
              land: resolved,
              eligibility: assertNominatorEligible(
                nominatorRecord,
                {
                  councilCode: resolved.councilCode,
                  neighbouringCouncils: settings.neighbouringCouncils,
                  parishCode: resolved.site.parishCode ?? null,
                },
                input.surplusStatement,
              ),
            };
          });
          if (input.buildingId) {
            const buildingId = input.buildingId;
            await beforeWriting(access, async () =>
              assertCanNominateAgain(await ctx.stores.acv.listAcvEntriesOfBuilding(buildingId), today),
            );
          }
          const transition = createNomination(
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
              owner: land.owner,
            },
            today,
            change.at,
            parishCouncilToTell(land.site.parishCode ?? null, nominator),
          );
          await access.write((guard) =>
            ctx.stores.acv.createAcvEntry(
              {
                entry: transition.entry,
                notices: toNotices(transition.entry, transition, change),
                auditAction: transition.auditAction,
              },
              change,
              guard,
            ),
          );
          return transition.entry;
        },
        (id) => loadEntry(ctx, id),
      );
    },
    withdrawNomination: (_, args, ctx) =>
      runStep(ctx, args, may('acv.withdraw'), () => ({
        type: 'withdrawNomination',
        withdrawnOn: args.withdrawnOn === undefined ? null : parseDate(args.withdrawnOn, 'withdrawnOn'),
      })),
    decideNomination: async (_, args, ctx) => {
      const input = parseArgument(decideNominationSchema(), args.input, 'input');
      return runStep(ctx, args, may('acv.decide'), async (entry, actor) => ({
        type: 'decideNomination',
        outcome: input.outcome,
        decidedOn: input.decidedOn,
        reasons: input.reasons,
        unsuccessfulGround: input.unsuccessfulGround,
        exceptionsNotApplying: input.exceptionsNotApplying,
        decidedBy: actor.userId,
        listingExpiryConvention: (await loadSettings(ctx, entry.councilCode)).listingExpiryConvention,
      }));
    },
    requestListingReview: (_, args, ctx) =>
      runStep(ctx, args, may('acv.recordOwnerStep'), (_entry, actor) => ({
        type: 'requestListingReview',
        requestedOn: args.requestedOn === undefined ? null : parseDate(args.requestedOn, 'requestedOn'),
        requestedBy: actor.userId,
      })),
    agreeReviewExtension: (_, args, ctx) =>
      runStep(ctx, args, may('acv.decide'), () => ({
        type: 'agreeReviewExtension',
        agreedDueOn: parseDate(args.agreedDueOn, 'agreedDueOn') ?? '',
      })),
    decideListingReview: async (_, args, ctx) => {
      const input = parseArgument(decideListingReviewSchema(), args.input, 'input');
      return runStep(
        ctx,
        args,
        (entry) => ({
          action: 'acv.decideReview',
          resource: { ...entryRef(entry), firstDecidedBy: entry.decision?.decidedBy ?? null },
        }),
        (_entry, actor) => ({ type: 'decideListingReview', ...input, decidedBy: actor.userId }),
      );
    },
    recordAppeal: async (_, args, ctx) => {
      const input = parseArgument(recordAppealSchema(), args.input, 'input');
      return runStep(ctx, args, may('acv.decide'), () => ({
        type: 'recordAppeal',
        ...input,
      }));
    },
    recordDisposalNotice: async (_, args, ctx) => {
      const input = parseArgument(recordDisposalNoticeSchema(), args.input, 'input');
      return runStep(ctx, args, may('acv.recordOwnerStep'), () => ({
        type: 'recordDisposalNotice',
        ...input,
      }));
    },
    requestToBid: async (_, args, ctx) => {
      const input = parseArgument(requestToBidSchema(), args.input, 'input');
      return runStep(
        ctx,
        args,
        (entry) => ({
          action: 'acv.requestToBid',
          resource: { ...entryRef(entry), bidderOrganisationId: input.bidderOrganisationId },
        }),
        async (entry) => {
          const bidder = await loadReferencedOrganisation(
            ctx,
            input.bidderOrganisationId,
            'input.bidderOrganisationId',
          );
          const settings = await loadSettings(ctx, entry.councilCode);
          assertBidderEligible(bidder, {
            councilCode: entry.councilCode,
            neighbouringCouncils: settings.neighbouringCouncils,
          });
          return { type: 'requestToBid', requestedOn: input.requestedOn, bidder: partyOf(bidder) };
        },
      );
    },
    recordDisposal: async (_, args, ctx) => {
      const input = parseArgument(recordDisposalSchema(), args.input, 'input');
      return runStep(ctx, args, may('acv.recordOwnerStep'), async () => {
        const buyer = input.buyerOrganisationId
          ? await loadReferencedOrganisation(ctx, input.buyerOrganisationId, 'input.buyerOrganisationId')
          : null;
        return {
          type: 'recordDisposal',
          disposedOn: input.disposedOn,
          buyerName: input.buyerName,
          toCommunityInterestGroup: buyer !== null && isCommunityInterestGroupKind(buyer.kind),
          exemptCategory: input.exemptCategory,
        };
      });
    },
    recordListingRegistration: async (_, args, ctx) => {
      const input = parseArgument(recordListingRegistrationSchema(), args.input, 'input');
      return runStep(ctx, args, may('acv.decide'), () => ({ type: 'recordListingRegistration', ...input }));
    },
    removeListing: async (_, args, ctx) => {
      const input = parseArgument(removeListingSchema(), args.input, 'input');
      return runStep(ctx, args, may('acv.decide'), () => ({
        type: 'removeListing',
        ...input,
      }));
    },
    recordCompensationClaim: async (_, args, ctx) => {
      const input = parseArgument(recordCompensationClaimSchema(), args.input, 'input');
      return runStep(ctx, args, may('acv.recordOwnerStep'), () => ({
        type: 'recordCompensationClaim',
        ...input,
      }));
    },
    decideCompensationClaim: async (_, args, ctx) => {
      const input = parseArgument(decideCompensationClaimSchema(), args.input, 'input');
      return runStep(ctx, args, may('acv.decide'), () => ({
        type: 'decideCompensationClaim',
        ...input,
      }));
    },
    updateAcvSettings: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const councilCode = parseArgument(councilCodeSchema(), args.councilCode, 'councilCode');
      const input = parseArgument(acvSettingsSchema(), args.input, 'input');
      const access = ctx.accessForChange();
      await access.require({ action: 'acv.manageSettings', resource: { councilCode } });
      const stored = await ctx.stores.acv.getAcvSettings(councilCode);
      const before = stored ?? defaultSettings(councilCode);
      await beforeWriting(access, () => {
        if (before.version !== args.expectedVersion) {
          throw new ConflictError(
            `The ACV settings of ${councilCode} are at version ${before.version}, not ${args.expectedVersion}; reload and try again`,
            { field: 'expectedVersion', currentVersion: before.version },
          );
        }
      });
      const neighbours = input.neighbouringCouncils?.filter((code) => code !== councilCode);
      const change = changeBy(ctx, actor);
      const after: AcvSettings = {
        ...before,
        ...(neighbours ? { neighbouringCouncils: neighbours } : {}),
        ...(input.listingExpiryConvention ? { listingExpiryConvention: input.listingExpiryConvention } : {}),
        createdAt: stored ? before.createdAt : change.at,
        updatedAt: change.at,
        version: before.version + 1,
      };
      await access.write((guard) => ctx.stores.acv.putAcvSettings(stored, after, change, guard));
      return after;
    },
  },
};

function parseDate(value: string | null | undefined, field: string): IsoDate | null {
  if (value === null || value === undefined) return null;
  return parseArgument(isoDateSchema(), value, field);
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
