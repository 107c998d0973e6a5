/**
 * Who receives what (issue 19, "per user, which event types by which channel; per organisation, who receives
 * what"). Two versioned records:
 * - a user's settings: the email they receive at (always the verified email of their token when they saved)
 *   and, per event type, IMMEDIATE, DAILY_DIGEST or OFF (IMMEDIATE when not set);
 * - an organisation's settings: per event type, which member roles receive a copy besides the organisation's
 *   contact address (ADMIN for everything, EDITOR too for co-location events, when not set).
 * The contact address receives every message addressed to the organisation, statutory notices included: a
 * member's OFF only stops the copies sent to that member personally. Pure rules, no storage.
 */
import { OUTBOX_EVENT_TYPES } from '../../../kernel/domain/outbox';
import type { OutboxEventType } from '../../../kernel/domain/outbox';
import type { MemberRole, RecordMeta } from '../../../kernel/domain/records';
import { MEMBER_ROLES } from '../../../kernel/domain/records';

export const DELIVERY_CHOICES = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'] as const;
export type DeliveryChoice = (typeof DELIVERY_CHOICES)[number];

/** What a user chose for one event type. */
export interface EventChoice {
  readonly eventType: OutboxEventType;
  readonly delivery: DeliveryChoice;
}

export interface UserNotificationSettings extends RecordMeta {
  readonly userId: string;
  /** The verified email of the user's token when they last saved; null before they ever saved. */
  readonly email: string | null;
  /** Only the event types the user set; every other is IMMEDIATE. */
  readonly choices: readonly EventChoice[];
}

/** Which member roles receive one event type (besides the contact address). */
export interface EventRoles {
  readonly eventType: OutboxEventType;
  readonly roles: readonly MemberRole[];
}

export interface OrganisationNotificationSettings extends RecordMeta {
  readonly organisationId: string;
  /** Only the event types the admins set; every other has its default roles. */
  readonly rules: readonly EventRoles[];
}

export const DEFAULT_DELIVERY: DeliveryChoice = 'IMMEDIATE';

/** Co-location's events concern the people arranging the space day to day, so editors receive them too. */
export function defaultRoles(eventType: OutboxEventType): readonly MemberRole[] {
  return eventType.startsWith('colocation.') ? ['ADMIN', 'EDITOR'] : ['ADMIN'];
}

/** A user's settings before they ever saved any (version 0: their first save expects 0). */
export function defaultUserSettings(userId: string, at: string): UserNotificationSettings {
  return { userId, email: null, choices: [], createdAt: at, updatedAt: at, version: 0 };
}

/** An organisation's settings before its admins saved any (version 0). */
export function defaultOrganisationSettings(
  organisationId: string,
  at: string,
): OrganisationNotificationSettings {
  return { organisationId, rules: [], createdAt: at, updatedAt: at, version: 0 };
}

/** How the user receives an event type. */
export function deliveryFor(
  settings: UserNotificationSettings | null,
  type: OutboxEventType,
): DeliveryChoice {
  return settings?.choices.find((choice) => choice.eventType === type)?.delivery ?? DEFAULT_DELIVERY;
}

/** The member roles that receive an event type, in the order ADMIN, EDITOR, VIEWER. */
export function rolesFor(
  settings: OrganisationNotificationSettings | null,
  type: OutboxEventType,
): readonly MemberRole[] {
  const roles = settings?.rules.find((rule) => rule.eventType === type)?.roles ?? defaultRoles(type);
  return [...MEMBER_ROLES].reverse().filter((role) => roles.includes(role));
}

/** Every event type with the user's delivery, in catalogue order (what the schema shows). */
export function allChoices(settings: UserNotificationSettings): EventChoice[] {
  return OUTBOX_EVENT_TYPES.map((eventType) => ({ eventType, delivery: deliveryFor(settings, eventType) }));
}

/** Every event type with the roles that receive it, in catalogue order. */
export function allRules(settings: OrganisationNotificationSettings): EventRoles[] {
  return OUTBOX_EVENT_TYPES.map((eventType) => ({ eventType, roles: rolesFor(settings, eventType) }));
}

/**
 * The user's settings after a save: the email is the token's verified one (the caller checked it), and the
 * choices given replace those of the same event types; a choice equal to the default is not kept. A later
 * choice for the same event type wins.
 */
export function editUserSettings(
  before: UserNotificationSettings,
  email: string,
  choices: readonly EventChoice[],
): UserNotificationSettings {
  const byType = new Map(before.choices.map((choice) => [choice.eventType, choice.delivery]));
  for (const choice of choices) byType.set(choice.eventType, choice.delivery);
  const kept = OUTBOX_EVENT_TYPES.flatMap((eventType) => {
    const delivery = byType.get(eventType);
    return delivery && delivery !== DEFAULT_DELIVERY ? [{ eventType, delivery }] : [];
  });
  return { ...before, email: email.toLowerCase(), choices: kept };
}

/**
 * The organisation's settings after its admins' save: the rules given replace those of the same event types;
 * a rule equal to the default is not kept (so a later change of a default reaches it).
 */
export function editOrganisationSettings(
  before: OrganisationNotificationSettings,
  rules: readonly EventRoles[],
): OrganisationNotificationSettings {
  const byType = new Map(before.rules.map((rule) => [rule.eventType, rule.roles]));
  for (const rule of rules) byType.set(rule.eventType, rule.roles);
  const kept = OUTBOX_EVENT_TYPES.flatMap((eventType) => {
    const roles = byType.get(eventType);
    if (!roles) return [];
    const ordered = [...MEMBER_ROLES].reverse().filter((role) => roles.includes(role));
    const defaults = defaultRoles(eventType);
    const isDefault = ordered.length === defaults.length && ordered.every((role) => defaults.includes(role));
    return isDefault ? [] : [{ eventType, roles: ordered }];
  });
  return { ...before, rules: kept };
}
