import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, Lexer, OperationTypeNode, Source, TokenKind } from 'graphql';
import type {
  ASTVisitor,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLFormattedError,
  GraphQLNamedType,
  GraphQLOutputType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValueNode,
} from 'graphql';
import { QueryTooCostlyError } from '../domain/errors';
import { MAX_SEARCH_RADIUS_KM } from '../domain/request-limits';
import type { RequestLimitName } from '../domain/errors';
import { DEFAULT_REQUEST_LIMITS } from '../domain/request-limits';
import type { CostModel, DynamoRequestBudget, RequestLimits } from '../domain/request-limits';
import type { RequestContext } from './context';

/**
 * The query budget: every operation is measured after parsing and before anything runs, and refused with
 * QUERY_TOO_COSTLY (HTTP 400) when it asks for too much. The limits live in src/kernel/domain/request-limits.ts.
 *
 * - Tokens and bracket nesting: `checkQueryText`, which the HTTP entry point runs before Apollo sees the
 *   query, and graphql-js's own parser limit (Apollo's `parseOptions.maxTokens`) behind it, so a huge
 *   document is never fully read. GraphQL Armor's max-tokens plugin for Apollo parses a second time and,
 *   when it refuses, makes Apollo answer 500 "Internal server error", so it is not used.
 * - Depth, aliases and directives: GraphQL Armor's validation rules. Apollo caches validated documents, so
 *   these are per document and the same for every caller.
 * - Cost: estimated here, not with Armor's cost rule, which only multiplies by a literal `first` (a variable
 *   or the schema's default page size counts as one item) and has no notion of the caller. The estimate
 *   needs the variables and the caller, so it runs in `didResolveOperation`, on every request.
 */
export interface QueryLimitsOptions {
  readonly limits: RequestLimits;
  /** Whether the schema may be explored (dev): then "Did you mean ...?" suggestions stay in messages. */
  readonly fieldSuggestions: boolean;
  /** The DynamoDB request budget of the request being served, to raise for batch operations. */
  readonly currentDynamoRequestBudget?: () => DynamoRequestBudget | undefined;
}

/** The Apollo Server options that install the query budget. */
export function createQueryLimits(
  options: QueryLimitsOptions,
): Pick<ApolloServerOptions<RequestContext>, 'validationRules' | 'parseOptions' | 'plugins'> {
  const { limits } = options;
  // propagateOnRejection false: the refusal is reported once, by `reportLimit`, rather than also thrown
  // or reported again in Armor's own words.
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [reportLimit('DEPTH', limits.maxDepth)],
    },
    maxAliases: {
      n: limits.maxAliases,
      // Armor exempts `__typename` aliases by default; a thousand of them cost as much to answer as any.
      allowList: [],
      propagateOnRejection: false,
      onReject: [reportLimit('ALIASES', limits.maxAliases)],
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reportLimit('DIRECTIVES', limits.maxDirectives)],
    },
    // Replaced as explained above.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules: [...armor.validationRules, refuseRepeatedDirectives],
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [
      refusalAlonePlugin,
      createCostBudgetPlugin(limits, options.currentDynamoRequestBudget),
      ...(options.fieldSuggestions ? [] : [blockFieldSuggestionsPlugin]),
    ],
  };
}

const ADVICE: Record<
  Exclude<RequestLimitName, 'DYNAMODB_REQUESTS' | 'DISTANCE_SEARCH_READS' | 'RESPONSE_SIZE'>,
  string
> = {
  TOKENS: 'Send a shorter query: fewer fields and aliases',
  DEPTH: 'Nest fewer fields: fetch the inner records with a second query by id',
  ALIASES: 'Use fewer aliases: send several smaller requests instead',
  DIRECTIVES: 'Use fewer @include/@skip directives',
  COST: 'Ask for smaller pages (first) or fewer nested lists, and fetch the rest with further requests',
};

const LIMIT_LABEL: Record<keyof typeof ADVICE, string> = {
  TOKENS: 'tokens',
  DEPTH: 'levels of nesting',
  ALIASES: 'aliases',
  DIRECTIVES: 'directives',
  COST: 'cost units',
};

/** The refusal of an operation over one limit, with what to reduce. */
export function queryTooCostly(
  limit: keyof typeof ADVICE,
  max: number,
  found: number | null,
): QueryTooCostlyError {
  const over = found === null ? `more than ${max}` : `${found}`;
  return new QueryTooCostlyError(
    limit,
    max,
    found,
    `This query is too costly: it has ${over} ${LIMIT_LABEL[limit]}, and at most ${max} are allowed. ${ADVICE[limit]}.`,
  );
}

