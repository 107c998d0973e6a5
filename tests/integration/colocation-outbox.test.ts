import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutboxMessage } from '../../src/kernel/domain/outbox';
import { createBuilding, createCharity } from '../support/fixtures';
import { INTEREST_FIELDS, offerInput, offerSpace } from '../support/colocation-fixtures';
import { createTestApp, errorCodes } from '../support/test-app';
import type { TestApp } from '../support/test-app';

/**
 * Issue 19: co-location's steps and invitations put their messages in the outbox, in the step's own
 * transaction, addressed to the organisation on the other side (read back here by the items' keys, not
 * through the code that derives them).
 */
const EXPRESS = `mutation ($input: ExpressInterestInput!) { expressInterest(input: $input) { ${INTEREST_FIELDS} } }`;
const RESPOND = `mutation ($id: ID!, $v: Int!, $r: InterestResponse!) {
  respondToInterest(id: $id, expectedVersion: $v, response: $r, message: "Welcome") { ${INTEREST_FIELDS} } }`;
const REPLY = `mutation ($id: ID!, $v: Int!, $m: String!) {
  replyToInterest(id: $id, expectedVersion: $v, message: $m) { ${INTEREST_FIELDS} } }`;
const TAKEN = `mutation ($id: ID!, $v: Int!) {
  markOfferTaken(offerId: $id, expectedVersion: $v, message: "Lease signed") { id status version } }`;
const INVITE = `mutation ($org: ID!, $email: String!) {
  inviteMember(organisationId: $org, email: $email, role: EDITOR) { email expiresAt } }`;

interface Interest {
  id: string;
  version: number;
  status: string;
}

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

const recipientIds = (m: OutboxMessage | null) =>
  m?.recipients.map((r) => (r.kind === 'ORGANISATION' ? r.organisationId : r.kind)) ?? null;

describe('the outbox messages of co-location and invitations', () => {
  let t: TestApp;
  const hub = { userId: 'outbox-hub' };
  const youth = { userId: 'outbox-youth' };
  const choir = { userId: 'outbox-choir' };
  let hubId: string;
  let youthId: string;
  let choirId: string;
  let offer: { id: string; version: number };

  beforeAll(async () => {
    t = await createTestApp();
    hubId = (await createCharity(t, hub, 'Outbox Hub')).id;
    youthId = (await createCharity(t, youth, 'Outbox Youth Club')).id;
    choirId = (await createCharity(t, choir, 'Outbox Choir')).id;
    const building = await createBuilding(t, hub, { name: 'Hub House', ownerOrganisationId: hubId });
    offer = await offerSpace(t, hub, offerInput(building.id, hubId, { title: 'Back room on Mondays' }));
  });

  it('tells the offering organisation of an interest, and the interested one of the answer and replies', async () => {
    const { expressInterest: expressed } = await t.ok<{ expressInterest: Interest }>(
      EXPRESS,
      { input: { offerId: offer.id, organisationId: youthId, message: 'Could we use it?' } },
      youth,
    );
    const { replyToInterest: replied } = await t.ok<{ replyToInterest: Interest }>(
      REPLY,
      { id: expressed.id, v: expressed.version, m: 'What time do you finish?' },
      hub,
    );
    const { respondToInterest: accepted } = await t.ok<{ respondToInterest: Interest }>(
      RESPOND,
      { id: replied.id, v: replied.version, r: 'ACCEPT' },
      hub,
    );
    // A step refused for a stale version writes no message.
    const stale = await t.run(REPLY, { id: expressed.id, v: expressed.version, m: 'Again?' }, youth);

    const first = await message(t, `colocation#interest#${expressed.id}#v1`);
    const reply = await message(t, `colocation#interest#${expressed.id}#v2`);
    const answer = await message(t, `colocation#interest#${expressed.id}#v3`);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(await message(t, `colocation#interest#${expressed.id}#v4`)).toBeNull();
    expect([first?.eventType, recipientIds(first)]).toEqual(['colocation.interest.expressed', [hubId]]);
    expect(first?.text).toContain('Outbox Youth Club is interested in "Back room on Mondays"');
    expect(first?.text).toContain('Could we use it?');
    expect(first?.about).toBe('Back room on Mondays, Hub House');
    expect(first?.statutoryRule).toBeNull();
    expect([reply?.eventType, recipientIds(reply)]).toEqual(['colocation.interest.replied', [youthId]]);
    expect([answer?.eventType, recipientIds(answer)]).toEqual(['colocation.interest.accepted', [youthId]]);
    expect(answer?.webhookOrganisationIds).toEqual([hubId, youthId]);
    expect(answer?.data).toMatchObject({ interestId: expressed.id, status: 'ACCEPTED', version: 3 });
    expect(accepted.status).toBe('ACCEPTED');
  });

  it('tells every other interested organisation when the offer is taken, and publishes the offer taken', async () => {
    const building = await createBuilding(t, hub, { name: 'Hub Annexe', ownerOrganisationId: hubId });
    const second = await offerSpace(t, hub, offerInput(building.id, hubId, { title: 'Annexe hall' }));
    const interests = await Promise.all(
      [
        [choirId, choir],
        [youthId, youth],
      ].map(async ([organisationId, caller]) => {
        const { expressInterest } = await t.ok<{ expressInterest: Interest }>(
          EXPRESS,
          { input: { offerId: second.id, organisationId, message: 'Practice room?' } },
          caller as { userId: string },
        );
        return expressInterest;
      }),
    );
    const { markOfferTaken } = await t.ok<{ markOfferTaken: { version: number } }>(
      TAKEN,
      { id: second.id, v: second.version },
      hub,
    );

    const closed = await Promise.all(interests.map((i) => message(t, `colocation#interest#${i.id}#v2`)));
    const taken = await message(t, `colocation#offer#${second.id}#v${markOfferTaken.version}`);
    expect(closed.map((m) => [m?.eventType, recipientIds(m)])).toEqual([
      ['colocation.offer.taken', [choirId]],
      ['colocation.offer.taken', [youthId]],
    ]);
    expect(closed[0]?.text).toContain('Your interest in "Annexe hall" was closed by the register.');
    expect([taken?.eventType, taken?.recipients, taken?.webhookOrganisationIds]).toEqual([
      'colocation.offer.taken',
      [],
      [hubId],
    ]);
  });

  it('mails an invitation to the address invited, keeping the address out of the webhook event', async () => {
    const { inviteMember } = await t.ok<{ inviteMember: { email: string; expiresAt: string } }>(
      INVITE,
      { org: hubId, email: 'New.Volunteer@example.org' },
      hub,
    );
    const listed = await t.ok<{ organisation: { invites: { createdAt: string }[] } }>(
      'query ($id: ID!) { organisation(id: $id) { invites { createdAt } } }',
      { id: hubId },
      hub,
    );
    const sentAt = listed.organisation.invites[0]?.createdAt ?? '';
    const invitation = await message(t, `invitation#${hubId}#new.volunteer@example.org#${sentAt}`);

    expect(invitation?.recipients).toEqual([
      {
        kind: 'EMAIL',
        email: 'new.volunteer@example.org',
        name: 'new.volunteer@example.org',
        role: 'INVITEE',
      },
    ]);
    expect(invitation?.text).toContain(`by ${inviteMember.expiresAt.slice(0, 10)}`);
    expect(JSON.stringify(invitation?.data)).not.toContain('volunteer');
  });
});
