import { ConflictError } from '../../../kernel/domain/errors';
import { transactionSize } from '../../../kernel/store/change-feed';
import type { GuardedWrite } from '../../../kernel/store/table';

/** DynamoDB's limit on the items of one TransactWriteItems. */
export const MAX_TRANSACTION_ITEMS = 100;

/**
 * The transactions of a change: `first` in one (CONFLICT, writing nothing, when it does not fit: a building
 * with more live offers than about 45 cannot be moved, archived or handed over until some are withdrawn),
 * then each group of `later` added to it while it fits and to further transactions after it. A group (one
 * record's writes) is never split. Kept in the buildings register, not the kernel: its refusal speaks of a
 * building's offers, and only a building's change has followers in other records.
 */
export function packTransactions(
  first: readonly GuardedWrite[],
  later: readonly (readonly GuardedWrite[])[],
  max = MAX_TRANSACTION_ITEMS,
): GuardedWrite[][] {
  if (transactionSize(first) > max) {
    throw new ConflictError(
      `The change needs ${transactionSize(first)} items in one transaction, more than the ${max} DynamoDB allows: ` +
        "withdraw some of the building's open offers first",
    );
  }
  const transactions: GuardedWrite[][] = [[...first]];
  for (const group of later) {
    const last = transactions[transactions.length - 1] ?? [];
    // Sized with the feed items the gateway adds (a change item per record, a counter per council).
    if (transactionSize([...last, ...group]) <= max) last.push(...group);
    else transactions.push([...group]);
  }
  return transactions;
}
