/** Notification settings: thin resolvers (parse the arguments, call one change, map the result). */
import * as z from 'zod';
import { OUTBOX_EVENT_TYPES } from '../../../kernel/domain/outbox';
import type { OutboxEventType } from '../../../kernel/domain/outbox';
import { parseArgument } from '../../../kernel/graphql/inputs';
import { parseId } from '../../../kernel/graphql/support';
import type { Resolvers, WebhookEventType as EventTypeName } from '../../generated/resolvers-types';
import {
  getMyNotificationSettings,
  getOrganisationNotificationSettings,
  updateMyNotificationSettings,
  updateOrganisationNotificationSettings,
} from '../changes/preference-changes';
import { allChoices, allRules } from '../domain/notification-preferences';

/** `acv.entry.listed` <-> `ACV_ENTRY_LISTED`, as webhooks name them. */
const toEnum = (type: OutboxEventType) => type.replaceAll('.', '_').toUpperCase() as EventTypeName;
const EVENT_BY_NAME = new Map<string, OutboxEventType>(
  OUTBOX_EVENT_TYPES.map((type) => [toEnum(type), type]),
);

const eventTypeSchema = z.string().transform((name, context) => {
  const type = EVENT_BY_NAME.get(name);
  if (!type) context.addIssue({ code: 'custom', message: `${name} is not an event type` });
  return type ?? OUTBOX_EVENT_TYPES[0];
});

/** At most one entry per event type: two answers for one would leave which one counts to chance. */
function oncePerEventType<T extends { eventType: OutboxEventType }>(items: T[], context: z.RefinementCtx) {
  const seen = new Set<OutboxEventType>();
  items.forEach((item, index) => {
    if (seen.has(item.eventType)) {
      context.addIssue({
        code: 'custom',
        path: [index, 'eventType'],
        message: `${toEnum(item.eventType)} is given more than once`,
      });
    }
    seen.add(item.eventType);
  });
}

const choicesSchema = z.object({
  choices: z
    .array(z.object({ eventType: eventTypeSchema, delivery: z.enum(['IMMEDIATE', 'DAILY_DIGEST', 'OFF']) }))
    .max(OUTBOX_EVENT_TYPES.length)
    .superRefine(oncePerEventType),
});
const rulesSchema = z.object({
  rules: z
    .array(
      z.object({
        eventType: eventTypeSchema,
        roles: z.array(z.enum(['ADMIN', 'EDITOR', 'VIEWER'])).max(3),
      }),
    )
    .max(OUTBOX_EVENT_TYPES.length)
    .superRefine(oncePerEventType),
});

const savedAt = (record: { version: number; updatedAt: string }) =>
  record.version > 0 ? record.updatedAt : null;

export const preferencesResolvers: Resolvers = {
  Query: {
    myNotificationSettings: (_, __, ctx) => getMyNotificationSettings(ctx),
    organisationNotificationSettings: (_, args, ctx) =>
      getOrganisationNotificationSettings(ctx, parseId(args.organisationId, 'organisationId')),
  },
  Mutation: {
    updateMyNotificationSettings: (_, args, ctx) =>
      updateMyNotificationSettings(
        ctx,
        args.expectedVersion,
        () => parseArgument(choicesSchema, args.input, 'input').choices,
      ),
    updateOrganisationNotificationSettings: (_, args, ctx) =>
      updateOrganisationNotificationSettings(
        ctx,
        {
          organisationId: parseId(args.organisationId, 'organisationId'),
          expectedVersion: args.expectedVersion,
        },
        () => parseArgument(rulesSchema, args.input, 'input').rules,
      ),
  },
  MyNotificationSettings: {
    choices: (settings) =>
      allChoices(settings).map((choice) => ({ ...choice, eventType: toEnum(choice.eventType) })),
    updatedAt: savedAt,
  },
  OrganisationNotificationSettings: {
    rules: (settings) =>
      allRules(settings).map((rule) => ({ eventType: toEnum(rule.eventType), roles: [...rule.roles] })),
    updatedAt: savedAt,
  },
};
