import { acvDates, acvStateOn, allowedActions, moratoriaOf } from '../domain/acv-state';
import { LISTED_STATES, NOTICE_RULES } from '../domain/acv-records';
import type { AcvEntry } from '../domain/acv-records';
import { addDays, daysBetween } from '../domain/acv-timetable';
import type { IsoDate } from '../../../kernel/domain/clock';
import { neighbouringDistrictsOf } from '../../../kernel/domain/council-neighbours';
import { badInput, NotFoundError } from '../../../kernel/domain/errors';
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
} from '../changes/acv-inputs';
import { acvToday, entryRef, loadEntry, loadSettings, readTogether } from '../changes/acv-change-support';
import * as steps from '../changes/acv-steps';
import { nominateAsset } from '../changes/nominate-asset';
import { updateAcvSettings } from '../changes/update-acv-settings';
import type { RegisterContext } from '../../context';
import type { Resolvers } from '../../generated/resolvers-types';
import { councilCodeSchema, parseArgument } from '../../../kernel/graphql/inputs';
import { requireUser } from '../../../kernel/changes/change-protocol';
import { parseId, parsePage, requestLoader } from '../../../kernel/graphql/support';

/**
 * The assets of community value API (schema/acv.graphql). Thin: a query reads through the ACV store's
 * port; a mutation parses its arguments and runs one change of ../changes/ (the protocol and the pure
 * lifecycle are there). A refusal is thrown before anything is written.
 */

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

export const acvResolvers: Resolvers = {
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
      const today = acvToday(ctx);
      return listIfAllowed(ctx.assertAllowed('acv.viewWorkQueue', { councilCode }), async () =>
        ctx.stores.acv.listAcvWorkQueue(councilCode, today, addDays(today, withinDays), parsePage(args)),
      );
    },
    acvNominations: async (_, args, ctx) => {
      const organisationId = parseId(args.organisationId, 'organisationId');
      return listIfAllowed(ctx.assertAllowed('acv.viewNominations', { organisationId }), async () =>
        ctx.stores.acv.listAcvEntriesOfNominator(organisationId, parsePage(args)),
      );
    },
    acvOutbox: async (_, args, ctx) => {
      const councilCode = parseArgument(councilCodeSchema(), args.councilCode, 'councilCode');
      return listIfAllowed(ctx.assertAllowed('acv.viewWorkQueue', { councilCode }), async () =>
        ctx.stores.acv.listAcvOutbox(
          councilCode,
          parseDate(args.date, 'date') ?? acvToday(ctx),
          parsePage(args),
        ),
      );
    },
    acvSettings: (_, args, ctx) =>
      loadSettings(ctx, parseArgument(councilCodeSchema(), args.councilCode, 'councilCode')),
  },
  AcvEntry: {
    status: (entry, _, ctx) => acvStateOn(entry, acvToday(ctx)),
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
      return entry.interests.map((interest) => ({ ...interest, email: interest.email ?? null }));
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
      // Signed in first: an anonymous caller learns nothing of what the input should be.
      await requireUser(ctx);
      const input = parseArgument(nominateAssetSchema(), args.input, 'input');
      return nominateAsset(ctx, input, { args: args.input, idempotencyKey: args.idempotencyKey });
    },
    withdrawNomination: (_, args, ctx) =>
      steps.withdrawNomination(ctx, args, parseDate(args.withdrawnOn, 'withdrawnOn')),
    decideNomination: (_, args, ctx) =>
      steps.decideNomination(ctx, args, parseArgument(decideNominationSchema(), args.input, 'input')),
    requestListingReview: (_, args, ctx) =>
      steps.requestListingReview(ctx, args, parseDate(args.requestedOn, 'requestedOn')),
    agreeReviewExtension: (_, args, ctx) =>
      steps.agreeReviewExtension(ctx, args, parseDate(args.agreedDueOn, 'agreedDueOn') ?? ''),
    decideListingReview: (_, args, ctx) =>
      steps.decideListingReview(ctx, args, parseArgument(decideListingReviewSchema(), args.input, 'input')),
    recordAppeal: (_, args, ctx) =>
      steps.recordAppeal(ctx, args, parseArgument(recordAppealSchema(), args.input, 'input')),
    recordDisposalNotice: (_, args, ctx) =>
      steps.recordDisposalNotice(ctx, args, parseArgument(recordDisposalNoticeSchema(), args.input, 'input')),
    requestToBid: (_, args, ctx) =>
      steps.requestToBid(ctx, args, parseArgument(requestToBidSchema(), args.input, 'input')),
    recordDisposal: (_, args, ctx) =>
      steps.recordDisposal(ctx, args, parseArgument(recordDisposalSchema(), args.input, 'input')),
    recordListingRegistration: (_, args, ctx) =>
      steps.recordListingRegistration(
        ctx,
        args,
        parseArgument(recordListingRegistrationSchema(), args.input, 'input'),
      ),
    removeListing: (_, args, ctx) =>
      steps.removeListing(ctx, args, parseArgument(removeListingSchema(), args.input, 'input')),
    recordCompensationClaim: (_, args, ctx) =>
      steps.recordCompensationClaim(
        ctx,
        args,
        parseArgument(recordCompensationClaimSchema(), args.input, 'input'),
      ),
    decideCompensationClaim: (_, args, ctx) =>
      steps.decideCompensationClaim(
        ctx,
        args,
        parseArgument(decideCompensationClaimSchema(), args.input, 'input'),
      ),
    updateAcvSettings: async (_, args, ctx) => {
      await requireUser(ctx);
      const councilCode = parseArgument(councilCodeSchema(), args.councilCode, 'councilCode');
      const input = parseArgument(acvSettingsSchema(), args.input, 'input');
      return updateAcvSettings(ctx, councilCode, args.expectedVersion, input);
    },
  },
};

function parseDate(value: string | null | undefined, field: string): IsoDate | null {
  if (value === null || value === undefined) return null;
  return parseArgument(isoDateSchema(), value, field);
}

/**
 * A signed-in list: the caller's right and the list are asked together (one round trip where the right
 * needs a read); the list is answered only once the right is settled, and a refusal wins over an error of
 * the list (its arguments are parsed inside it, so a caller without the right learns nothing of them).
 */
function listIfAllowed<T>(allowed: Promise<void>, list: () => Promise<T>): Promise<T> {
  return readTogether([allowed, list()] as const).then(([, items]) => items);
}
