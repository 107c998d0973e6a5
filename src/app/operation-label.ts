import { Kind } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';

/**
 * The operation a request ran, as its log entry names it (src/lambda/request-log.ts): the operation's name,
 * or for an anonymous one its first root field (`{ building(id: ...) }` is `building`). The two executors
 * note it once they know the operation (Apollo's didResolveOperation, the fast path's plan); the HTTP route
 * opens a slot for its request before running it and takes the label after.
 *
 * Keyed by request id rather than by the context object: Apollo runs each operation on a shallow copy of
 * the context it is given. Only a slot the route opened is filled, and the route always closes it, so
 * requests served without the route (tests, importers in process) leave nothing behind.
 */
const slots = new Map<string, string | null>();

/** Runs `serve` for `requestId` and returns its result with the operation an executor noted, if any. */
export async function withOperationLabel<T>(
  requestId: string,
  serve: () => Promise<T>,
): Promise<{ readonly result: T; readonly operation: string | null }> {
  slots.set(requestId, null);
  try {
    const result = await serve();
    return { result, operation: slots.get(requestId) ?? null };
  } finally {
    slots.delete(requestId);
  }
}

/** Notes the operation of the request `contextValue` belongs to, if its route asked for it. */
export function noteOperation(
  contextValue: { readonly requestId: string },
  operation: OperationDefinitionNode,
): void {
  if (!slots.has(contextValue.requestId)) return;
  slots.set(contextValue.requestId, operation.name?.value ?? firstRootField(operation));
}

function firstRootField(operation: OperationDefinitionNode): string | null {
  const first = operation.selectionSet.selections[0];
  return first?.kind === Kind.FIELD ? first.name.value : null;
}