/**
 * An Armor onReject handler. Armor's own error says "Syntax Error: ...", which it is not; the refusal is
 * reported as ours instead. Apollo gives validation errors the code GRAPHQL_VALIDATION_FAILED, so the
 * AppError travels as `originalError` and formatError shows its code.
 */
function reportLimit(limit: 'DEPTH' | 'ALIASES' | 'DIRECTIVES', max: number) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    const refusal = queryTooCostly(limit, max, found === undefined ? null : Number(found));
    context?.reportError(new GraphQLError(refusal.message, { originalError: refusal }));
  };
}

/**
 * Refuses a directive repeated on one field, fragment or operation (`__typename @aa @aa @aa`): none of the
 * schema's directives is repeatable, and a repeated unknown one would otherwise give one error per copy
 * (graphql-cop's "directive overloading"). Reported once per document, with `refusalAlonePlugin` dropping
 * the other validation errors the copies cause.
 */
export function refuseRepeatedDirectives(context: ValidationContext): ASTVisitor {
  let reported = false;
  return {
    enter(node) {
      if (reported || !('directives' in node) || !node.directives) return;
      const seen = new Set<string>();
      for (const directive of node.directives) {
        const name = directive.name.value;
        if (seen.has(name)) {
          reported = true;
          const refusal = new QueryTooCostlyError(
            'DIRECTIVES',
            1,
            null,
            `This query repeats the directive @${name} in one place: each directive may appear once there. ` +
              `${ADVICE.DIRECTIVES}.`,
          );
          context.reportError(new GraphQLError(refusal.message, { originalError: refusal }));
          return;
        }
        seen.add(name);
      }
    },
  };
}

/**
 * When a request limit refuses an operation, that refusal is the whole answer: the other validation errors
 * of an abusive document (ten unknown copies of a directive, a thousand unknown aliased fields) would only
 * multiply the work and the size of the answer.
 */
const refusalAlonePlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        const refusal = errors?.find((error) => error.extensions?.['code'] === 'QUERY_TOO_COSTLY');
        if (refusal && errors && errors.length > 1) response.body.singleResult.errors = [refusal];
      },
    };
  },
};

/** What a look at a query's tokens found over the limits, if anything. */
export type QueryTextRefusal = { readonly limit: 'TOKENS' | 'DEPTH'; readonly max: number } | null;

/**
 * Reads a query's tokens with graphql-js's lexer, before Apollo hashes and parses it, and stops at the first
 * limit it passes: more than `maxTokens` tokens, or brackets (`{`, `[`, `(`) nested more than `maxNesting`
 * deep. So a megabyte of aliases is refused after reading a few thousand tokens, and deep nesting never
 * reaches the parser, which is recursive: a list literal nested a thousand or so levels deep exhausts its
 * stack ("Maximum call stack size exceeded") before its own token limit is reached. A syntax error ends the
 * look without a refusal; the parser then reports it.
 */
export function checkQueryText(text: string, maxTokens: number, maxNesting: number): QueryTextRefusal {
  const lexer = new Lexer(new Source(text));
  let tokens = 0;
  let depth = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens++;
      if (tokens > maxTokens) return { limit: 'TOKENS', max: maxTokens };
      if (
        token.kind === TokenKind.BRACE_L ||
        token.kind === TokenKind.BRACKET_L ||
        token.kind === TokenKind.PAREN_L
      ) {
        depth++;
        if (depth > maxNesting) return { limit: 'DEPTH', max: maxNesting };
      } else if (
        token.kind === TokenKind.BRACE_R ||
        token.kind === TokenKind.BRACKET_R ||
        token.kind === TokenKind.PAREN_R
      ) {
        depth--;
      }
    }
  } catch {
    return null;
  }
  return null;
}

/**
 * graphql-js's token limit says "Document contains more that N tokens. Parsing aborted." (sic); formatError
 * shows it as the budget refusal it is.
 */
export function readTokenLimitRefusal(formatted: GraphQLFormattedError): QueryTooCostlyError | null {
  if (formatted.extensions?.['code'] !== 'GRAPHQL_PARSE_FAILED') return null;
  // The HTTP entry point refuses deep nesting before parsing; this covers callers that skip it (tests).
  if (/Maximum call stack size exceeded/.test(formatted.message)) {
    const max = DEFAULT_REQUEST_LIMITS.maxQueryNesting;
    return new QueryTooCostlyError(
      'DEPTH',
      max,
      null,
      `This query nests too deeply to be read. ${ADVICE.DEPTH}.`,
    );
  }
  const max = /Document contains more tha[nt] (\d+) tokens/.exec(formatted.message)?.[1];
  return max === undefined ? null : queryTooCostly('TOKENS', Number(max), null);
}

