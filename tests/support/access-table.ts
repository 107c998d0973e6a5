/**
 * The access-table runner the per-register access tests share: every mutation case against every kind of
 * caller, each run against a fresh fixture (so a case that succeeds cannot change another's outcome), the
 * outcome compared with the case's table row. The rules themselves are the authorization table's
 * (tests/unit/kernel/domain/authorization.test.ts); this checks them end to end through the server.
 */
import { describe, expect, it } from 'vitest';
import { errorCodes } from './test-app';
import type { Caller, GraphQLResult, TestApp } from './test-app';

export type AccessOutcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

export interface AccessCase<F, A extends string> {
  readonly name: string;
  readonly run: (t: TestApp, fx: F, caller: Caller | null) => Promise<GraphQLResult>;
  /** Everyone not listed gets FORBIDDEN, except anonymous callers, who get UNAUTHENTICATED... */
  readonly allowed: readonly A[];
  /** ...unless named here with another outcome. */
  readonly otherwise?: Partial<Record<A, AccessOutcome>>;
}

/** The outcome a case's row gives `actor`. */
export function expectedOutcome<F, A extends string>(testCase: AccessCase<F, A>, actor: A): AccessOutcome {
  if (testCase.allowed.includes(actor)) return 'OK';
  const special = testCase.otherwise?.[actor];
  if (special) return special;
  return actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}

/** One test per case and actor: a fresh fixture, the case run as that actor, its outcome against the row. */
export function describeAccessTable<
  A extends string,
  F extends { readonly callers: Record<A, Caller | null> },
>(
  cases: readonly AccessCase<F, A>[],
  actors: readonly A[],
  app: () => TestApp,
  createFixture: () => Promise<F>,
): void {
  describe.each(cases)('$name', (testCase) => {
    it.each(actors)('gives the expected outcome to %s', async (actor) => {
      const fx = await createFixture();

      const result = await testCase.run(app(), fx, fx.callers[actor]);

      const outcome = result.errors?.length ? errorCodes(result)[0] : 'OK';
      expect(outcome).toBe(expectedOutcome(testCase, actor));
    });
  });
}
