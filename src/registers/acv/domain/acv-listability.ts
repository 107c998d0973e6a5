/**
 * What may not be listed (Localism Act 2011 s.88(3) and SI 2012/2421 reg 3 with Schedule 1): a residence
 * together with land connected with it (Sch 1 para 1), land needing a caravan site licence (para 2), and
 * operational land of statutory undertakers (para 3, "operational land" as in s.263 of the Town and Country
 * Planning Act 1990). Schedule 1 itself qualifies each of them (a residence's exception does not reach every
 * building someone lives in, e.g. one used partly for something else, such as a pub with a flat above; land
 * held by an undertaker but not used for its undertaking is not operational land), so the register does not
 * decide them alone: where the land's category says an exception may apply, listing is refused with
 * NOT_LISTABLE naming it, unless the deciding officer records why it does not apply; that reason is kept on
 * the decision (and so in its audit event).
 *
 * The register knows the land only by its category: a building's, or the one the nominator gives a
 * described site. Only RESIDENTIAL names an exception; caravan sites and operational land have no category
 * of their own, so officers refuse those nominations with the ground CARAVAN_SITE or OPERATIONAL_LAND.
 */
import type { BuildingCategory } from '../../../kernel/domain/records';
import { AppError } from '../../../kernel/domain/errors';

export const LISTING_EXCEPTIONS = ['RESIDENCE', 'CARAVAN_SITE', 'OPERATIONAL_LAND'] as const;
export type ListingException = (typeof LISTING_EXCEPTIONS)[number];

/** The rule behind each exception, as shown to people. */
export const LISTING_EXCEPTION_RULES: Readonly<Record<ListingException, string>> = {
  RESIDENCE: 'a residence, with land connected with it (SI 2012/2421 Sch 1 para 1)',
  CARAVAN_SITE: 'land needing a caravan site licence (SI 2012/2421 Sch 1 para 2)',
  OPERATIONAL_LAND: "statutory undertakers' operational land (SI 2012/2421 Sch 1 para 3)",
};

/** The categories that mean an exception may apply. */
const CATEGORY_EXCEPTIONS: Partial<Readonly<Record<BuildingCategory, ListingException>>> = {
  RESIDENTIAL: 'RESIDENCE',
};

/** An officer's record that an exception does not apply to this land, and why (Schedule 1's own terms). */
export interface ListingExceptionNotApplying {
  readonly exception: ListingException;
  readonly reason: string;
}

/** Listing land an exception covers, with no officer's reason why it does not apply. */
export class NotListableError extends AppError {
  constructor(exception: ListingException, field: string) {
    super(
      'NOT_LISTABLE',
      `The land is ${LISTING_EXCEPTION_RULES[exception]}, which may not be listed; if the exception does not ` +
        `apply, record why in exceptionsNotApplying`,
      { exception, field },
    );
  }
}

/** The exceptions the land's category suggests (empty when it suggests none, or no category is known). */
export function exceptionsSuggestedBy(category: BuildingCategory | null | undefined): ListingException[] {
  const exception = category ? CATEGORY_EXCEPTIONS[category] : undefined;
  return exception ? [exception] : [];
}

/**
 * NOT_LISTABLE unless every exception the land's category suggests has an officer's reason why it does not
 * apply. Reasons for exceptions the category does not suggest are kept too (an owner may have raised one).
 */
export function assertListable(
  category: BuildingCategory | null | undefined,
  notApplying: readonly ListingExceptionNotApplying[],
): void {
  for (const exception of exceptionsSuggestedBy(category)) {
    if (!notApplying.some((n) => n.exception === exception && n.reason.trim()))
      throw new NotListableError(exception, 'input.exceptionsNotApplying');
  }
}