/** Refuses an operation over the caller's cost budget, and sets the request's DynamoDB request cap. */
function createCostBudgetPlugin(
  limits: RequestLimits,
  currentDynamoRequestBudget: (() => DynamoRequestBudget | undefined) | undefined,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue, schema }) {
          if (!operation) return;
          const budget = contextValue.identity ? limits.cost.signedInBudget : limits.cost.anonymousBudget;
          const cost = estimateOperationCost({
            schema,
            document,
            operation,
            variables: request.variables ?? {},
            model: limits.cost,
          });
          if (cost > budget) {
            const refusal = queryTooCostly('COST', budget, cost);
            throw new GraphQLError(refusal.message, {
              originalError: refusal,
              extensions: { http: { status: 400 } },
            });
          }
          const dynamoBudget = currentDynamoRequestBudget?.();
          if (dynamoBudget) dynamoBudget.limit = dynamoRequestLimit(operation, limits);
        },
      };
    },
  };
}

/** The DynamoDB request cap of an operation: the base, plus the allowance of each batch root field it uses. */
export function dynamoRequestLimit(operation: OperationDefinitionNode, limits: RequestLimits): number {
  let limit = limits.dynamoRequests.perRequest;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    limit += limits.dynamoRequests.perRootField[selection.name.value] ?? 0;
  }
  return limit;
}

export interface CostInput {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly model: CostModel;
}

/**
 * The estimated cost of an operation (see CostModel): an upper bound on the records it may load. A
 * connection's page size multiplies its `edges`, so `buildings(first: 50) { edges { node { owner { name } } } }`
 * costs 1 (buildings) + 1 (edges) + 50 x (1 (node) + 1 (owner)) = 102. Introspection fields cost nothing.
 */
export function estimateOperationCost(input: CostInput): number {
  const rootType =
    input.operation.operation === OperationTypeNode.MUTATION
      ? input.schema.getMutationType()
      : input.schema.getQueryType();
  if (!rootType) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of input.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variableDefaults = new Map<string, ValueNode>();
  for (const definition of input.operation.variableDefinitions ?? []) {
    if (definition.defaultValue)
      variableDefaults.set(definition.variable.name.value, definition.defaultValue);
  }
  const walker = new CostWalker(input, fragments, variableDefaults);
  return walker.selectionCost(input.operation.selectionSet, rootType, null);
}

/**
 * The distance searches (root fields), each with the argument that gives its radius, or null when the radius
 * comes from a record (a need's): those are priced at the widest. Every root field taking `radiusKm` must be
 * here (tests/unit/kernel/graphql/query-limits.test.ts reads them from the schema); so must any other field
 * that searches by distance.
 */
const DISTANCE_SEARCH_FIELDS: Readonly<Record<string, string | null>> = {
  spaceOffersNear: 'radiusKm',
  spaceOffersNearPostcode: 'radiusKm',
  spaceOffersNearBuilding: 'radiusKm',
  surplusListingsNear: 'radiusKm',
  surplusListingsNearPostcode: 'radiusKm',
  surplusListingsNearBuilding: 'radiusKm',
  matchesForNeed: null,
  matchesForOffer: null,
};

class CostWalker {
  /** Fragment costs by name and page size: a fragment spread many times is measured once. */
  private readonly fragmentCosts = new Map<string, number>();

  constructor(
    private readonly input: CostInput,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variableDefaults: ReadonlyMap<string, ValueNode>,
  ) {}

