/** An organisation's needs for space: posting one and closing it, run by the change protocol. */
import type { CreateRequest } from '../../../kernel/changes/change-protocol';
import { nextVersion, runChange, runCreate } from '../../../kernel/changes/change-protocol';
import { NotFoundError } from '../../../kernel/domain/errors';
import type { RegisterContext } from '../../context';
import { closeSpaceNeed as closedNeed, createSpaceNeed } from '../domain/space-need';
import type { SpaceNeed, SpaceNeedFields } from '../domain/space-need';
import { loadVisibleNeed } from './colocation-reads';

/** What posting a need names: the organisation that needs the space, and the need's own fields. */
export interface PostSpaceNeedInput extends SpaceNeedFields {
  readonly organisationId: string;
}

/**
 * Posts a need in one request: the organisation's existence and the caller's role in it are checked in the
 * transaction that posts it.
 */
export function postSpaceNeed(
  ctx: RegisterContext,
  request: CreateRequest,
  input: PostSpaceNeedInput,
): Promise<SpaceNeed> {
  const { organisationId, ...fields } = input;
  return runCreate(ctx, {
    request,
    prepare: async ({ change, id }, access) => {
      await access.require({ action: 'spaceNeed.create', resource: { organisationId } });
      return createSpaceNeed(id, organisationId, fields, change.at);
    },
    write: (need, { change }, guard) =>
      ctx.stores.colocation.saveColocationChanges(
        [{ kind: 'SPACE_NEED', before: null, after: need, action: 'CREATED' }],
        change,
        { requireOrganisation: { id: organisationId, field: 'input.organisationId' }, guard },
      ),
    result: (need) => need,
    loadExisting: (id) => loadVisibleNeed(ctx, id),
  });
}

/** Closes a need (the organisation no longer looks for the space): it leaves the matches and searches. */
export function closeSpaceNeed(
  ctx: RegisterContext,
  target: { readonly id: string; readonly expectedVersion: number },
): Promise<SpaceNeed> {
  return runChange(ctx, {
    load: async () => {
      const need = await ctx.stores.colocation.getSpaceNeed(target.id);
      if (!need) throw new NotFoundError('Space need', target.id);
      return need;
    },
    access: (before) => [
      {
        action: 'spaceNeed.view',
        resource: before,
        deniedAs: () => new NotFoundError('Space need', target.id),
        impliedByLaterChecks: true,
      },
      { action: 'spaceNeed.update', resource: before },
    ],
    expectedVersion: { version: target.expectedVersion, what: `Space need ${target.id}` },
    decide: (before, { change }) => nextVersion(closedNeed(before), change),
    write: (after, before, { change }, guard) =>
      ctx.stores.colocation.saveColocationChanges(
        [{ kind: 'SPACE_NEED', before, after, action: 'CLOSED' }],
        change,
        {
          guard,
        },
      ),
  });
}
