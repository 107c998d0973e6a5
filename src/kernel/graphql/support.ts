import DataLoader from 'dataloader';
import { Kind } from 'graphql';
import type { FieldNode, GraphQLArgument, GraphQLResolveInfo, SelectionSetNode, ValueNode } from 'graphql';
import { badInput } from '../domain/errors';
import type { PageRequest } from '../domain/ports';
import { RECORD_ID_PATTERN } from '../domain/identifiers';
import type { Organisation } from '../domain/records';
import { pageSchema, parseArgument, recordIdSchema } from './inputs';
import type { RequestContext } from './context';

/**
 * A loader that lives as long as its request: every `load` of one tick becomes one call of `loadMany` (a
 * BatchGetItem for a page of records), and each key is read once per request. `missing` answers a key the
 * batch did not find.
 */
export function requestLoader<V, C extends RequestContext = RequestContext>(
  loadMany: (ctx: C, keys: readonly string[]) => Promise<ReadonlyMap<string, V>>,
  missing: V,
): (ctx: C, key: string) => Promise<V> {
  const loaders = new WeakMap<C, DataLoader<string, V>>();
  return (ctx, key) => {
    let loader = loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader<string, V>(async (keys) => {
        const found = await loadMany(ctx, keys);
        return keys.map((k) => found.get(k) ?? missing);
      });
      loaders.set(ctx, loader);
    }
    return loader.load(key);
  };
}

/** The page arguments; a bad one is BAD_USER_INPUT naming `first` or `after`, as every argument is named. */
export function parsePage(args: { first?: number | null; after?: string | null }): PageRequest {
  return parseArgument(pageSchema(), { first: args.first, after: args.after }, '');
}

export function parseId(value: string, field: string): string {
  // The schema is the pattern alone: a valid id passes without zod (per request on every read by id);
  // anything else gets zod's check and the register's wording of the refusal.
  if (typeof value === 'string' && RECORD_ID_PATTERN.test(value)) return value;
  return parseArgument(recordIdSchema(), value, field);
}

/**
 * The scalar arguments of `fieldName` when the query selects it directly on the field being resolved (also
 * inside inline fragments and fragment spreads), with the schema's defaults; null when it is not selected.
 * Lets a resolver read a field's data together with its parent's in one request. Only scalar arguments
 * (literals or variables) are read, which is all the fields it is used for take. Works on the AST and the
 * field's argument list alone, without graphql's own helpers, whose class checks fail when the CommonJS
 * and ESM builds of graphql meet (as they do under tsx).
 */
export function selectedFieldArguments(
  info: GraphQLResolveInfo,
  fieldName: string,
): Record<string, unknown> | null {
  let type: unknown = info.returnType;
  while (typeof type === 'object' && type !== null && 'ofType' in type) type = type.ofType;
  const fields = (
    type as { getFields?: () => Record<string, { args: readonly GraphQLArgument[] }> }
  ).getFields?.();
  const field = fields?.[fieldName];
  if (!field) return null;
  const argumentsOf = (node: FieldNode): Record<string, unknown> => {
    const values: Record<string, unknown> = {};
    for (const argument of field.args) {
      if (argument.defaultValue !== undefined) values[argument.name] = argument.defaultValue;
    }
    for (const argument of node.arguments ?? []) {
      values[argument.name.value] = scalarValue(argument.value, info.variableValues);
    }
    return values;
  };
  const find = (selectionSet: SelectionSetNode | undefined): Record<string, unknown> | null => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.name.value === fieldName && !selection.alias) {
        return argumentsOf(selection);
      }
      const nested =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.selectionSet
          : selection.kind === Kind.FRAGMENT_SPREAD
            ? info.fragments[selection.name.value]?.selectionSet
            : undefined;
      const found = nested ? find(nested) : null;
      if (found) return found;
    }
    return null;
  };
  for (const node of info.fieldNodes) {
    const found = find(node.selectionSet);
    if (found) return found;
  }
  return null;
}

function scalarValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value] ?? null;
    case Kind.INT:
      return Number.parseInt(node.value, 10);
    case Kind.FLOAT:
      return Number.parseFloat(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    default:
      return null;
  }
}

/**
 * An organisation an argument names (a nominator, an owner, a bidder, an offering organisation): it must be in
 * the register, so a missing one is BAD_USER_INPUT on that argument rather than NOT_FOUND. Read through the
 * request's loader, so the same organisation is fetched once per request.
 */
export async function loadReferencedOrganisation(
  ctx: RequestContext,
  id: string,
  field: string,
): Promise<Organisation> {
  const organisation = await ctx.organisations.load(id);
  if (!organisation) throw badInput(field, 'no organisation in the register has this id');
  return organisation;
}

/** The counts both import mutations (importAssets, importAcvEntries) give beside their rows. */
export function importCounts<Row extends { readonly outcome: string; readonly warnings: readonly unknown[] }>(
  rows: Row[],
  dryRun: boolean,
): {
  rows: Row[];
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  flagged: number;
  dryRun: boolean;
} {
  const count = (kind: string) => rows.filter((row) => row.outcome === kind).length;
  return {
    rows,
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    rejected: count('REJECTED'),
    flagged: rows.filter((row) => row.warnings.length > 0).length,
    dryRun,
  };
}
