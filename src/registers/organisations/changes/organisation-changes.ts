/**
 * The organisation's own changes: registering one, updating its details, verifying it. Each runs the change
 * protocol (src/kernel/changes/change-protocol.ts); the rules and the record are the domain's
 * (organisation-records.ts). Arguments arrive as sent and are parsed here, in the protocol's order: the
 * caller first, then the record, then access, then the input.
 */
import { NotFoundError } from '../../../kernel/domain/errors';
import type { Organisation } from '../../../kernel/domain/records';
import {
  applyPatch,
  assertVersion,
  isUnchanged,
  nextVersion,
  requireUser,
  runChange,
  runCreate,
} from '../../../kernel/changes/change-protocol';
import {
  createOrganisationSchema,
  parseArgument,
  updateOrganisationSchema,
} from '../../../kernel/graphql/inputs';
import type { UpdateOrganisationArgs } from '../../../kernel/graphql/inputs';
import { parseId } from '../../../kernel/graphql/support';
import type { RegisterContext } from '../../context';
import {
  assertValidOrganisation,
  buildOrganisation,
  firstAdminOf,
  NO_CONTACT,
} from '../domain/organisation-records';
import { loadOrganisation } from './organisation-loads';

/** Registers an organisation (with its creator as first admin, unless a council), once per idempotency key. */
export async function createOrganisation(
  ctx: RegisterContext,
  args: { readonly input: unknown; readonly idempotencyKey?: string | null },
): Promise<Organisation> {
  await requireUser(ctx);
  const input = parseArgument(createOrganisationSchema(), args.input, 'input');
  return runCreate(ctx, {
    request: { operation: 'createOrganisation', args: args.input, idempotencyKey: args.idempotencyKey },
    prepare: async ({ id, change }) => {
      await ctx.assertAllowed('organisation.create', { kind: input.kind });
      return buildOrganisation(input, id, change.at);
    },
    write: (organisation, { actor, change }) =>
      ctx.stores.organisations.createOrganisation(
        organisation,
        firstAdminOf(organisation, actor.userId),
        change,
      ),
    result: (organisation) => organisation,
    loadExisting: (id) => loadOrganisation(ctx, id),
  });
}

/** Updates the organisation's details; a change that alters nothing writes nothing and answers the record. */
export async function updateOrganisation(
  ctx: RegisterContext,
  args: { readonly id: string; readonly input: unknown; readonly expectedVersion: number },
): Promise<Organisation> {
  const planned = await runChange(ctx, {
    load: () => loadOrganisation(ctx, args.id),
    access: (before) => [{ action: 'organisation.update', resource: before }],
    decide: (before, { change }) => {
      const input = parseArgument(updateOrganisationSchema(), args.input, 'input');
      assertVersion(before, args.expectedVersion, `Organisation ${before.id}`);
      const candidate = assertValidOrganisation(applyPatch(before, toPatch(input)));
      return isUnchanged(before, candidate)
        ? { organisation: before, changed: false }
        : { organisation: nextVersion(candidate, change), changed: true };
    },
    unchanged: (plan) => !plan.changed,
    write: (plan, before, { change }, guard) =>
      ctx.stores.organisations.updateOrganisation(before, plan.organisation, 'UPDATED', change, guard),
  });
  return planned.organisation;
}

/** Marks the organisation verified or not, rewriting every member's access item in the same change. */
export async function setOrganisationVerified(
  ctx: RegisterContext,
  args: { readonly id: string; readonly verified: boolean; readonly expectedVersion: number },
): Promise<Organisation> {
  await requireUser(ctx);
  // The record, its counters and every member (whose access items the verification rewrites): one Query.
  const read = await ctx.stores.organisations.getOrganisationForVerification(parseId(args.id, 'id'));
  if (!read) throw new NotFoundError('Organisation', args.id);
  return runChange(ctx, {
    load: async () => read.organisation,
    access: (before) => [{ action: 'organisation.verify', resource: before }],
    expectedVersion: { version: args.expectedVersion, what: `Organisation ${read.organisation.id}` },
    decide: (before, { change }) =>
      before.verified === args.verified
        ? before
        : nextVersion({ ...before, verified: args.verified }, change),
    unchanged: (after, before) => after === before,
    write: (after, _before, { change }) =>
      ctx.stores.organisations.verifyOrganisation(
        read,
        after,
        args.verified ? 'VERIFIED' : 'UNVERIFIED',
        change,
      ),
  });
}

function toPatch(input: UpdateOrganisationArgs): Partial<Organisation> {
  const { contact, ...rest } = input;
  return {
    ...rest,
    ...(contact !== undefined ? { contact: contact ?? NO_CONTACT } : {}),
  };
}
