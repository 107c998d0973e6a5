/**
 * The stores: one per register over one table gateway (the only code that sends to DynamoDB), wired here
 * with the hooks between registers. createRegisterStores returns the registry's RegisterStores.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { RegisterStores } from '../registers/context';
import { ServiceUnavailableError } from '../kernel/domain/errors';
import type { PhotoStore } from '../kernel/domain/photo-store';
import { DynamoAcvStore } from '../registers/acv/store/acv-store';
import { DynamoAuditStore } from '../kernel/store/audit-store';
import { DynamoBuildingStore } from '../registers/buildings/store/building-store';
import { DynamoColocationStore, offersFollowBuilding } from '../registers/colocation/store/colocation-store';
import { DynamoSurplusStore, listingsFollowBuilding } from '../registers/surplus/store/surplus-store';
import { DynamoIdempotencyStore } from '../kernel/store/idempotency-store';
import { DynamoChangeFeedStore } from '../kernel/store/change-feed-store';
import { CursorCodec } from '../kernel/store/cursor';
import { createDocumentClient, timeoutsFor } from '../kernel/store/dynamo-client';
import { DynamoInvitationStore } from '../registers/organisations/store/invitation-store';
import { DynamoMemberStore } from '../registers/organisations/store/member-store';
import { DynamoOrganisationStore } from '../registers/organisations/store/organisation-store';
import { Table } from '../kernel/store/table';
import { createWebhookUrlChecker } from '../registers/notifications/delivery/webhook-url-checker';
import type { ResolveAll } from '../registers/notifications/delivery/public-lookup';
import { DynamoWebhookStore } from '../registers/notifications/store/webhook-store';
import { DynamoDeliveryStore } from '../registers/notifications/store/delivery-store';
import { DynamoPreferencesStore } from '../registers/notifications/store/preferences-store';

export { createDynamoClient } from '../kernel/store/dynamo-client';
export { ensureTable, buildCreateTableInput } from '../kernel/store/ensure-table';
export { TABLE_DEFINITION } from '../kernel/store/table-definition';
export { buildingItemsFor } from '../registers/buildings/store/building-store';
export { spaceOfferItemFor } from '../registers/colocation/store/colocation-store';

export interface StoreOptions {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly cursorSecret: string;
  /** Where DynamoDB is: null for AWS; it sets how long a call may take (dynamo-client.ts). */
  readonly endpoint?: string | null;
  /**
   * Local development and tests: webhook receivers on this machine (http, loopback) are accepted. Never in a
   * deployed stage.
   */
  readonly allowLocalWebhookReceivers?: boolean;
  /** How a webhook URL's host is resolved when it is registered: the system's DNS unless a test gives a table. */
  readonly resolveWebhookHost?: ResolveAll | undefined;
  /** Where listings' photos are kept (S3, or a folder on the local server); none: photo steps are refused. */
  readonly photos?: PhotoStore | undefined;
}

/** The photo store of an app given none: every photo step is SERVICE_UNAVAILABLE (listings show none). */
export const UNCONFIGURED_PHOTO_STORE: PhotoStore = {
  createUploadForm: () => Promise.reject(new ServiceUnavailableError('OUTAGE')),
  findUpload: () => Promise.reject(new ServiceUnavailableError('OUTAGE')),
  keepUpload: () => Promise.reject(new ServiceUnavailableError('OUTAGE')),
  viewUrl: () => Promise.reject(new ServiceUnavailableError('OUTAGE')),
  remove: () => Promise.reject(new ServiceUnavailableError('OUTAGE')),
};

export function createRegisterStores(options: StoreOptions): RegisterStores {
  const cursors = new CursorCodec(options.cursorSecret);
  const table = new Table(
    createDocumentClient(options.client),
    options.tableName,
    cursors,
    timeoutsFor(options.endpoint ?? null).callDeadlineMs,
  );
  const organisations = new DynamoOrganisationStore(table);
  const members = new DynamoMemberStore(table);
  const buildings = new DynamoBuildingStore(table, cursors, [
    offersFollowBuilding(table),
    listingsFollowBuilding(table),
  ]);
  return {
    organisations,
    members,
    invitations: new DynamoInvitationStore(table),
    // The kernel loads the caller's organisations and memberships from the organisations register's stores.
    callers: {
      getOrganisations: (ids) => organisations.getOrganisations(ids),
      getActorMemberships: (userId) => members.getActorMemberships(userId),
    },
    buildings,
    acv: new DynamoAcvStore(table),
    colocation: new DynamoColocationStore(table, cursors),
    // Listing a closing building's surplus changes the building in the listings' transaction.
    surplus: new DynamoSurplusStore(table, cursors, (before, after, action, change) =>
      buildings.planBuildingUpdate(before, after, action, change),
    ),
    photos: options.photos ?? UNCONFIGURED_PHOTO_STORE,
    webhooks: new DynamoWebhookStore(table),
    deliveries: new DynamoDeliveryStore(table),
    preferences: new DynamoPreferencesStore(table),
    webhookUrls: createWebhookUrlChecker(
      { allowLocalReceivers: options.allowLocalWebhookReceivers ?? false },
      options.resolveWebhookHost,
    ),
    feed: new DynamoChangeFeedStore(table, cursors),
    audit: new DynamoAuditStore(table),
    idempotency: new DynamoIdempotencyStore(table),
  };
}