  /**
   * `pageSize` is how many items each list field directly in this selection holds: a connection's page size
   * for its `edges`, null outside a connection.
   */
  selectionCost(
    selectionSet: SelectionSetNode,
    parentType: GraphQLNamedType,
    pageSize: number | null,
  ): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      switch (selection.kind) {
        case Kind.FIELD:
          total += this.fieldCost(selection, parentType, pageSize);
          break;
        case Kind.INLINE_FRAGMENT: {
          const type = selection.typeCondition
            ? (this.input.schema.getType(selection.typeCondition.name.value) ?? parentType)
            : parentType;
          total += this.selectionCost(selection.selectionSet, type, pageSize);
          break;
        }
        case Kind.FRAGMENT_SPREAD: {
          const key = `${selection.name.value}:${pageSize ?? ''}`;
          let cost = this.fragmentCosts.get(key);
          if (cost === undefined) {
            // Cycles never reach here: graphql-js's NoFragmentCycles rule has refused them already.
            const fragment = this.fragments.get(selection.name.value);
            const type = fragment ? this.input.schema.getType(fragment.typeCondition.name.value) : undefined;
            cost = fragment && type ? this.selectionCost(fragment.selectionSet, type, pageSize) : 0;
            this.fragmentCosts.set(key, cost);
          }
          total += cost;
          break;
        }
      }
    }
    return total;
  }

  private fieldCost(node: FieldNode, parentType: GraphQLNamedType, pageSize: number | null): number {
    if (node.name.value.startsWith('__')) return 0;
    const field = fieldOf(parentType, node.name.value);
    if (!field || !node.selectionSet) return 0;
    const { type, isList } = unwrap(field.type);
    const requestedPage = this.pageSizeOf(field, node);
    const items = isList ? (pageSize ?? this.input.model.unpagedListSize) : 1;
    const inner = this.selectionCost(node.selectionSet, type, requestedPage);
    return this.input.model.objectFieldCost + items * inner + this.distanceSearchCost(field, node);
  }

  /** What a distance search may read, in cost units (CostModel.distanceSearchCost); 0 for other fields. */
  private distanceSearchCost(field: GraphQLField<unknown, unknown>, node: FieldNode): number {
    const radiusArgument = DISTANCE_SEARCH_FIELDS[field.name];
    if (radiusArgument === undefined) return 0;
    const radius = radiusArgument === null ? undefined : this.argumentNumber(node, radiusArgument);
    const share = radius === undefined ? 1 : Math.min(1, Math.max(0, radius) / MAX_SEARCH_RADIUS_KM) ** 2;
    // Less a hair, so that a share of exactly a whole unit (10 km: 1.0000000000000002) is not a unit more.
    return Math.ceil(this.input.model.distanceSearchCost * share - 1e-9);
  }

  /** A numeric argument given as a literal or a variable (its value, else its default); else undefined. */
  private argumentNumber(node: FieldNode, name: string): number | undefined {
    const argument = node.arguments?.find((arg) => arg.name.value === name);
    let value: ValueNode | undefined = argument?.value;
    let given: unknown = undefined;
    if (value?.kind === Kind.VARIABLE) {
      given = this.input.variables[value.name.value];
      value = this.variableDefaults.get(value.name.value);
    }
    if (given === undefined && (value?.kind === Kind.INT || value?.kind === Kind.FLOAT))
      given = Number(value.value);
    return typeof given === 'number' && Number.isFinite(given) ? given : undefined;
  }

  /** The page size a field with a `first` argument asks for, or null for other fields. */
  private pageSizeOf(field: GraphQLField<unknown, unknown>, node: FieldNode): number | null {
    const definition = field.args.find((arg) => arg.name === 'first');
    if (!definition) return null;
    const argument = node.arguments?.find((arg) => arg.name.value === 'first');
    let value: unknown = undefined;
    if (argument?.value.kind === Kind.INT) value = Number(argument.value.value);
    else if (argument?.value.kind === Kind.VARIABLE) {
      const name = argument.value.name.value;
      const fallback = this.variableDefaults.get(name);
      value =
        this.input.variables[name] ?? (fallback?.kind === Kind.INT ? Number(fallback.value) : undefined);
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) value = definition.defaultValue;
    const { maxPageSize } = this.input.model;
    // Pages over the maximum are refused by the resolvers, so they cost no more than the maximum.
    return typeof value === 'number' && Number.isFinite(value)
      ? Math.min(Math.max(Math.trunc(value), 1), maxPageSize)
      : maxPageSize;
  }
}

// The schema comes from Apollo, which may load the other copy of graphql-js (its CommonJS build), so its
// types are read by shape: graphql-js's `isObjectType` and friends are `instanceof` checks that would throw.

function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (!('getFields' in type)) return undefined;
  const field: unknown = type.getFields()[name];
  return typeof field === 'object' && field !== null && 'args' in field
    ? (field as GraphQLField<unknown, unknown>)
    : undefined;
}

/** The named type under lists and non-null wrappers, and whether a list is among them. */
function unwrap(type: GraphQLOutputType): { type: GraphQLNamedType; isList: boolean } {
  let current: GraphQLOutputType = type;
  let isList = false;
  while ('ofType' in current) {
    if (current[Symbol.toStringTag] === 'GraphQLList') isList = true;
    current = current.ofType;
  }
  return { type: current, isList };
}

/**
 * Outside development, "Did you mean ...?" hints would list the schema's fields to anyone who guesses, as
 * introspection would: they are cut from every message. (GraphQL Armor's Apollo variant leaves the
 * question mark behind and misses the enum-value wording, so the few lines are written here.)
 */
const blockFieldSuggestionsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          error.message = error.message.replace(/\s*Did you mean [^?]*\?/g, '');
        }
      },
    };
  },
};
