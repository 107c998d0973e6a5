/**
 * The building a change in another register is made in (an offer of space, a surplus listing): read
 * strongly consistent, as the change copies it, and required to be visible to the caller. Acting in a
 * building implies seeing it, so a building the caller may not see is refused exactly as one that does not
 * exist: BAD_USER_INPUT on `field`, which says nothing of private buildings. The register's own right to act
 * there is its next check.
 */
import { BadUserInputError } from '../domain/errors';
import type { Building } from '../domain/records';
import type { ChangeAccess } from '../graphql/context';

export async function buildingForChange(
  read: (id: string, options: { readonly consistent: true }) => Promise<Building | null>,
  access: ChangeAccess,
  buildingId: string,
  field = 'input.buildingId',
): Promise<Building> {
  const unknownBuilding = () =>
    new BadUserInputError([{ field, message: 'no building in the register has this id' }]);
  const building = await read(buildingId, { consistent: true });
  if (!building) throw unknownBuilding();
  await access.require({
    action: 'building.view',
    resource: building,
    deniedAs: unknownBuilding,
    impliedByLaterChecks: true,
  });
  return building;
}
