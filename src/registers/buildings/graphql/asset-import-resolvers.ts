import type { Resolvers } from '../../generated/resolvers-types';
import { importAssets } from '../changes/import-assets';

// The ACV register import runs its rows with the same limiter; it is imported from here until that register
// imports it from the buildings changes (src/registers/buildings/changes/for-each-limited.ts).
export { forEachLimited } from '../changes/for-each-limited';

/** importAssets (src/registers/buildings/changes/import-assets.ts says what it does and costs). */
export const assetImportResolvers: Resolvers = {
  Mutation: {
    importAssets: (_, { input }, ctx) => importAssets(ctx, input),
  },
};
