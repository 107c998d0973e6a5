/**
 * Validation of the surplus arguments, in the style of inputs.ts: every offending field is named, lengths
 * are capped.
 */
import * as z from 'zod';
import {
  contactSchema,
  isoDateSchema,
  lazy,
  optionalText,
  recordIdSchema,
  text,
} from '../../../kernel/graphql/inputs';
import {
  ITEM_CONDITIONS,
  MAX_LISTING_QUANTITY,
  PHOTO_CONTENT_TYPES,
  SURPLUS_CATEGORIES,
} from '../domain/surplus-listing';

const quantity = lazy(() =>
  z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_LISTING_QUANTITY, `must be at most ${MAX_LISTING_QUANTITY}`),
);

const nullable = <T>(value: T | null | undefined): T | null => value ?? null;

const collectionSchema = lazy(() =>
  z.object({
    accessTimes: optionalText(500).transform(nullable),
    loading: optionalText(1000).transform(nullable),
    contactName: contactSchema().shape.name,
    contactEmail: contactSchema().shape.email,
    contactPhone: contactSchema().shape.phone,
  }),
);

export const createSurplusListingSchema = lazy(() =>
  z
    .object({
      buildingId: recordIdSchema(),
      organisationId: recordIdSchema(),
      category: z.enum(SURPLUS_CATEGORIES),
      description: text(1000),
      quantity: quantity(),
      condition: z.enum(ITEM_CONDITIONS),
      dimensions: optionalText(200).transform(nullable),
      availableFrom: isoDateSchema(),
      availableUntil: isoDateSchema().nullish().transform(nullable),
      collection: collectionSchema(),
      mustCollect: z
        .boolean()
        .nullish()
        .transform((value) => value ?? true),
    })
    .refine((input) => input.availableUntil === null || input.availableUntil >= input.availableFrom, {
      path: ['availableUntil'],
      message: 'must not be before availableFrom',
    }),
);

/** An edit: every field optional; omitted stays as it is, null clears `dimensions` and `availableUntil`. */
export const updateSurplusListingSchema = lazy(() =>
  z.object({
    description: text(1000).optional(),
    condition: z.enum(ITEM_CONDITIONS).optional(),
    dimensions: optionalText(200),
    availableUntil: isoDateSchema().nullish(),
    collection: collectionSchema().optional(),
    mustCollect: z.boolean().optional(),
    quantity: quantity().optional(),
  }),
);

export const requestSurplusItemsSchema = lazy(() =>
  z.object({
    listingId: recordIdSchema(),
    organisationId: recordIdSchema(),
    quantity: quantity(),
    intendedUse: text(1000),
  }),
);

export const allocationQuantitySchema = lazy(() => quantity().nullish().transform(nullable));

export const closeReasonSchema = lazy(() => optionalText(500).transform(nullable));

/** The file types a photo may be: anything else is refused before a form is signed. */
export const photoContentTypeSchema = lazy(() =>
  z.enum(PHOTO_CONTENT_TYPES, { error: `must be one of ${PHOTO_CONTENT_TYPES.join(', ')}` }),
);

/** A photo's id as the upload form gave it: 32 hex digits. */
export const photoIdSchema = lazy(() =>
  z.string().regex(/^[0-9a-f]{32}$/, 'must be the photoId of an upload form (32 hex digits)'),
);

export const altTextSchema = lazy(() => text(300));

/** A distance search's filter: one category or all, and only listings available today. */
export const surplusSearchFilterSchema = lazy(() =>
  z
    .object({
      category: z.enum(SURPLUS_CATEGORIES).nullish(),
      availableNow: z.boolean().nullish(),
    })
    .nullish()
    .transform((value) => ({
      category: value?.category ?? null,
      availableNow: value?.availableNow ?? false,
    })),
);

export type SurplusSearchFilterArgs = z.output<ReturnType<typeof surplusSearchFilterSchema>>;
