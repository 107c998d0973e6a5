import { councilCodeSchema, parseArgument } from '../../../kernel/graphql/inputs';
import type { Resolvers, ResolversTypes } from '../../generated/resolvers-types';
import { changesHead, listChanges } from '../changes/list-changes';

// The record is stored as the register's own record (the mapped type), so its type's resolvers apply as for
// any other read: private fields stay behind their own access checks.
const recordOf = <T>(view: { entry: { record: object }; kind: string }): T | null =>
  view.kind === 'UPSERTED' ? (view.entry.record as T) : null;

/** The changes feed: parse, call the change, map each entry to its record's type. */
export const feedResolvers: Resolvers = {
  Query: {
    changes: (_, args, ctx) =>
      listChanges(
        ctx,
        parseArgument(councilCodeSchema(), args.councilCode, 'councilCode'),
        args.after ?? null,
        args.first ?? 100,
      ),
    changesHead: (_, args, ctx) =>
      changesHead(ctx, parseArgument(councilCodeSchema(), args.councilCode, 'councilCode')),
  },
  RegisterChange: {
    sequence: (view) => view.entry.sequence,
    kind: (view) => view.kind,
    recordType: (view) => view.entry.recordType,
    recordId: (view) => view.entry.recordId,
    version: (view) => view.entry.version,
    at: (view) => view.entry.at,
    building: (view) =>
      view.entry.recordType === 'BUILDING' ? recordOf<ResolversTypes['Building']>(view) : null,
    assetOfCommunityValue: (view) =>
      view.entry.recordType === 'ACV_ENTRY' ? recordOf<ResolversTypes['AcvEntry']>(view) : null,
    spaceOffer: (view) =>
      view.entry.recordType === 'SPACE_OFFER' ? recordOf<ResolversTypes['SpaceOffer']>(view) : null,
    surplusListing: (view) =>
      view.entry.recordType === 'SURPLUS_LISTING' ? recordOf<ResolversTypes['SurplusListing']>(view) : null,
  },
};
