import { beforeAll, describe, expect, it } from 'vitest';
import { createRegisterStores } from '../../src/app/register-store';
import type { OutboxMessage } from '../../src/kernel/domain/outbox';
import { OUTBOX_EVENT_TYPES } from '../../src/kernel/domain/outbox';
import { preferencesDirectory } from '../../src/registers/notifications/delivery/preferences-directory';
import type { RecipientDirectory } from '../../src/registers/notifications/domain/notifications-port';
import { ADD_MEMBER, contactEmailOf, createCharity } from '../support/fixtures';
import { createTestApp, errorCodes, TEST_CURSOR_SECRET } from '../support/test-app';
import type { Caller, TestApp } from '../support/test-app';

const MY = /* GraphQL */ `
  query {
    myNotificationSettings {
      email
      version
      updatedAt
      choices {
        eventType
        delivery
      }
    }
  }
`;
const SAVE_MY = /* GraphQL */ `
  mutation ($expectedVersion: Int!, $input: UpdateMyNotificationSettingsInput!) {
    updateMyNotificationSettings(expectedVersion: $expectedVersion, input: $input) {
      email
      version
      choices {
        eventType
        delivery
      }
    }
  }
`;
const ORG = /* GraphQL */ `
  query ($id: ID!) {
    organisationNotificationSettings(organisationId: $id) {
      organisationId
      version
      rules {
        eventType
        roles
      }
    }
  }
`;
const SAVE_ORG = /* GraphQL */ `
  mutation ($id: ID!, $expectedVersion: Int!, $input: UpdateOrganisationNotificationSettingsInput!) {
    updateOrganisationNotificationSettings(
      organisationId: $id
      expectedVersion: $expectedVersion
      input: $input
    ) {
      version
      rules {
        eventType
        roles
      }
    }
  }
`;

interface Choice {
  eventType: string;
  delivery: string;
}
interface Rule {
  eventType: string;
  roles: string[];
}

const verified = (userId: string, email: string): Caller => ({ userId, email, emailVerified: true });
const admin = verified('prefs-admin', 'Admin@Prefs.example.org');
const otherAdmin = verified('prefs-admin-2', 'admin2@prefs.example.org');
const editor = verified('prefs-editor', 'editor@prefs.example.org');
const viewer = verified('prefs-viewer', 'viewer@prefs.example.org');
const silent = { userId: 'prefs-never-saved', email: 'never@prefs.example.org', emailVerified: true };

const delivery = (choices: Choice[], eventType: string) =>
  choices.find((choice) => choice.eventType === eventType)?.delivery;
const roles = (rules: Rule[], eventType: string) => rules.find((rule) => rule.eventType === eventType)?.roles;

function message(eventType: OutboxMessage['eventType']): OutboxMessage {
  return {
    id: `test-${eventType}`,
    eventType,
    councilCode: 'E07000078',
    statutoryRule: eventType.startsWith('acv.') ? 'Localism Act 2011 s.91' : null,
    step: 'A step',
    about: 'A hall',
    text: 'Text',
    date: '2026-11-23',
    sender: 'Council',
    recordUrl: null,
    recipients: [],
    webhookOrganisationIds: [],
    data: {},
    createdAt: '2026-11-23T09:00:00.000Z',
  };
}

