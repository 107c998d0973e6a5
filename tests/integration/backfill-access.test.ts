import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBackfillArgs, runAccessBackfill, UsageError } from '../../scripts/backfill-access';
import type { Building } from '../../src/kernel/domain/records';
import { buildingItemsFor } from '../../src/app/register-store';
import { rebuildUserAccess } from '../../src/registers/organisations/store/access-backfill';
import { toRecord } from '../../src/kernel/store/items';
import { CursorCodec } from '../../src/kernel/store/cursor';
import { createDocumentClient } from '../../src/kernel/store/dynamo-client';
import { Table } from '../../src/kernel/store/table';
import type { Item } from '../../src/kernel/store/table';
import type { ItemKey } from '../../src/kernel/store/keys';
import { ADD_MEMBER, createBuilding, createCharity, createCouncil, DUDLEY } from '../support/fixtures';
import { PLATFORM_ADMIN, createTestApp, errorCodes } from '../support/test-app';
import type { TestApp } from '../support/test-app';

/**
 * `npm run backfill-access` against DynamoDB Local: members whose access item is missing (memberships
 * written before it existed) get it back from their membership records, and a second run writes nothing.
 */
describe('the access item backfill', () => {
  let t: TestApp;
  const admin = { userId: 'backfill-admin' };
  const member = { userId: 'backfill-member' };
  const officer = { userId: 'backfill-officer' };
  const owner = { userId: 'backfill-owner' };
  let partnersOnlyId = '';
  let charityId = '';

  const documents = () => createDocumentClient(t.table.client);
  const accessKey = (userId: string) => ({ pk: `USER#${userId}`, sk: 'ACCESS' });
  const readAccess = async (userId: string) =>
    (
      await documents().send(
        new GetCommand({ TableName: t.table.tableName, Key: accessKey(userId), ConsistentRead: true }),
      )
    ).Item;
  const deleteAccess = (userId: string) =>
    documents().send(new DeleteCommand({ TableName: t.table.tableName, Key: accessKey(userId) }));
  const withoutVersion = (item: Record<string, unknown> | undefined) => {
    const { accessVersion: _version, ...rest } = item ?? {};
    return rest;
  };
  const backfill = (dryRun = false) =>
    runAccessBackfill(t.table.client, { tableName: t.table.tableName, dryRun });
  const BUILDING = 'query ($id: ID!) { building(id: $id) { name } }';

  beforeAll(async () => {
    t = await createTestApp();
    charityId = (await createCharity(t, admin, 'Backfill Trust')).id;
    await t.ok(
      'mutation ($id: ID!) { setOrganisationVerified(id: $id, expectedVersion: 1, verified: true) { version } }',
      { id: charityId },
      { userId: PLATFORM_ADMIN },
    );
    await t.ok(ADD_MEMBER, { organisationId: charityId, userId: member.userId, role: 'VIEWER' }, admin);
    await createCouncil(t, DUDLEY, officer.userId);
    const other = await createCharity(t, owner, 'Backfill Owner');
    partnersOnlyId = (
      await createBuilding(t, owner, {
        name: 'Partners Depot',
        ownerOrganisationId: other.id,
        visibility: 'PARTNERS',
      })
    ).id;
  });

  it('gives a member without an access item their PARTNERS buildings back, and a second run writes nothing', async () => {
    const original = await readAccess(member.userId);
    const officerOriginal = await readAccess(officer.userId);
    await deleteAccess(member.userId);
    await deleteAccess(officer.userId);
    const hidden = await t.run(BUILDING, { id: partnersOnlyId }, member);

    const dryRun = await backfill(true);
    const stillHidden = await t.run(BUILDING, { id: partnersOnlyId }, member);
    const first = await backfill();
    const seen = await t.run(BUILDING, { id: partnersOnlyId }, member);
    const second = await backfill();

    expect(errorCodes(hidden)).toEqual(['NOT_FOUND']);
    expect(dryRun).toMatchObject({ written: 2 });
    expect(errorCodes(stillHidden)).toEqual(['NOT_FOUND']);
    expect(first).toMatchObject({ memberships: 4, users: 4, written: 2, unchanged: 2 });
    // Buildings made through the API already have every item the current code writes.
    expect(first.buildings).toEqual({ scanned: 1, written: 0, unchanged: 1 });
    expect(seen.errors).toBeUndefined();
    expect(seen.data).toEqual({ building: { name: 'Partners Depot' } });
    // The same entries as the membership changes wrote (the officer's by council area too).
    expect(withoutVersion(await readAccess(member.userId))).toEqual(withoutVersion(original));
    expect(withoutVersion(await readAccess(officer.userId))).toEqual(withoutVersion(officerOriginal));
    expect(second).toMatchObject({ memberships: 4, users: 4, written: 0, unchanged: 4 });
  });

  it('rewrites buildings stored before their copies and category keys: lists find them again, once', async () => {
    const groupAdmin = { userId: 'backfill-group-admin' };
    const group = await createCharity(t, groupAdmin, 'Backfill Unverified Group', ['E08000027']);
    const shed = await createBuilding(t, groupAdmin, {
      name: 'Group Shed',
      councilCode: 'E08000027',
      ownerOrganisationId: group.id,
      visibility: 'PARTNERS',
      category: 'OFFICE',
    });
    const hall = await createBuilding(t, groupAdmin, {
      name: 'Group Hall',
      councilCode: 'E08000027',
      ownerOrganisationId: group.id,
      visibility: 'PUBLIC',
      category: 'HALL',
    });
    // As such buildings were stored before issue 7: the record without its category keys, and no copies.
    for (const id of [shed.id, hall.id]) {
      const key = { pk: `BLDG#${id}`, sk: 'BLDG' };
      const stored = (
        await documents().send(
          new GetCommand({ TableName: t.table.tableName, Key: key, ConsistentRead: true }),
        )
      ).Item as Record<string, unknown>;
      const [, ...copies] = buildingItemsFor(toRecord<Building>(stored));
      for (const copy of copies) {
        await documents().send(
          new DeleteCommand({ TableName: t.table.tableName, Key: { pk: copy['pk'], sk: copy['sk'] } }),
        );
      }
      const { gsi3pk: _pk, gsi3sk: _sk, ...old } = stored;
      await documents().send(new PutCommand({ TableName: t.table.tableName, Item: old }));
    }
    const LIST =
      'query ($c: BuildingCategory) { buildingsByCouncil(councilCode: "E08000027", category: $c) { edges { node { name } } } }';
    const names = async (caller: { userId: string } | null, category: string | null = null) =>
      (
        await t.ok<{ buildingsByCouncil: { edges: { node: { name: string } }[] } }>(
          LIST,
          { c: category },
          caller,
        )
      ).buildingsByCouncil.edges.map((edge) => edge.node.name);
    const before = {
      member: await names(groupAdmin),
      anonymous: await names(null),
      halls: await names(null, 'HALL'),
    };

    const first = await backfill();
    const after = {
      member: await names(groupAdmin),
      anonymous: await names(null),
      halls: await names(null, 'HALL'),
    };
    const second = await backfill();

    expect(before).toEqual({ member: [], anonymous: [], halls: [] });
    expect(first.buildings).toMatchObject({ written: 2 });
    expect(after).toEqual({
      member: ['Group Hall', 'Group Shed'],
      anonymous: ['Group Hall'],
      halls: ['Group Hall'],
    });
    expect(second.buildings).toMatchObject({ written: 0 });
  });

  it('adds the missing memberships to an item that membership changes have written since', async () => {
    const joiner = { userId: 'backfill-joiner' };
    await t.ok(ADD_MEMBER, { organisationId: charityId, userId: joiner.userId, role: 'EDITOR' }, admin);
    const second = await createCharity(t, admin, 'Backfill Second Trust');
    await t.ok(ADD_MEMBER, { organisationId: second.id, userId: joiner.userId, role: 'VIEWER' }, admin);
    const complete = await readAccess(joiner.userId);
    // As if the first membership predates the access item: the item holds only the later one.
    await documents().send(
      new DeleteCommand({ TableName: t.table.tableName, Key: accessKey(joiner.userId) }),
    );
    await t.ok(
      'mutation ($o: ID!, $u: String!) { removeMember(organisationId: $o, userId: $u, expectedVersion: 1) }',
      { o: second.id, u: joiner.userId },
      admin,
    );
    await t.ok(ADD_MEMBER, { organisationId: second.id, userId: joiner.userId, role: 'VIEWER' }, admin);

    await backfill();

    expect(withoutVersion(await readAccess(joiner.userId))).toEqual(withoutVersion(complete));
  });

  it('never overwrites a membership change made between its read and its write: it reads again', async () => {
    const racer = { userId: 'backfill-racer' };
    await t.ok(ADD_MEMBER, { organisationId: charityId, userId: racer.userId, role: 'VIEWER' }, admin);
    await deleteAccess(racer.userId);
    const later = await createCharity(t, admin, 'Backfill Later Trust');
    // A table whose first read of the memberships lets a membership change land before the write.
    class RacingTable extends Table {
      raced = false;
      override async batchGet(
        keys: readonly ItemKey[],
        read: { consistent?: boolean } = {},
      ): Promise<Item[]> {
        const items = await super.batchGet(keys, read);
        if (!this.raced) {
          this.raced = true;
          await t.ok(ADD_MEMBER, { organisationId: later.id, userId: racer.userId, role: 'EDITOR' }, admin);
        }
        return items;
      }
    }
    const table = new RacingTable(documents(), t.table.tableName, new CursorCodec('x'.repeat(32)));

    const result = await rebuildUserAccess(table, racer.userId, [charityId], { dryRun: false });

    expect(result).toBe('written');
    const item = await readAccess(racer.userId);
    expect(item?.[`ORG#${charityId}`]).toMatchObject({ role: 'VIEWER', organisationVerified: true });
    expect(item?.[`ORG#${later.id}`]).toMatchObject({ role: 'EDITOR' });
  });

  it('reads its table and endpoint like the other tools, and refuses to run without a table', () => {
    expect(
      parseBackfillArgs(['--table', 'register', '--endpoint', 'http://localhost:8000', '--dry-run'], {}),
    ).toEqual({
      tableName: 'register',
      endpoint: 'http://localhost:8000',
      region: 'eu-west-2',
      dryRun: true,
    });
    expect(parseBackfillArgs([], { TABLE_NAME: 'from-env', AWS_REGION: 'eu-west-1' })).toMatchObject({
      tableName: 'from-env',
      endpoint: null,
      region: 'eu-west-1',
      dryRun: false,
    });
    expect(() => parseBackfillArgs([], {})).toThrow(UsageError);
    expect(() => parseBackfillArgs(['--tabel', 'x'], {})).toThrow(UsageError);
  });
});
