/**
 * Notification settings: one item per user (`NOTIFYPREF#USER#<id>`) and one per organisation
 * (`NOTIFYPREF#ORG#<id>`), each versioned and written with its audit event. Read by key only: the directory
 * reads an organisation's members' settings in one BatchGetItem per 100 members.
 */
import type { ChangeContext, MembershipGuard } from '../../../kernel/domain/ports';
import type { RecordMeta, RecordType } from '../../../kernel/domain/records';
import {
  auditWrite,
  IS_NEW,
  toRecord,
  versionedReplace,
  withMembershipGuard,
} from '../../../kernel/store/items';
import type { ItemKey } from '../../../kernel/store/keys';
import type { GuardedWrite, Item, Table } from '../../../kernel/store/table';
import { ConflictError } from '../../../kernel/domain/errors';
import type {
  OrganisationNotificationSettings,
  UserNotificationSettings,
} from '../domain/notification-preferences';
import type { PreferencesStore } from '../domain/preferences-port';

export const userSettingsKey = (userId: string): ItemKey => ({
  pk: `NOTIFYPREF#USER#${userId}`,
  sk: 'NOTIFYPREF',
});
export const organisationSettingsKey = (organisationId: string): ItemKey => ({
  pk: `NOTIFYPREF#ORG#${organisationId}`,
  sk: 'NOTIFYPREF',
});

interface Saved {
  readonly key: ItemKey;
  readonly entity: string;
  readonly what: string;
  readonly recordType: RecordType;
  readonly recordId: string;
}

/** The writes of one save: a create (when `before` was never saved) or a versioned replace, with audit. */
function saveWrites(
  tableName: string,
  saved: Saved,
  before: RecordMeta,
  after: RecordMeta,
  change: ChangeContext,
): GuardedWrite[] {
  const item: Item = { ...saved.key, entity: saved.entity, ...after };
  if (before.version === 0) {
    return [
      {
        write: { Put: { TableName: tableName, Item: item, ...IS_NEW } },
        onConditionFailed: () =>
          new ConflictError(`${saved.what} were saved by someone else meanwhile; reload and try again`, {
            field: 'expectedVersion',
          }),
      },
      auditWrite(
        tableName,
        { recordType: saved.recordType, recordId: saved.recordId, action: 'CREATED', version: after.version },
        null,
        after,
        change,
      ),
    ];
  }
  return versionedReplace(
    tableName,
    { what: saved.what, recordType: saved.recordType, recordId: saved.recordId, item },
    before,
    after,
    'UPDATED',
    change,
  );
}

export class DynamoPreferencesStore implements PreferencesStore {
  constructor(private readonly table: Table) {}

  async getUserSettings(userId: string): Promise<UserNotificationSettings | null> {
    const item = await this.table.get(userSettingsKey(userId));
    return item ? toRecord<UserNotificationSettings>(item) : null;
  }

  async getUsersSettings(userIds: readonly string[]): Promise<ReadonlyMap<string, UserNotificationSettings>> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return new Map();
    const items = await this.table.batchGet(unique.map(userSettingsKey));
    const settings = items.map((item) => toRecord<UserNotificationSettings>(item));
    return new Map(settings.map((s) => [s.userId, s]));
  }

  async getOrganisationSettings(organisationId: string): Promise<OrganisationNotificationSettings | null> {
    const item = await this.table.get(organisationSettingsKey(organisationId));
    return item ? toRecord<OrganisationNotificationSettings>(item) : null;
  }

  async saveUserSettings(
    before: UserNotificationSettings,
    after: UserNotificationSettings,
    change: ChangeContext,
  ): Promise<void> {
    const saved: Saved = {
      key: userSettingsKey(after.userId),
      entity: 'UserNotificationSettings',
      what: 'Notification settings',
      recordType: 'USER_NOTIFICATION_SETTINGS',
      recordId: after.userId,
    };
    await this.table.transact(saveWrites(this.table.tableName, saved, before, after, change));
  }

  async saveOrganisationSettings(
    before: OrganisationNotificationSettings,
    after: OrganisationNotificationSettings,
    change: ChangeContext,
    guard: MembershipGuard | null,
  ): Promise<void> {
    const { tableName } = this.table;
    const saved: Saved = {
      key: organisationSettingsKey(after.organisationId),
      entity: 'OrganisationNotificationSettings',
      what: 'Notification settings of the organisation',
      recordType: 'ORGANISATION_NOTIFICATION_SETTINGS',
      recordId: after.organisationId,
    };
    await this.table.transact(
      withMembershipGuard(tableName, saveWrites(tableName, saved, before, after, change), guard),
    );
  }
}