describe('notification settings', () => {
  let api: TestApp;
  let organisationId = '';
  let directory: RecipientDirectory;
  const trustName = 'Prefs Trust';

  beforeAll(async () => {
    api = await createTestApp();
    organisationId = (await createCharity(api, admin, trustName)).id;
    for (const [member, role] of [
      [otherAdmin, 'ADMIN'],
      [editor, 'EDITOR'],
      [viewer, 'VIEWER'],
      [silent, 'ADMIN'],
    ] as const) {
      await api.ok(ADD_MEMBER, { organisationId, userId: member.userId, role }, admin);
    }
    const stores = createRegisterStores({
      client: api.table.client,
      tableName: api.table.tableName,
      cursorSecret: TEST_CURSOR_SECRET,
      endpoint: api.table.endpoint,
    });
    directory = preferencesDirectory(stores);
  });

  it('refuses an anonymous caller and shows a new user the defaults at version 0', async () => {
    expect(errorCodes(await api.run(MY))).toEqual(['UNAUTHENTICATED']);
    const { myNotificationSettings: mine } = await api.ok<{
      myNotificationSettings: {
        email: string | null;
        version: number;
        updatedAt: string | null;
        choices: Choice[];
      };
    }>(MY, {}, viewer);
    expect(mine).toMatchObject({ email: null, version: 0, updatedAt: null });
    // One choice per event type the register publishes.
    expect(mine.choices).toHaveLength(OUTBOX_EVENT_TYPES.length);
    expect(new Set(mine.choices.map((choice) => choice.delivery))).toEqual(new Set(['IMMEDIATE']));
  });

  it('refuses to save without a verified email, and takes the email from the token when verified', async () => {
    const input = { choices: [{ eventType: 'ACV_ENTRY_LISTED', delivery: 'OFF' }] };
    const unverified = await api.run(
      SAVE_MY,
      { expectedVersion: 0, input },
      { ...viewer, emailVerified: false },
    );
    expect(errorCodes(unverified)).toEqual(['FORBIDDEN']);
    expect(unverified.errors?.[0]?.message).toMatch(/verified email/);
    const noEmail = await api.run(SAVE_MY, { expectedVersion: 0, input }, { userId: viewer.userId });
    expect(errorCodes(noEmail)).toEqual(['FORBIDDEN']);

    const { updateMyNotificationSettings: saved } = await api.ok<{
      updateMyNotificationSettings: { email: string; version: number; choices: Choice[] };
    }>(SAVE_MY, { expectedVersion: 0, input }, admin);
    expect(saved.email).toBe('admin@prefs.example.org');
    expect(saved.version).toBe(1);
    expect(delivery(saved.choices, 'ACV_ENTRY_LISTED')).toBe('OFF');
    expect(delivery(saved.choices, 'REMINDER_DUE')).toBe('IMMEDIATE');
  });

  it('answers CONFLICT on expectedVersion when the settings moved on', async () => {
    await api.ok(SAVE_MY, { expectedVersion: 0, input: { choices: [] } }, editor);
    const stale = await api.run(SAVE_MY, { expectedVersion: 0, input: { choices: [] } }, editor);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0]?.extensions?.['field']).toBe('expectedVersion');
  });

  it('refuses a choice given twice for one event type, naming the field', async () => {
    const twice = await api.run(
      SAVE_MY,
      {
        expectedVersion: 1,
        input: {
          choices: [
            { eventType: 'REMINDER_DUE', delivery: 'OFF' },
            { eventType: 'REMINDER_DUE', delivery: 'DAILY_DIGEST' },
          ],
        },
      },
      editor,
    );
    expect(errorCodes(twice)).toEqual(['BAD_USER_INPUT']);
    expect(twice.errors?.[0]?.extensions?.['field']).toBe('input.choices.1.eventType');
  });

  it("shows an organisation's defaults to its admins only, and saves their rules", async () => {
    const { organisationNotificationSettings: defaults } = await api.ok<{
      organisationNotificationSettings: { version: number; rules: Rule[] };
    }>(ORG, { id: organisationId }, admin);
    expect(defaults.version).toBe(0);
    expect(roles(defaults.rules, 'ACV_ENTRY_LISTED')).toEqual(['ADMIN']);
    expect(roles(defaults.rules, 'COLOCATION_INTEREST_EXPRESSED')).toEqual(['ADMIN', 'EDITOR']);
    expect(errorCodes(await api.run(ORG, { id: organisationId }, editor))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.run(ORG, { id: organisationId }, { userId: 'prefs-outsider' }))).toEqual([
      'FORBIDDEN',
    ]);
    const input = { rules: [{ eventType: 'REMINDER_DUE', roles: ['VIEWER', 'ADMIN'] }] };
    const byEditor = await api.run(SAVE_ORG, { id: organisationId, expectedVersion: 0, input }, editor);
    expect(errorCodes(byEditor)).toEqual(['FORBIDDEN']);

    const { updateOrganisationNotificationSettings: saved } = await api.ok<{
      updateOrganisationNotificationSettings: { version: number; rules: Rule[] };
    }>(SAVE_ORG, { id: organisationId, expectedVersion: 0, input }, admin);
    expect(saved.version).toBe(1);
    expect(roles(saved.rules, 'REMINDER_DUE')).toEqual(['ADMIN', 'VIEWER']);
    const stale = await api.run(SAVE_ORG, { id: organisationId, expectedVersion: 0, input }, admin);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const badRole = await api.run(
      SAVE_ORG,
      {
        id: organisationId,
        expectedVersion: 1,
        input: {
          rules: [
            { eventType: 'REMINDER_DUE', roles: [] },
            { eventType: 'REMINDER_DUE', roles: [] },
          ],
        },
      },
      admin,
    );
    expect(badRole.errors?.[0]?.extensions?.['field']).toBe('input.rules.1.eventType');
  });

  it('directs a message to the contact address and the members whose role and own choice allow it', async () => {
    // Settings by then: admin OFF for ACV_ENTRY_LISTED (above); editor saved defaults (above); the other admin
    // takes co-location in a digest; the viewer saves defaults; `silent` never saved (no known email).
    await api.ok(
      SAVE_MY,
      {
        expectedVersion: 0,
        input: { choices: [{ eventType: 'COLOCATION_INTEREST_EXPRESSED', delivery: 'DAILY_DIGEST' }] },
      },
      otherAdmin,
    );
    await api.ok(SAVE_MY, { expectedVersion: 0, input: { choices: [] } }, viewer);
    const recipient = { kind: 'ORGANISATION', organisationId, name: trustName, role: 'NOMINATOR' } as const;
    const contact = { email: contactEmailOf(trustName), name: 'Sam Jones', digest: false, userId: null };
    const person = (caller: Caller, digest = false) => ({
      email: caller.email?.toLowerCase(),
      name: caller.email?.toLowerCase(),
      digest,
      userId: caller.userId,
    });
    const sorted = <T extends { email?: string | undefined }>(list: readonly T[]) =>
      [...list].sort((a, b) => String(a.email).localeCompare(String(b.email)));

    const listed = await directory.addressesFor(recipient, message('acv.entry.listed'));
    expect(sorted(listed)).toEqual(sorted([contact, person(otherAdmin)]));

    const interest = await directory.addressesFor(recipient, message('colocation.interest.expressed'));
    expect(sorted(interest)).toEqual(
      sorted([contact, person(admin), person(otherAdmin, true), person(editor)]),
    );

    // The organisation's rule: reminders to admins and viewers (saved above).
    const reminder = await directory.addressesFor(recipient, message('reminder.due'));
    expect(sorted(reminder)).toEqual(sorted([contact, person(admin), person(otherAdmin), person(viewer)]));

    const invitee = await directory.addressesFor(
      { kind: 'EMAIL', email: 'New@Example.org', name: 'New person', role: 'INVITEE' },
      message('organisation.invitation.sent'),
    );
    expect(invitee).toEqual([{ email: 'new@example.org', name: 'New person', digest: false, userId: null }]);
  });
});
