import { ConflictError } from '../../../kernel/domain/errors';
import type { ChangeContext, MembershipGuard, Page, PageRequest } from '../../../kernel/domain/ports';
import type { AuditAction, Invite, Membership, Organisation } from '../../../kernel/domain/records';
import {
  idempotencyWrites,
  IS_NEW,
  toRecord,
  versionedReplace,
  withMembershipGuard,
} from '../../../kernel/store/items';
import { organisationKey, toNameKey } from '../../../kernel/store/keys';
import type { GuardedWrite, Item, Table } from '../../../kernel/store/table';
import type {
  OrganisationForChange,
  OrganisationForVerification,
  OrganisationStore,
} from '../domain/organisation-port';
import { auditWrite } from '../../../kernel/store/items';
import {
  memberAddedWrites,
  readMembersForVerification,
  toMembersSnapshot,
  transactGuarded,
  transactWithMembersAccess,
} from './membership-items';
import {
  councilClaimKey,
  councilOrganisationsPartition,
  inviteKey,
  membershipKey,
  organisationAreaSlotKey,
  organisationNameIndexKeys,
  organisationPartition,
  organisationsByCouncilArea,
  organisationsByNamePrefix,
} from './organisation-keys';

/** Organisations and their council areas (a council's claim on its GSS code, the area entries). */
export class DynamoOrganisationStore implements OrganisationStore {
  constructor(private readonly table: Table) {}

  /** Read strongly consistent: changes are based on it. */
  async getOrganisation(id: string): Promise<Organisation | null> {
    const item = await this.table.get(organisationKey(id));
    return item ? toRecord<Organisation>(item) : null;
  }

  async findCouncilByGssCode(gssCode: string): Promise<Organisation | null> {
    const claim = await this.table.get(councilClaimKey(gssCode));
    return claim ? this.getOrganisation(String(claim['organisationId'])) : null;
  }

  /**
   * The councils registered for any of `gssCodes`: their GSS claims by key (BatchGetItem, 100 a request),
   * then the councils (BatchGetItem). How the daily reminders find every council without a Scan.
   */
  async findCouncilsByGssCodes(gssCodes: readonly string[]): Promise<Organisation[]> {
    const claims = gssCodes.length
      ? await this.table.batchGet([...new Set(gssCodes)].map(councilClaimKey))
      : [];
    const councils = await this.getOrganisations(claims.map((claim) => String(claim['organisationId'])));
    return [...councils.values()].sort((a, b) => ((a.gssCode ?? '') < (b.gssCode ?? '') ? -1 : 1));
  }

  async isCouncilRegistered(gssCode: string): Promise<boolean> {
    return (await this.table.get(councilClaimKey(gssCode))) !== null;
  }

  async getOrganisations(ids: readonly string[]): Promise<ReadonlyMap<string, Organisation>> {
    const unique = [...new Set(ids)];
    const items = unique.length ? await this.table.batchGet(unique.map(organisationKey)) : [];
    return new Map(items.map((item) => toRecord<Organisation>(item)).map((org) => [org.id, org]));
  }

  async listOrganisationsByCouncilArea(councilCode: string, page: PageRequest): Promise<Page<Organisation>> {
    const entries = await this.table.queryPage(
      {
        ...organisationsByCouncilArea(councilCode),
        cursorQuery: `organisationsByCouncilArea|${councilCode}`,
      },
      page,
      (item) => item,
    );
    // Area entries carry a copy of the organisation, so the page is the one Query. Entries written before
    // they did (see docs/data-model.md, backfill) are completed with one BatchGetItem for the page.
    const missing = entries.edges
      .filter((edge) => edge.node['version'] === undefined)
      .map((edge) => String(edge.node['organisationId']));
    const loaded = missing.length ? await this.getOrganisations(missing) : new Map<string, Organisation>();
    return {
      pageInfo: entries.pageInfo,
      edges: entries.edges.flatMap((edge) => {
        const id = String(edge.node['organisationId']);
        const node = edge.node['version'] === undefined ? loaded.get(id) : areaCopyToOrganisation(edge.node);
        return node ? [{ node, cursor: edge.cursor }] : [];
      }),
    };
  }

