/**
 * Notification settings, run by the change protocol. A user's own settings take their email from the verified
 * token (never typed, so mail is only ever sent to an address its owner proved); an organisation's settings
 * are its admins' (the `organisation.manageWebhooks` action: both decide where the organisation's events go).
 */
import { assertVersion, nextVersion, requireUser, runChange } from '../../../kernel/changes/change-protocol';
import { ForbiddenError, NotFoundError } from '../../../kernel/domain/errors';
import type { Organisation } from '../../../kernel/domain/records';
import type { RegisterContext } from '../../context';
import {
  defaultOrganisationSettings,
  defaultUserSettings,
  editOrganisationSettings,
  editUserSettings,
} from '../domain/notification-preferences';
import type {
  EventChoice,
  EventRoles,
  OrganisationNotificationSettings,
  UserNotificationSettings,
} from '../domain/notification-preferences';

/** The caller's settings, or the defaults (version 0) before they ever saved. */
export async function getMyNotificationSettings(ctx: RegisterContext): Promise<UserNotificationSettings> {
  const actor = await requireUser(ctx);
  return (
    (await ctx.stores.preferences.getUserSettings(actor.userId)) ??
    defaultUserSettings(actor.userId, ctx.clock.now().toISOString())
  );
}

/** Saves the caller's choices with the verified email of their token; FORBIDDEN without one. */
export async function updateMyNotificationSettings(
  ctx: RegisterContext,
  expectedVersion: number,
  choices: () => readonly EventChoice[],
): Promise<UserNotificationSettings> {
  return runChange(ctx, {
    load: () => getMyNotificationSettings(ctx),
    access: () => [],
    decide: (before, by) => {
      if (!by.actor.email || !by.actor.emailVerified) {
        throw new ForbiddenError(
          'Your sign-in has no verified email address: verify it, sign in again, then save your settings',
        );
      }
      assertVersion(before, expectedVersion, 'Your notification settings');
      return nextVersion(editUserSettings(before, by.actor.email, choices()), by.change);
    },
    write: (after, before, { change }) => ctx.stores.preferences.saveUserSettings(before, after, change),
  });
}

async function loadOrganisation(ctx: RegisterContext, organisationId: string): Promise<Organisation> {
  const organisation = await ctx.organisations.load(organisationId);
  if (!organisation) throw new NotFoundError('Organisation', organisationId);
  return organisation;
}

async function storedOrDefault(
  ctx: RegisterContext,
  organisationId: string,
): Promise<OrganisationNotificationSettings> {
  return (
    (await ctx.stores.preferences.getOrganisationSettings(organisationId)) ??
    defaultOrganisationSettings(organisationId, ctx.clock.now().toISOString())
  );
}

/** An organisation's settings, for its admins only (FORBIDDEN otherwise). */
export async function getOrganisationNotificationSettings(
  ctx: RegisterContext,
  organisationId: string,
): Promise<OrganisationNotificationSettings> {
  const organisation = await loadOrganisation(ctx, organisationId);
  await ctx.assertAllowed('organisation.manageWebhooks', organisation);
  return storedOrDefault(ctx, organisationId);
}

/** Saves which member roles receive each event type; the admin role is a condition of the write. */
export async function updateOrganisationNotificationSettings(
  ctx: RegisterContext,
  target: { readonly organisationId: string; readonly expectedVersion: number },
  rules: () => readonly EventRoles[],
): Promise<OrganisationNotificationSettings> {
  const held: { organisation: Organisation | null } = { organisation: null };
  return runChange(ctx, {
    load: async () => {
      held.organisation = await loadOrganisation(ctx, target.organisationId);
      return storedOrDefault(ctx, target.organisationId);
    },
    access: () => [{ action: 'organisation.manageWebhooks', resource: held.organisation as Organisation }],
    decide: (before, by) => {
      assertVersion(before, target.expectedVersion, 'The notification settings of the organisation');
      return nextVersion(editOrganisationSettings(before, rules()), by.change);
    },
    write: (after, before, { change }, guard) =>
      ctx.stores.preferences.saveOrganisationSettings(before, after, change, guard),
  });
}
