import { describe, expect, it } from 'vitest';
import type { Building, Organisation } from '../../../../../src/kernel/domain/records';
import { samplePumpRoom } from '../../../../support/sample-building';
import { renderNoticeEmail } from '../../../../../src/registers/notifications/domain/notice-email';
import { createSurplusListing } from '../../../../../src/registers/surplus/domain/surplus-listing';
import type { SurplusListing } from '../../../../../src/registers/surplus/domain/surplus-listing';
import { surplusNotices } from '../../../../../src/registers/surplus/domain/surplus-notices';
import {
  allocate,
  createSurplusRequest,
  withdrawRequest,
} from '../../../../../src/registers/surplus/domain/surplus-request';
import type { SurplusRequest } from '../../../../../src/registers/surplus/domain/surplus-request';

const AT = '2026-11-23T09:00:00.000Z';
const LATER = '2026-11-25T15:00:00.000Z';

const library: Building = { ...samplePumpRoom(AT), name: 'Old Town Library' };

const group = { id: 'org-group', kind: 'CHARITY', name: 'Youth Club', verified: true } as Organisation;

const chairs: SurplusListing = createSurplusListing(
  'listing-1',
  'org-council',
  library,
  {
    category: 'SEATING',
    description: 'Stacking chairs',
    quantity: 40,
    condition: 'GOOD',
    dimensions: null,
    availableFrom: '2026-11-23',
    availableUntil: '2026-12-31',
    collection: {
      accessTimes: null,
      loading: null,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
    },
    mustCollect: true,
  },
  'LISTER_CHOOSES',
  AT,
);

const asked: SurplusRequest = createSurplusRequest(
  'req-1',
  chairs,
  { organisation: group, quantity: 25, intendedUse: 'Our hall' },
  AT,
  '2026-11-23',
);

const next = <T extends { version: number }>(record: T): T => ({
  ...record,
  version: record.version + 1,
  updatedAt: LATER,
});

describe('the surplus notices', () => {
  it('tells the lister when a group withdraws an allocated request, and that its items are back', () => {
    const step = allocate(chairs, asked, 25, AT, '2026-11-23');
    const allocated = next(step.request);
    const listing = next(step.listing);
    const withdrawal = withdrawRequest(listing, allocated, LATER);

    const [message, ...others] = surplusNotices([
      { kind: 'SURPLUS_REQUEST', before: allocated, after: next(withdrawal.request), action: 'WITHDRAWN' },
      ...(withdrawal.listing
        ? [
            {
              kind: 'SURPLUS_LISTING' as const,
              before: listing,
              after: next(withdrawal.listing),
              action: 'WITHDRAWN' as const,
            },
          ]
        : []),
    ]);

    expect(others).toEqual([]);
    expect(message).toMatchObject({
      id: 'surplus#request#req-1#v3',
      eventType: 'surplus.request.withdrawn',
      recipients: [{ kind: 'ORGANISATION', organisationId: 'org-council', role: 'lister' }],
      data: { requestId: 'req-1', returnedQuantity: 25, status: 'WITHDRAWN' },
    });
    expect(message?.text).toBe(
      'Youth Club withdrew its request for 25 items: Stacking chairs (seating) at Old Town Library.\n\n' +
        'The 25 items allocated to it are back on the listing, to allocate to another group.',
    );
  });

  it('tells the lister of a pending request withdrawn, with nothing returned', () => {
    const withdrawn = next(withdrawRequest(chairs, asked, LATER).request);

    const [message] = surplusNotices([
      { kind: 'SURPLUS_REQUEST', before: asked, after: withdrawn, action: 'WITHDRAWN' },
    ]);

    expect(message?.data).toMatchObject({ returnedQuantity: 0 });
    expect(message?.text).toContain('Youth Club withdrew its request for 25 items: seating.');
    expect(message?.text).toContain('Nothing had been allocated to it');
  });

  it('renders each surplus message as an email that names the step and the items, with a way to stop them', () => {
    const step = allocate(chairs, asked, 25, AT, '2026-11-23');
    const messages = surplusNotices([
      { kind: 'SURPLUS_LISTING', before: null, after: chairs, action: 'CREATED' },
      { kind: 'SURPLUS_REQUEST', before: asked, after: next(step.request), action: 'ALLOCATED' },
      { kind: 'SURPLUS_LISTING', before: chairs, after: next(step.listing), action: 'ALLOCATED' },
    ]);
    const emails = messages.map((message) =>
      renderNoticeEmail({ ...message, unsubscribeUrl: 'https://register.example/unsubscribe?t=x' }),
    );

    expect(messages.map((message) => message.eventType)).toEqual([
      'surplus.listing.created',
      'surplus.request.allocated',
    ]);
    expect(emails.map((email) => email.subject)).toEqual([
      'Surplus items listed: 40 x Stacking chairs, Old Town Library',
      'Surplus items allocated to you: Stacking chairs, Old Town Library',
    ]);
    expect(emails[1]?.text).toContain(
      '25 of the 25 items Youth Club asked for were allocated to it: Stacking chairs (seating) at Old Town Library.',
    );
    expect(emails[1]?.text).toContain('confirm the collection in the register');
    expect(emails[1]?.html).toContain(
      '<a href="https://register.example/unsubscribe?t=x">Stop these messages</a>',
    );
    expect(emails[0]?.text).toContain('They can be collected from 2026-11-23 until 2026-12-31.');
  });
});
