/** What the notifications register needs from storage and from the network, in domain terms. */
import type { ChangeContext, MembershipGuard, Page, PageRequest } from '../../../kernel/domain/ports';
import type { AuditAction } from '../../../kernel/domain/records';
import type { WebhookEndpoint } from './webhook-endpoint';

export interface WebhookStore {
  getEndpoint(id: string): Promise<WebhookEndpoint | null>;
  /** An organisation's endpoints, oldest first. */
  listEndpointsOfOrganisation(organisationId: string, page: PageRequest): Promise<Page<WebhookEndpoint>>;
  /**
   * Writes the endpoint and its audit event (without its secrets) in one transaction: a create when `before`
   * is null, else a replacement of that version (CONFLICT when it moved on). `guard` is the caller's role,
   * checked in the same transaction.
   */
  saveEndpoint(
    before: WebhookEndpoint | null,
    after: WebhookEndpoint,
    action: AuditAction,
    change: ChangeContext,
    guard: MembershipGuard | null,
  ): Promise<void>;
}

/**
 * Checks a webhook URL as it is registered: its form, then every address its host resolves to (null when it
 * may be used, else why not). Local development and tests allow loopback receivers over http.
 */
export interface WebhookUrlChecker {
  check(url: string): Promise<string | null>;
}
