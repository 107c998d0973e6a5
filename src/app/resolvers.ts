import { DateScalar } from '../kernel/graphql/date-scalar';
import type { Resolvers } from '../registers/generated/resolvers-types';
import { acvRegisterImportResolvers } from '../registers/acv/graphql/acv-register-import-resolvers';
import { acvResolvers } from '../registers/acv/graphql/acv-resolvers';
import { assetImportResolvers } from '../registers/buildings/graphql/asset-import-resolvers';
import { buildingResolvers } from '../registers/buildings/graphql/building-resolvers';
import { colocationResolvers } from '../registers/colocation/graphql/colocation-resolvers';
import { surplusResolvers } from '../registers/surplus/graphql/surplus-resolvers';
import { feedResolvers } from '../registers/feed/graphql/feed-resolvers';
import { meResolvers } from '../registers/organisations/graphql/me-resolvers';
import { organisationResolvers } from '../registers/organisations/graphql/organisation-resolvers';
import { deliveryResolvers } from '../registers/notifications/graphql/delivery-resolvers';
import { preferencesResolvers } from '../registers/notifications/graphql/preferences-resolvers';
import { webhookResolvers } from '../registers/notifications/graphql/webhook-resolvers';

/** All resolvers, merged type by type. */
export const resolvers: Resolvers = mergeResolvers([
  { Date: DateScalar },
  meResolvers,
  organisationResolvers,
  buildingResolvers,
  acvResolvers,
  // Issue 10: open data in.
  assetImportResolvers,
  acvRegisterImportResolvers,
  colocationResolvers,
  webhookResolvers,
  preferencesResolvers,
  deliveryResolvers,
  // Issue 18: the changes feed.
  feedResolvers,
  // Issue 20: surplus listings.
  surplusResolvers,
]);

function mergeResolvers(parts: readonly Resolvers[]): Resolvers {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [typeName, fields] of Object.entries(part)) {
      const existing = merged[typeName];
      // Object types merge field by field; a scalar (a class instance) is taken as it is.
      merged[typeName] =
        isPlainObject(existing) && isPlainObject(fields) ? { ...existing, ...fields } : fields;
    }
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
