import { beforeAll, describe, expect, it } from 'vitest';
import { createBuilding, createCharity } from '../support/fixtures';
import { offerInput, offerSpace } from '../support/colocation-fixtures';
import { createRegisterStores } from '../../src/app/register-store';
import { createTestApp, errorCodes } from '../support/test-app';
import type { TestApp } from '../support/test-app';

/**
 * An offer of space shows its building (name, address, location) from a copy, and is shown to whoever may
 * see that building. When the building's owner makes it PARTNERS, its offers must stop showing the address
 * to everyone at once, not when the offer is next edited; and they come back when it is PUBLIC again.
 */
describe("an offer follows its building's visibility", () => {
  let t: TestApp;
  const owner = { userId: 'visibility-owner' };
  const stranger = { userId: 'visibility-stranger' };
  let ownerId = '';
  let buildingId = '';
  let offerId = '';

  const OFFER = 'query ($id: ID!) { spaceOffer(id: $id) { id buildingName address { postcode } } }';
  const UPDATE = /* GraphQL */ `
    mutation ($id: ID!, $v: Int!, $visibility: Visibility!) {
      updateBuilding(id: $id, expectedVersion: $v, input: { visibility: $visibility }) {
        version
      }
    }
  `;

  beforeAll(async () => {
    t = await createTestApp();
    ownerId = (await createCharity(t, owner, 'Visibility Trust')).id;
    buildingId = (
      await createBuilding(t, owner, {
        name: 'Trust House',
        ownerOrganisationId: ownerId,
        location: { latitude: 51.9, longitude: -2.07 },
      })
    ).id;
    offerId = (await offerSpace(t, owner, offerInput(buildingId, ownerId))).id;
  });

  it('hides an open offer from the public as soon as its building is made PARTNERS, and shows it again after', async () => {
    const publicBefore = await t.run(OFFER, { id: offerId }, null);
    t.requests.length = 0;
    await t.ok(UPDATE, { id: buildingId, v: 1, visibility: 'PARTNERS' }, owner);
    const requests = [...t.requests];
    const anonymous = await t.run(OFFER, { id: offerId }, null);
    const outsider = await t.run(OFFER, { id: offerId }, stranger);
    const byOwner = await t.run(OFFER, { id: offerId }, owner);
    await t.ok(UPDATE, { id: buildingId, v: 2, visibility: 'PUBLIC' }, owner);
    const publicAgain = await t.run(OFFER, { id: offerId }, null);

    expect(publicBefore.data).toEqual({
      spaceOffer: { id: offerId, buildingName: 'Trust House', address: { postcode: 'GL52 3JE' } },
    });
    expect(errorCodes(anonymous)).toEqual(['NOT_FOUND']);
    expect(errorCodes(outsider)).toEqual(['NOT_FOUND']);
    expect(byOwner.errors).toBeUndefined();
    expect(publicAgain.errors).toBeUndefined();
    // The building read, the Query of its offers and their read (only because the visibility changed: the
    // changes feed carries each offer), the council's feed counter, one transaction.
    expect(requests).toEqual([
      'GetItemCommand',
      'QueryCommand',
      'BatchGetItemCommand',
      'GetItemCommand',
      'TransactWriteItemsCommand',
    ]);
  });

  it('leaves its offers alone, at no extra request, when anything else about the building changes', async () => {
    const before = await t.run(OFFER, { id: offerId }, owner);
    t.requests.length = 0;
    await t.ok(
      'mutation ($id: ID!) { updateBuilding(id: $id, expectedVersion: 3, input: { floorAreaSqm: 80 }) { version } }',
      { id: buildingId },
      owner,
    );

    // The building, the council's changes feed counter, the transaction: nothing for the offers.
    expect([...t.requests]).toEqual(['GetItemCommand', 'GetItemCommand', 'TransactWriteItemsCommand']);
    expect((await t.run(OFFER, { id: offerId }, owner)).data).toEqual(before.data);
  });

  it('refuses to save an offer whose copy was taken from a building that changed meanwhile', async () => {
    const store = createRegisterStores({
      client: t.table.client,
      tableName: t.table.tableName,
      cursorSecret: 'z'.repeat(40),
      endpoint: t.table.endpoint,
    });
    const offer = await store.colocation.getSpaceOffer(offerId);
    if (!offer) throw new Error('the offer is missing');
    const building = await store.buildings.getBuilding(buildingId, { consistent: true });
    const after = { ...offer, title: 'Desks', version: offer.version + 1 };
    const save = (version: number) =>
      store.colocation.saveColocationChanges(
        [{ kind: 'SPACE_OFFER', before: offer, after, action: 'UPDATED' }],
        { actorId: owner.userId, at: '2026-11-23T10:00:00.000Z' },
        { requireBuildingVersion: { id: buildingId, version } },
      );

    // A copy read at the building's previous version (before a change of visibility landed) is refused...
    await expect(save((building?.version ?? 0) - 1)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await store.colocation.getSpaceOffer(offerId))?.version).toBe(offer.version);
    // ...and one read at its current version is saved.
    await save(building?.version ?? 0);
    expect((await store.colocation.getSpaceOffer(offerId))?.title).toBe('Desks');
  });
});
