import type { Resolvers } from '../../generated/resolvers-types';
import { importAssets } from '../changes/import-assets';

/** importAssets (src/registers/buildings/changes/import-assets.ts says what it does and costs). */
export const assetImportResolvers: Resolvers = {
  Mutation: {
    importAssets: (_, { input }, ctx) => importAssets(ctx, input),
  },
};
