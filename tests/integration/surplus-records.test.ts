import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutboxMessage } from '../../src/kernel/domain/outbox';
import {
  ALLOCATE,
  CREATE_LISTING,
  MARK_NO_SHOW,
  WITHDRAW_REQUEST,
  listingInput,
  requestItems,
  surplusRegister,
} from '../support/surplus-fixtures';
import type { Listing, SurplusRequestResult } from '../support/surplus-fixtures';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

/**
 * What surplus steps leave behind beside their records: one listing per idempotency key, an audit event
 * per version, and the outbox messages of a new listing, an allocation and a withdrawal, each in the step's
 * transaction.
 */
async function message(t: TestApp, id: string): Promise<OutboxMessage | null> {
  const { Item } = await t.table.client.send(
    new GetItemCommand({
      TableName: t.table.tableName,
      Key: { pk: { S: `NOTIFICATION#${id}` }, sk: { S: 'NOTIFICATION' } },
      ConsistentRead: true,
    }),
  );
  return Item ? (unmarshall(Item) as OutboxMessage) : null;
}

const HISTORY = /* GraphQL */ `
  query ($listing: ID!, $request: ID!) {
    surplusListing(id: $listing) {
      history {
        edges {
          node {
            action
            version
          }
        }
      }
    }
    surplusRequest(id: $request) {
      history {
        edges {
          node {
            action
            version
          }
        }
      }
    }
  }
`;

describe('surplus records: idempotency, audit and outbox', () => {
  let t: TestApp;
  let reg: Awaited<ReturnType<typeof surplusRegister>>;

  beforeAll(async () => {
    t = await createTestApp();
    reg = await surplusRegister(t, 1);
  });

  it('makes one listing per idempotency key, and answers a retry with it', async () => {
    const input = listingInput(reg.library.id, reg.council.id);
    const first = await t.ok<{ createSurplusListing: Listing }>(
      CREATE_LISTING,
      { input, key: 'surplus-key-1' },
      reg.officer,
    );
    const retry = await t.ok<{ createSurplusListing: Listing }>(
      CREATE_LISTING,
      { input, key: 'surplus-key-1' },
      reg.officer,
    );

    expect(retry.createSurplusListing.id).toBe(first.createSurplusListing.id);
    const { surplusListingsByBuilding } = await t.ok<{ surplusListingsByBuilding: { edges: unknown[] } }>(
      'query ($id: ID!) { surplusListingsByBuilding(buildingId: $id) { edges { node { id } } } }',
      { id: reg.library.id },
      reg.officer,
    );
    expect(surplusListingsByBuilding.edges).toHaveLength(1);
  });

  it('audits every version and puts the listing and the allocation in the outbox', async () => {
    const { createSurplusListing: listing } = await t.ok<{ createSurplusListing: Listing }>(
      CREATE_LISTING,
      { input: listingInput(reg.library.id, reg.council.id, { quantity: 5 }) },
      reg.officer,
    );
    const asked = await requestItems(t, reg.editors[0]!, {
      listingId: listing.id,
      organisationId: reg.groupIds[0],
      quantity: 5,
      intendedUse: 'Our hall',
    });
    const { allocateSurplusRequest: allocated } = await t.ok<{
      allocateSurplusRequest: SurplusRequestResult;
    }>(ALLOCATE, { id: asked.id, v: asked.version }, reg.officer);
    await t.ok(MARK_NO_SHOW, { id: allocated.id, v: allocated.version }, reg.officer);

    const history = await t.ok<{
      surplusListing: { history: { edges: { node: { action: string; version: number } }[] } };
      surplusRequest: { history: { edges: { node: { action: string; version: number } }[] } };
    }>(HISTORY, { listing: listing.id, request: asked.id }, reg.officer);
    const actions = (edges: { node: { action: string; version: number } }[]) =>
      edges.map(({ node }) => `${node.version} ${node.action}`);
    expect(actions(history.surplusListing.history.edges)).toEqual(['3 NO_SHOW', '2 ALLOCATED', '1 CREATED']);
    expect(actions(history.surplusRequest.history.edges)).toEqual([
      '3 NO_SHOW',
      '2 ALLOCATED',
      '1 REQUESTED',
    ]);

    const listed = await message(t, `surplus#listing#${listing.id}#v1`);
    const told = await message(t, `surplus#request#${asked.id}#v2`);
    expect(listed?.eventType).toBe('surplus.listing.created');
    expect([
      told?.eventType,
      told?.recipients.map((r) => (r.kind === 'ORGANISATION' ? r.organisationId : r.kind)),
    ]).toEqual(['surplus.request.allocated', [reg.groupIds[0]]]);
  });

  it('tells the lister in the outbox when a group withdraws its allocated request', async () => {
    const { createSurplusListing: listing } = await t.ok<{ createSurplusListing: Listing }>(
      CREATE_LISTING,
      { input: listingInput(reg.library.id, reg.council.id, { quantity: 5 }) },
      reg.officer,
    );
    const asked = await requestItems(t, reg.editors[0]!, {
      listingId: listing.id,
      organisationId: reg.groupIds[0],
      quantity: 3,
      intendedUse: 'Our hall',
    });
    const { allocateSurplusRequest: allocated } = await t.ok<{
      allocateSurplusRequest: SurplusRequestResult;
    }>(ALLOCATE, { id: asked.id, v: asked.version }, reg.officer);
    await t.ok(WITHDRAW_REQUEST, { id: allocated.id, v: allocated.version }, reg.editors[0]);

    const told = await message(t, `surplus#request#${asked.id}#v3`);

    expect([
      told?.eventType,
      told?.recipients.map((r) => (r.kind === 'ORGANISATION' ? r.organisationId : r.kind)),
      told?.data['returnedQuantity'],
    ]).toEqual(['surplus.request.withdrawn', [reg.council.id], 3]);
    expect(told?.text).toContain('Community group 0 withdrew its request for 3 items');
  });
});
