import { describe, expect, it } from 'vitest';
import { OUTBOX_EVENT_TYPES } from '../../../../../src/kernel/domain/outbox';
import {
  ACV_NOTICE_EVENT_TYPES,
  ACV_NOTICE_STEPS,
  acvNoticeMessage,
  siteAddressLine,
} from '../../../../../src/registers/acv/domain/acv-outbox';
import { NOTICE_KINDS } from '../../../../../src/registers/acv/domain/acv-records';
import type { AcvNotice } from '../../../../../src/registers/acv/domain/acv-records';
import { ACV_NOTICE_EVENTS } from '../../../../../src/registers/notifications/domain/webhook-endpoint';

const notice: AcvNotice = {
  id: 'notice-1',
  entryId: 'entry-1',
  councilCode: 'E07000078',
  kind: 'LISTING',
  recipientRole: 'OWNER',
  recipientName: 'Pub Holdings Ltd',
  recipientAddress: null,
  recipientOrganisationId: 'org-owner',
  siteName: 'The Red Lion',
  siteAddress: '1 High Street, Cheltenham, GL50 1AA',
  date: '2026-11-23',
  text: 'Dear Pub Holdings Ltd,\n\nThe Red Lion is listed.',
  createdAt: '2026-11-23T09:00:00.000Z',
};
const names = { councilName: 'Cheltenham Borough Council', councilOrganisationId: 'org-council' };

describe('an ACV notice as an outbox message', () => {
  it('publishes every kind of notice as an outbox event, the same one the notifications register names', () => {
    for (const kind of NOTICE_KINDS) {
      expect(OUTBOX_EVENT_TYPES).toContain(ACV_NOTICE_EVENT_TYPES[kind]);
      expect(ACV_NOTICE_EVENT_TYPES[kind]).toBe(ACV_NOTICE_EVENTS[kind]);
      expect(ACV_NOTICE_STEPS[kind]).toBeTruthy();
    }
    expect(Object.keys(ACV_NOTICE_EVENT_TYPES).sort()).toEqual([...NOTICE_KINDS].sort());
  });

  it('is from the council, about the land, under the notice rule, to the owner organisation', () => {
    const message = acvNoticeMessage(notice, names);

    expect(message).toMatchObject({
      id: 'notice-1',
      eventType: 'acv.entry.listed',
      councilCode: 'E07000078',
      statutoryRule: 'Localism Act 2011 s.91',
      step: 'Listed as an asset of community value',
      about: 'The Red Lion, 1 High Street, Cheltenham, GL50 1AA',
      text: notice.text,
      date: '2026-11-23',
      sender: 'Cheltenham Borough Council',
      recipients: [
        { kind: 'ORGANISATION', organisationId: 'org-owner', name: 'Pub Holdings Ltd', role: 'OWNER' },
      ],
      webhookOrganisationIds: ['org-owner', 'org-council'],
      createdAt: notice.createdAt,
    });
    expect(message.data).toEqual({
      noticeId: 'notice-1',
      entryId: 'entry-1',
      councilCode: 'E07000078',
      kind: 'LISTING',
      recipientRole: 'OWNER',
      date: '2026-11-23',
    });
  });

  it('emails a person named with an email, posts to one named with an address only', () => {
    const person = { ...notice, recipientRole: 'OCCUPIER' as const, recipientOrganisationId: null };

    const emailed = acvNoticeMessage({ ...person, recipientEmail: 'tenant@example.org' }, names);
    const posted = acvNoticeMessage({ ...person, recipientAddress: '2 High Street' }, names);

    expect(emailed.recipients).toEqual([
      { kind: 'EMAIL', email: 'tenant@example.org', name: 'Pub Holdings Ltd', role: 'OCCUPIER' },
    ]);
    expect(posted.recipients).toEqual([
      { kind: 'POST', name: 'Pub Holdings Ltd', address: '2 High Street', role: 'OCCUPIER' },
    ]);
    // The council's webhooks still hear of it; a person has none.
    expect(emailed.webhookOrganisationIds).toEqual(['org-council']);
    expect(JSON.stringify(emailed.data)).not.toContain('tenant@example.org');
  });

  it('leaves the public notice to the council to publish', () => {
    const message = acvNoticeMessage(
      { ...notice, kind: 'MORATORIUM_PUBLICITY', recipientRole: 'PUBLIC', recipientOrganisationId: null },
      names,
    );

    expect(message.recipients).toEqual([{ kind: 'PUBLIC', name: 'Pub Holdings Ltd', role: 'PUBLIC' }]);
    expect(message.eventType).toBe('acv.moratorium.started');
    expect(message.statutoryRule).toBe('Localism Act 2011 s.97(4)');
  });

  it('falls back on the entry and the council code for a notice written before names were kept', () => {
    const { siteName: _name, siteAddress: _address, ...older } = notice;

    const message = acvNoticeMessage(older, { councilName: null, councilOrganisationId: null });

    expect(message.about).toBe('the asset of community value entry entry-1');
    expect(message.sender).toBe('The council (E07000078)');
    expect(message.webhookOrganisationIds).toEqual(['org-owner']);
  });

  it('writes a site address on one line, leaving out what is empty', () => {
    const address = {
      lines: ['1 High Street', ''],
      postTown: null,
      postcode: 'GL50 1AA',
      postcodeIsPartial: false,
    };

    expect(siteAddressLine({ address })).toBe('1 High Street, GL50 1AA');
    expect(siteAddressLine({ address: null })).toBeNull();
  });
});
