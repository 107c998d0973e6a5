/**
 * The registry: the stores of every register and the GraphQL context the registers' resolvers receive. The
 * kernel's RequestContext knows only the kernel's own stores; this file names the registers' ports so that
 * `ctx.stores.acv.getEntry(...)` is typed. It imports ports (types) only, and the app builds the value
 * (src/app/register-store.ts).
 */
import type { KernelStores, RequestContext } from '../kernel/graphql/context';
import type { PhotoStore } from '../kernel/domain/photo-store';
import type { AcvStore } from './acv/domain/acv-port';
import type { BuildingStore } from './buildings/domain/building-port';
import type { ColocationStore } from './colocation/domain/colocation-port';
import type { SurplusStore } from './surplus/domain/surplus-port';
import type {
  DeliveryStore,
  WebhookStore,
  WebhookUrlChecker,
} from './notifications/domain/notifications-port';
import type { PreferencesStore } from './notifications/domain/preferences-port';
import type { ChangeFeedStore } from '../kernel/domain/change-feed';
import type { InvitationStore } from './organisations/domain/invitation-port';
import type { MemberStore } from './organisations/domain/member-port';
import type { OrganisationStore } from './organisations/domain/organisation-port';

/** One store per register, each over the one table gateway, plus the kernel's (audit, idempotency). */
export interface RegisterStores extends KernelStores {
  /** The organisations register has one store per aggregate: organisations, members, invitations. */
  readonly organisations: OrganisationStore;
  readonly members: MemberStore;
  readonly invitations: InvitationStore;
  readonly buildings: BuildingStore;
  readonly acv: AcvStore;
  readonly colocation: ColocationStore;
  /** Issue 20: surplus listings, requests and councils' allocation settings. */
  readonly surplus: SurplusStore;
  /** Not DynamoDB: the photo files (S3 in the cloud, a folder on the local server), wired beside the stores. */
  readonly photos: PhotoStore;
  readonly webhooks: WebhookStore;
  /** Issue 19: the deliveries of outbox messages (a notice's delivery state, an endpoint's log). */
  readonly deliveries: DeliveryStore;
  /** Users' and organisations' notification settings. */
  readonly preferences: PreferencesStore;
  /** Not storage: the network check of a webhook URL (DNS), wired beside the stores. */
  readonly webhookUrls: WebhookUrlChecker;
  /** The changes feed of every council (the kernel's: every register's writes number their changes). */
  readonly feed: ChangeFeedStore;
}

/** The context of one GraphQL request, as the registers' resolvers and changes see it. */
export type RegisterContext = RequestContext<RegisterStores>;
