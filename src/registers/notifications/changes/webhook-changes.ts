/**
 * An organisation's admins registering and managing its webhook endpoints, run by the change protocol: the
 * admin's role is a condition of the write; the URL is checked (its form and every address of its host) only
 * once access is settled, so a caller without the right learns nothing from it.
 */
import type { CreateRequest } from '../../../kernel/changes/change-protocol';
import { assertVersion, nextVersion, runChange, runCreate } from '../../../kernel/changes/change-protocol';
import { badInput, NotFoundError } from '../../../kernel/domain/errors';
import type { Organisation } from '../../../kernel/domain/records';
import type { RegisterContext } from '../../context';
import { createWebhookSecret } from '../delivery/webhook-signature';
import { createWebhookEndpoint, editEndpoint, rotateSecret } from '../domain/webhook-endpoint';
import type { WebhookEndpoint, WebhookEndpointEdit, WebhookEventType } from '../domain/webhook-endpoint';

export interface RegisterWebhookInput {
  readonly organisationId: string;
  readonly url: string;
  readonly eventTypes: readonly WebhookEventType[];
  readonly description: string | null;
}

export interface EndpointWithSecret {
  readonly endpoint: WebhookEndpoint;
  readonly secret: string;
}

/** The URL as it will be requested (the URL parser's form: what was checked is what is delivered to). */
async function checkUrl(ctx: RegisterContext, url: string, field: string): Promise<string> {
  const problem = await ctx.stores.webhookUrls.check(url);
  if (problem) throw badInput(field, `the URL ${problem}`);
  return new URL(url).href;
}

/** Registers an endpoint with a new secret (answered once; a retry with the idempotency key answers it again). */
export function registerWebhookEndpoint(
  ctx: RegisterContext,
  request: CreateRequest,
  input: RegisterWebhookInput,
): Promise<EndpointWithSecret> {
  return runCreate(ctx, {
    request,
    prepare: async ({ change, id }, access) => {
      const organisation = await ctx.organisations.load(input.organisationId);
      if (!organisation)
        throw badInput('input.organisationId', 'no organisation in the register has this id');
      await access.require({ action: 'organisation.manageWebhooks', resource: organisation });
      const url = await checkUrl(ctx, input.url, 'input.url');
      const secret = createWebhookSecret();
      return createWebhookEndpoint(id, organisation.id, { ...input, url }, secret, change.at);
    },
    write: (endpoint, { change }, guard) =>
      ctx.stores.webhooks.saveEndpoint(null, endpoint, 'CREATED', change, guard),
    result: withNewestSecret,
    loadExisting: async (id) => withNewestSecret(await loadEndpoint(ctx, id)),
  });
}

function withNewestSecret(endpoint: WebhookEndpoint): EndpointWithSecret {
  return { endpoint, secret: endpoint.secrets[0]?.secret ?? '' };
}

async function loadEndpoint(ctx: RegisterContext, id: string): Promise<WebhookEndpoint> {
  const endpoint = await ctx.stores.webhooks.getEndpoint(id);
  if (!endpoint) throw new NotFoundError('Webhook endpoint', id);
  return endpoint;
}

/**
 * A change of an endpoint by its organisation's admins: a caller who is not one is told the endpoint does not
 * exist (its URL and events are the organisation's business).
 */
async function changeEndpoint(
  ctx: RegisterContext,
  target: { readonly id: string; readonly expectedVersion: number },
  decide: (
    before: WebhookEndpoint,
  ) => Promise<{ after: WebhookEndpoint; action: 'UPDATED' | 'SECRET_ROTATED' | 'DISABLED' | 'ENABLED' }>,
): Promise<WebhookEndpoint> {
  const held: { organisation: Organisation | null } = { organisation: null };
  const planned = await runChange(ctx, {
    load: async () => {
      const endpoint = await loadEndpoint(ctx, target.id);
      held.organisation = await ctx.organisations.load(endpoint.organisationId);
      if (!held.organisation) throw new NotFoundError('Webhook endpoint', target.id);
      return endpoint;
    },
    access: () => [
      {
        action: 'organisation.manageWebhooks',
        resource: held.organisation as Organisation,
        deniedAs: () => new NotFoundError('Webhook endpoint', target.id),
      },
    ],
    decide: async (before, by) => {
      assertVersion(before, target.expectedVersion, `Webhook endpoint ${before.id}`);
      const { after, action } = await decide(before);
      return { after: nextVersion(after, by.change), action };
    },
    write: ({ after, action }, before, { change }, guard) =>
      ctx.stores.webhooks.saveEndpoint(before, after, action, change, guard),
  });
  return planned.after;
}

/** Edits an endpoint: its URL (checked again), its events, its description, or whether it is enabled. */
export function updateWebhookEndpoint(
  ctx: RegisterContext,
  target: { readonly id: string; readonly expectedVersion: number },
  edit: () => WebhookEndpointEdit,
): Promise<WebhookEndpoint> {
  return changeEndpoint(ctx, target, async (before) => {
    const parsed = edit();
    const url = parsed.url === undefined ? undefined : await checkUrl(ctx, parsed.url, 'input.url');
    const after = editEndpoint(before, { ...parsed, ...(url === undefined ? {} : { url }) });
    const action =
      after.status !== before.status ? (after.status === 'ACTIVE' ? 'ENABLED' : 'DISABLED') : 'UPDATED';
    return { after, action };
  });
}

/** A new signing secret; the old one signs beside it for a day. */
export async function rotateWebhookSecret(
  ctx: RegisterContext,
  target: { readonly id: string; readonly expectedVersion: number },
): Promise<EndpointWithSecret> {
  const secret = createWebhookSecret();
  const endpoint = await changeEndpoint(ctx, target, async (before) => ({
    after: rotateSecret(before, secret, ctx.clock.now().toISOString()),
    action: 'SECRET_ROTATED',
  }));
  return { endpoint, secret };
}

/** An organisation's endpoints, for its admins only (FORBIDDEN otherwise). */
export async function listWebhookEndpoints(
  ctx: RegisterContext,
  organisationId: string,
  page: { readonly first: number; readonly after: string | null },
) {
  const organisation = await ctx.organisations.load(organisationId);
  if (!organisation) throw new NotFoundError('Organisation', organisationId);
  await ctx.assertAllowed('organisation.manageWebhooks', organisation);
  return ctx.stores.webhooks.listEndpointsOfOrganisation(organisationId, page);
}
