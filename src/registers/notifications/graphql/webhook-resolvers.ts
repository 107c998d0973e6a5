/** Webhook endpoints: thin resolvers (parse the arguments, call one change, map the result). */
import * as z from 'zod';
import { parseArgument } from '../../../kernel/graphql/inputs';
import { parseId, parsePage } from '../../../kernel/graphql/support';
import type { Resolvers, WebhookEventType as WebhookEventTypeName } from '../../generated/resolvers-types';
import {
  listWebhookEndpoints,
  registerWebhookEndpoint,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from '../changes/webhook-changes';
import { signingSecrets, WEBHOOK_EVENT_TYPES } from '../domain/webhook-endpoint';
import type { WebhookEventType } from '../domain/webhook-endpoint';

/** `acv.entry.listed` <-> `ACV_ENTRY_LISTED`: the schema's names are the payload's types in capitals. */
const toEnum = (type: WebhookEventType) => type.replaceAll('.', '_').toUpperCase() as WebhookEventTypeName;
const EVENT_BY_NAME = new Map(WEBHOOK_EVENT_TYPES.map((type) => [toEnum(type) as string, type]));

const eventTypesSchema = z
  .array(z.string())
  .min(1, 'name at least one event type')
  .max(WEBHOOK_EVENT_TYPES.length * 2)
  .transform((names, context) =>
    names.flatMap((name) => {
      const type = EVENT_BY_NAME.get(name);
      if (!type) context.addIssue({ code: 'custom', message: `${name} is not an event type` });
      return type ? [type] : [];
    }),
  );
const urlSchema = z.string().trim().min(1, 'is empty').max(2048, 'is longer than 2,048 characters');
const descriptionSchema = z.string().trim().max(500, 'is longer than 500 characters').nullish();

const registerSchema = z.object({
  organisationId: z.string().min(1).max(100),
  url: urlSchema,
  eventTypes: eventTypesSchema,
  description: descriptionSchema.transform((value) => (value ? value : null)),
});
const updateSchema = z.object({
  url: urlSchema.nullish().transform((value) => value ?? undefined),
  eventTypes: eventTypesSchema.nullish().transform((value) => value ?? undefined),
  description: descriptionSchema,
  enabled: z
    .boolean()
    .nullish()
    .transform((value) => value ?? undefined),
});

const target = (args: { id: string; expectedVersion: number }) => ({
  id: parseId(args.id, 'id'),
  expectedVersion: args.expectedVersion,
});

export const webhookResolvers: Resolvers = {
  Query: {
    webhookEndpoints: (_, args, ctx) =>
      listWebhookEndpoints(ctx, parseId(args.organisationId, 'organisationId'), parsePage(args)),
  },
  Mutation: {
    registerWebhookEndpoint: (_, args, ctx) =>
      registerWebhookEndpoint(
        ctx,
        { operation: 'registerWebhookEndpoint', args: args.input, idempotencyKey: args.idempotencyKey },
        parseArgument(registerSchema, args.input, 'input'),
      ),
    updateWebhookEndpoint: (_, args, ctx) =>
      updateWebhookEndpoint(ctx, target(args), () => {
        const parsed = parseArgument(updateSchema, args.input, 'input');
        return {
          ...(parsed.url !== undefined ? { url: parsed.url } : {}),
          ...(parsed.eventTypes !== undefined ? { eventTypes: parsed.eventTypes } : {}),
          ...(parsed.description !== undefined ? { description: parsed.description || null } : {}),
          ...(parsed.enabled !== undefined ? { enabled: parsed.enabled } : {}),
        };
      }),
    rotateWebhookSecret: (_, args, ctx) => rotateWebhookSecret(ctx, target(args)),
  },
  WebhookEndpoint: {
    eventTypes: (endpoint) => endpoint.eventTypes.map(toEnum),
    signingSecretCount: (endpoint, _, ctx) => signingSecrets(endpoint, ctx.clock.now().toISOString()).length,
    secretCreatedAt: (endpoint) => endpoint.secrets[0]?.createdAt ?? endpoint.createdAt,
  },
};
