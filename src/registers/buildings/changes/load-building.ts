import { NotFoundError } from '../../../kernel/domain/errors';
import type { Building } from '../../../kernel/domain/records';
import type { AccessCheck } from '../../../kernel/graphql/context';
import { parseId } from '../../../kernel/graphql/support';
import type { RegisterContext } from '../../context';

/** A building the caller may see; NOT_FOUND otherwise, so hidden buildings do not reveal that they exist. */
export async function loadVisibleBuilding(
  ctx: RegisterContext,
  id: string,
  options: { consistent?: boolean } = {},
): Promise<Building> {
  const building = await ctx.stores.buildings.getBuilding(parseId(id, 'id'), options);
  if (!building || !(await ctx.isAllowed('building.view', building))) throw new NotFoundError('Building', id);
  return building;
}

/** The building a change is based on, read strongly consistent; NOT_FOUND when there is none. */
export async function loadForChange(ctx: RegisterContext, id: string): Promise<Building> {
  const before = await ctx.stores.buildings.getBuilding(parseId(id, 'id'), { consistent: true });
  if (!before) throw new NotFoundError('Building', id);
  return before;
}

/**
 * The access checks of a change to `before` (asked for as `id`): seeing it (NOT_FOUND otherwise, decided later when it needs
 * memberships: changing it implies seeing it) and `action` on it as it is.
 */
export function changeChecks(
  before: Building,
  action: 'building.update' | 'building.archive',
  id: string,
): AccessCheck[] {
  return [
    {
      action: 'building.view',
      resource: before,
      deniedAs: () => new NotFoundError('Building', id),
      impliedByLaterChecks: true,
    },
    { action, resource: before },
  ];
}