  listOrganisationsByNamePrefix(prefix: string, page: PageRequest): Promise<Page<Organisation>> {
    const nameKey = toNameKey(prefix);
    return this.table.queryPage(
      { ...organisationsByNamePrefix(nameKey), cursorQuery: `organisationsByName|${nameKey}` },
      page,
      (item) => toRecord<Organisation>(item),
    );
  }

  async createOrganisation(
    organisation: Organisation,
    firstAdminId: string | null,
    change: ChangeContext,
  ): Promise<void> {
    const { tableName } = this.table;
    const writes: GuardedWrite[] = [
      { write: { Put: { TableName: tableName, Item: this.#organisationItem(organisation), ...IS_NEW } } },
      ...organisation.councilAreas.map((area, slot) => this.#putArea(organisation, area, slot)),
      auditWrite(
        tableName,
        { recordType: 'ORGANISATION', recordId: organisation.id, action: 'CREATED', version: 1 },
        null,
        organisation,
        change,
      ),
    ];
    if (organisation.kind === 'COUNCIL' && organisation.gssCode) {
      writes.push(this.#claimCouncil(organisation, organisation.gssCode));
    }
    if (firstAdminId) {
      const membership: Membership = {
        organisationId: organisation.id,
        userId: firstAdminId,
        role: 'ADMIN',
        createdAt: change.at,
        updatedAt: change.at,
        version: 1,
      };
      // The organisation is new in this very transaction: nothing can have changed its facts meanwhile.
      writes.push(...memberAddedWrites(tableName, membership, organisation, change, false));
    }
    // The key's claim goes first: on a retry its replay signal must win over the create's own conflicts.
    await this.table.transact([...idempotencyWrites(tableName, change), ...writes]);
  }

  async updateOrganisation(
    before: Organisation,
    after: Organisation,
    action: AuditAction,
    change: ChangeContext,
    guard: MembershipGuard | null = null,
  ): Promise<void> {
    const { tableName } = this.table;
    const writes = this.#changeWrites(before, after, action, change);
    if (before.verified !== after.verified) {
      await transactWithMembersAccess(
        this.table,
        withMembershipGuard(tableName, writes, guard),
        after,
        await readMembersForVerification(this.table, after.id),
      );
      return;
    }
    await transactGuarded(this.table, guard, writes);
  }

  async getOrganisationForVerification(id: string): Promise<OrganisationForVerification | null> {
    // The whole partition in one Query (more only past 1 MB): the record, the counters and every member. Area
    // slots and invitations are read too (at most 51 and a few) but filtered out of the answer; reading them
    // costs less than a second request.
    const items = await this.table.queryAll({
      ...organisationPartition(id),
      consistent: true,
      // (A filter may not name the sort key, so the kinds left out are named by `entity`.)
      filter: {
        expression: 'NOT (#entity IN (:area, :invite))',
        names: { '#entity': 'entity' },
        values: { ':area': 'OrganisationArea', ':invite': 'Invite' },
      },
    });
    const record = items.find((item) => item['sk'] === organisationKey(id).sk);
    if (!record) return null;
    return {
      organisation: toRecord<Organisation>(record),
      ...toMembersSnapshot(items),
    };
  }

  async verifyOrganisation(
    read: OrganisationForVerification,
    after: Organisation,
    action: AuditAction,
    change: ChangeContext,
  ): Promise<void> {
    await transactWithMembersAccess(
      this.table,
      this.#changeWrites(read.organisation, after, action, change),
      after,
      read,
    );
  }

  async getOrganisationForChange(
    organisationId: string,
    parts: { readonly memberUserId?: string; readonly inviteEmail?: string },
  ): Promise<OrganisationForChange> {
    // Every item lives in the organisation's partition: one strongly consistent BatchGetItem reads them all.
    const memberKey =
      parts.memberUserId !== undefined ? membershipKey(organisationId, parts.memberUserId) : null;
    const invitationKey =
      parts.inviteEmail !== undefined ? inviteKey(organisationId, parts.inviteEmail) : null;
    const keys = [
      organisationKey(organisationId),
      ...(memberKey ? [memberKey] : []),
      ...(invitationKey ? [invitationKey] : []),
    ];
    const items = await this.table.batchGet(keys, { consistent: true });
    const find = <T>(key: { sk: string } | null): T | null => {
      const item = key ? items.find((candidate) => candidate['sk'] === key.sk) : undefined;
      return item ? toRecord<T>(item) : null;
    };
    return {
      organisation: find<Organisation>(organisationKey(organisationId)),
      membership: find<Membership>(memberKey),
      invite: find<Invite>(invitationKey),
    };
  }

  /**
   * The record's next version with its audit event, and its area entries. Area entries carry a copy of the
   * organisation (so a council's organisations list is one Query) and sit in slots by position: every change
   * rewrites each slot in use and deletes the slots past the end of a shorter list. At most one write per
   * slot (50), plus the record and its audit event: see docs/data-model.md, "Writes".
   */
  #changeWrites(
    before: Organisation,
    after: Organisation,
    action: AuditAction,
    change: ChangeContext,
  ): GuardedWrite[] {
    const { tableName } = this.table;
    const writes = versionedReplace(
      tableName,
      {
        what: 'Organisation',
        recordType: 'ORGANISATION',
        recordId: after.id,
        item: this.#organisationItem(after),
      },
      before,
      after,
      action,
      change,
    );
    const slots = Math.max(before.councilAreas.length, after.councilAreas.length);
    for (let slot = 0; slot < slots; slot++) {
      const area = after.councilAreas[slot];
      writes.push(
        area === undefined
          ? { write: { Delete: { TableName: tableName, Key: organisationAreaSlotKey(after.id, slot) } } }
          : this.#putArea(after, area, slot),
      );
    }
    return writes;
  }

  /** One council organisation per GSS code: a second registration is a CONFLICT naming the first. */
  #claimCouncil(organisation: Organisation, gssCode: string): GuardedWrite {
    return {
      write: {
        Put: {
          TableName: this.table.tableName,
          Item: { ...councilClaimKey(gssCode), entity: 'CouncilClaim', organisationId: organisation.id },
          ...IS_NEW,
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (existing) =>
        new ConflictError(
          `Council ${gssCode} is already registered as organisation ${String(existing?.['organisationId'])}`,
          { field: 'input.gssCode', existingOrganisationId: existing?.['organisationId'] ?? null },
        ),
    };
  }

  #organisationItem(organisation: Organisation): Item {
    return {
      ...organisationKey(organisation.id),
      entity: 'Organisation',
      ...organisationNameIndexKeys(organisation.id, organisation.name),
      ...organisation,
    };
  }

  #putArea(organisation: Organisation, area: string, slot: number): GuardedWrite {
    return {
      write: {
        Put: {
          TableName: this.table.tableName,
          Item: {
            // A copy of the organisation, so a list by area is one Query. Its contact details are shown
            // only after the same check as on the record itself (Organisation.contact).
            ...organisation,
            ...organisationAreaSlotKey(organisation.id, slot),
            entity: 'OrganisationArea',
            councilCode: area,
            gsi1pk: councilOrganisationsPartition(area),
            gsi1sk: `${toNameKey(organisation.name) || '_'}#${organisation.id}`,
            organisationId: organisation.id,
          },
        },
      },
    };
  }
}

/** The organisation copied onto an area entry. */
function areaCopyToOrganisation(item: Item): Organisation {
  const { organisationId: _organisationId, ...record } = toRecord<Organisation & { organisationId: string }>(
    item,
  );
  return record;
}
