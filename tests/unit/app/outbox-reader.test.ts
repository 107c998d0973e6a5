import { describe, expect, it } from 'vitest';
import { createOutboxReader } from '../../../src/app/outbox-reader';
import type { OutboxMessage } from '../../../src/kernel/domain/outbox';

const council = { id: 'org-council', name: 'Cheltenham Borough Council' };
const acvNoticeItem = {
  pk: 'ACV#entry-1',
  sk: 'NOTICE#2026-11-23#notice-1',
  gsi2pk: 'ACVOUTBOX#2026-11-23',
  gsi2sk: 'E07000078#entry-1#notice-1',
  entity: 'AcvNotice',
  id: 'notice-1',
  entryId: 'entry-1',
  councilCode: 'E07000078',
  kind: 'NOMINATION_RECEIVED',
  recipientRole: 'OWNER',
  recipientName: 'Pub Holdings Ltd',
  recipientAddress: null,
  recipientOrganisationId: null,
  siteName: 'The Red Lion',
  siteAddress: null,
  date: '2026-11-23',
  text: 'Dear Pub Holdings Ltd,\n\nA nomination was received.',
  createdAt: '2026-11-23T09:00:00.000Z',
};

function countingCouncils() {
  const asked: string[] = [];
  return {
    asked,
    findCouncilByGssCode: async (code: string) => {
      asked.push(code);
      return code === 'E07000078' ? council : null;
    },
  };
}

describe('readOutboxMessage', () => {
  it('reads an ACV notice as its message, sent by the council it names', async () => {
    const read = createOutboxReader(countingCouncils());

    const message = await read(acvNoticeItem);

    expect(message).toMatchObject({
      id: 'notice-1',
      eventType: 'acv.nomination.received',
      sender: 'Cheltenham Borough Council',
      about: 'The Red Lion',
      statutoryRule: 'SI 2012/2421 reg 8',
      recipients: [{ kind: 'POST', name: 'Pub Holdings Ltd', address: null, role: 'OWNER' }],
      webhookOrganisationIds: ['org-council'],
    });
  });

  it('reads a Notification item as the message it holds, without its keys', async () => {
    const message: OutboxMessage = {
      id: 'reminder#x#2026-11-30',
      eventType: 'reminder.due',
      councilCode: null,
      statutoryRule: null,
      step: 'Reminder',
      about: 'A decision',
      text: 'Due soon.',
      date: '2026-11-23',
      sender: 'MASH Register',
      recordUrl: null,
      recipients: [{ kind: 'EMAIL', email: 'a@example.org', name: 'A', role: 'OFFICER' }],
      webhookOrganisationIds: [],
      data: { due: '2026-11-30' },
      createdAt: '2026-11-23T09:00:00.000Z',
    };
    const read = createOutboxReader(countingCouncils());

    expect(
      await read({ pk: 'NOTIFICATION#x', sk: 'NOTIFICATION', entity: 'Notification', ...message }),
    ).toEqual(message);
  });

  it('answers null for any other item on the stream', async () => {
    const read = createOutboxReader(countingCouncils());

    expect(await read({ pk: 'BUILDING#1', sk: 'BUILDING', entity: 'Building', id: '1' })).toBeNull();
  });

  it('looks a council up once while its name is fresh, and again after', async () => {
    const councils = countingCouncils();
    let now = 0;
    const read = createOutboxReader(councils, { ttlMs: 1_000, now: () => now });

    await read(acvNoticeItem);
    await read({ ...acvNoticeItem, id: 'notice-2' });
    now = 2_000;
    await read({ ...acvNoticeItem, id: 'notice-3' });

    expect(councils.asked).toEqual(['E07000078', 'E07000078']);
  });

  it('looks again after a failed lookup', async () => {
    let calls = 0;
    const read = createOutboxReader({
      findCouncilByGssCode: async () => {
        calls += 1;
        if (calls === 1) throw new Error('throttled');
        return council;
      },
    });

    await expect(read(acvNoticeItem)).rejects.toThrow('throttled');
    expect((await read(acvNoticeItem))?.sender).toBe('Cheltenham Borough Council');
  });
});
