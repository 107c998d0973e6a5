import {
  execute,
  Kind,
  NoSchemaIntrospectionCustomRule,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  visit,
  BREAK,
} from 'graphql';
import type {
  DocumentNode,
  GraphQLError,
  OperationDefinitionNode,
  GraphQLFormattedError,
  GraphQLSchema,
  ParseOptions,
  ValidationRule,
} from 'graphql';
import { RETRY_AFTER_SECONDS } from '../kernel/domain/errors';
import type { DynamoRequestBudget, RequestLimits } from '../kernel/domain/request-limits';
import { formatError, reportRequestErrors, withRequestIdOnMasked } from '../kernel/graphql/format-error';
import type { Logger } from '../kernel/graphql/format-error';
import { dynamoRequestLimit, estimateOperationCost } from '../kernel/graphql/query-limits';
import { noServiceMetrics } from '../kernel/graphql/service-metrics';
import type { ServiceMetrics } from '../kernel/graphql/service-metrics';
import type { RegisterContext } from '../registers/context';
import { noteOperation } from './operation-label';

/**
 * The compiled fast path (issue 17). Apollo Server's request pipeline (its plugin hooks, document cache
 * look-ups, response head and serialisation) costs more per request than the register's own code. A query
 * text seen before is served here instead: parsed and validated once, with the rules Apollo uses, and then
 * executed by graphql-js directly with the same context, cost budget, DynamoDB request cap, error masking,
 * logging and response shape. Anything unusual goes to Apollo, which stays the reference:
 *
 * - a text seen fewer than `minSightings` times (first sight), or one that does not parse or validate;
 * - mutations and subscriptions, and documents that touch introspection (`__schema`, `__type`);
 * - an operation name the document does not hold, an Accept header other than JSON;
 * - a request the cost budget refuses, or one whose variables do not coerce: nothing has run then, so
 *   Apollo can answer it with its own wording and nothing is sent to DynamoDB twice.
 *
 * Persisted queries: a plan is also found by the SHA-256 the client sent with its text (checked by the
 * HTTP route), so a later request carrying only the hash is served here too.
 */
export interface FastPathOptions {
  readonly schema: GraphQLSchema;
  readonly limits: RequestLimits;
  /** The validation rules Apollo is given (the query limits), added to graphql-js's own. */
  readonly validationRules: readonly ValidationRule[];
  readonly parseOptions: ParseOptions;
  /** With introspection off, Apollo refuses `__schema` and `__type`; such documents are never compiled. */
  readonly introspection: boolean;
  readonly logger: Logger;
  readonly metrics?: ServiceMetrics;
  readonly currentDynamoRequestBudget?: () => DynamoRequestBudget | undefined;
  /** How many times a text is seen before it is compiled: 2 in production (first sight goes to Apollo). */
  readonly minSightings?: number;
  /** The most texts remembered; when full the memory starts again, so no caller can grow it unbounded. */
  readonly maxEntries?: number;
}

export interface FastPathRequest {
  readonly query: string | undefined;
  readonly operationName: string | null | undefined;
  readonly variables: Readonly<Record<string, unknown>> | null | undefined;
  /** The persisted-query hash sent with the request, lower case, already checked against `query`. */
  readonly sha256Hash: string | undefined;
  /** The Accept header, if any: the fast path answers plain JSON only. */
  readonly accept: string | undefined;
}

/** An answer as Apollo would give it: the status, its extra headers, and the body before serialisation. */
export interface FastPathResult {
  readonly status: number;
  readonly headers: ReadonlyMap<string, string>;
  readonly body: {
    readonly errors?: readonly GraphQLFormattedError[];
    readonly data?: Record<string, unknown> | null;
  };
}

export interface FastPath {
  /** The answer, or null when the request is for Apollo (nothing has been executed then). */
  run(request: FastPathRequest, contextValue: RegisterContext): Promise<FastPathResult | null>;
}

interface Plan {
  readonly document: DocumentNode;
  /** The document's operations by name, found once rather than on every request (getOperationAST's rule). */
  readonly operationsByName: ReadonlyMap<string, OperationDefinitionNode>;
  /** The operation a request without a name runs: the document's only one, or none when it has several. */
  readonly onlyOperation: OperationDefinitionNode | null;
}

/** What a text is remembered as: how often it was seen, its plan, or that it is always Apollo's. */
type Entry = { sightings: number } | Plan | 'apollo';

/** The content type Apollo gives a JSON answer. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** The headers of every answer without errors (read only: nobody adds to them). */
const SUCCESS_HEADERS: ReadonlyMap<string, string> = new Map([['content-type', JSON_CONTENT_TYPE]]);

/** graphql-js's rules, the app's query limits, and no introspection where it is off (as Apollo validates). */
function validationRulesOf(options: FastPathOptions): readonly ValidationRule[] {
  return [
    ...specifiedRules,
    ...options.validationRules,
    ...(options.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
}

export function createFastPath(options: FastPathOptions): FastPath {
  const minSightings = options.minSightings ?? 2;
  const maxEntries = options.maxEntries ?? 1000;
  const metrics = options.metrics ?? noServiceMetrics;
  const rules = validationRulesOf(options);
  const byText = new Map<string, Entry>();
  const byHash = new Map<string, Plan>();

  function remember(text: string, entry: Entry): void {
    if (byText.size >= maxEntries && !byText.has(text)) {
      byText.clear();
      byHash.clear();
    }
    byText.set(text, entry);
  }

  function findPlan(request: FastPathRequest): Plan | null {
    const { query, sha256Hash } = request;
    if (query === undefined) return sha256Hash === undefined ? null : (byHash.get(sha256Hash) ?? null);
    const entry = byText.get(query);
    if (entry === 'apollo') return null;
    if (entry && 'document' in entry) {
      // A text compiled before may be sent with its hash now (APQ registers it): later hash-only requests
      // must find it, since Apollo, which would otherwise remember the hash, does not see this request.
      if (sha256Hash !== undefined) byHash.set(sha256Hash, entry);
      return entry;
    }
    const sightings = (entry?.sightings ?? 0) + 1;
    if (sightings < minSightings) {
      remember(query, { sightings });
      return null;
    }
    const plan = compile(query);
    remember(query, plan ?? 'apollo');
    if (plan && sha256Hash !== undefined) byHash.set(sha256Hash, plan);
    return plan;
  }

  function compile(text: string): Plan | null {
    let document: DocumentNode;
    try {
      document = parse(text, options.parseOptions);
    } catch {
      return null;
    }
    if (touchesIntrospection(document) || validate(options.schema, document, rules).length > 0) return null;
    return planOf(document);
  }

  return {
    async run(request, contextValue) {
      if (!acceptsJson(request.accept)) return null;
      const plan = findPlan(request);
      if (!plan) return null;
      const operation = operationOf(plan, request.operationName);
      if (operation?.operation !== OperationTypeNode.QUERY) return null;
      noteOperation(contextValue, operation);
      const variables = request.variables ?? {};
      const { limits } = options;
      const budget = contextValue.identity ? limits.cost.signedInBudget : limits.cost.anonymousBudget;
      const cost = estimateOperationCost({
        schema: options.schema,
        document: plan.document,
        operation,
        variables,
        model: limits.cost,
      });
      if (cost > budget) return null;
      const dynamoBudget = options.currentDynamoRequestBudget?.();
      if (dynamoBudget) dynamoBudget.limit = dynamoRequestLimit(operation, limits);

      const result = await execute({
        schema: options.schema,
        document: plan.document,
        operationName: request.operationName ?? null,
        variableValues: variables,
        contextValue,
      });
      // No data: the variables did not coerce, before any resolver ran. Apollo words that refusal (400).
      if (result.data === undefined) return null;
      if (!result.errors?.length)
        return { status: 200, headers: SUCCESS_HEADERS, body: { data: result.data } };

      return errorAnswer(result.errors, result.data, request, contextValue, options.logger, metrics);
    },
  };
}

/** A valid document's plan: its operations found once, as getOperationAST would find them on each request. */
function planOf(document: DocumentNode): Plan {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operationsByName = new Map<string, OperationDefinitionNode>();
  for (const operation of operations) {
    if (operation.name && !operationsByName.has(operation.name.value))
      operationsByName.set(operation.name.value, operation);
  }
  return { document, operationsByName, onlyOperation: operations.length === 1 ? operations[0]! : null };
}

/** The operation a request names (or the only one, without a name), as getOperationAST finds it. */
function operationOf(plan: Plan, name: string | null | undefined): OperationDefinitionNode | null {
  return name === null || name === undefined ? plan.onlyOperation : (plan.operationsByName.get(name) ?? null);
}

/** An answer with errors as Apollo gives it: logged and counted, masked, with its status (503 and Retry-After). */
function errorAnswer(
  executionErrors: readonly GraphQLError[],
  data: Record<string, unknown> | null | undefined,
  request: FastPathRequest,
  contextValue: RegisterContext,
  logger: FastPathOptions['logger'],
  metrics: ServiceMetrics,
): FastPathResult {
  const headers = new Map<string, string>([['content-type', JSON_CONTENT_TYPE]]);
  const unavailable = reportRequestErrors(
    executionErrors,
    {
      requestId: contextValue.requestId,
      signedIn: contextValue.identity !== null,
      operationName: request.operationName,
    },
    logger,
    metrics,
  );
  const errors = withRequestIdOnMasked(executionErrors.map(formatAsApollo), contextValue.requestId);
  let status = statusFromErrors(executionErrors);
  if (unavailable) {
    status = 503;
    headers.set('retry-after', String(RETRY_AFTER_SECONDS));
  }
  return { status, headers, body: { errors, data } };
}

/**
 * An execution error as Apollo formats it: the code INTERNAL_SERVER_ERROR when it has none, `http` taken out
 * of the extensions (it sets the response's status instead), then the register's formatError.
 */
function formatAsApollo(error: GraphQLError): GraphQLFormattedError {
  const extensions: Record<string, unknown> = {
    ...error.extensions,
    code: error.extensions['code'] ?? 'INTERNAL_SERVER_ERROR',
  };
  delete extensions['http'];
  return formatError({ ...error.toJSON(), extensions }, error);
}

/** The status an error's `extensions.http` asks for (the last one wins, as in Apollo); 200 otherwise. */
function statusFromErrors(errors: readonly GraphQLError[]): number {
  let status = 200;
  for (const error of errors) {
    const http = error.extensions['http'];
    if (typeof http === 'object' && http !== null && 'status' in http && typeof http.status === 'number') {
      status = http.status;
    }
  }
  return status;
}

/** Whether Apollo would answer plain JSON: no Accept header, or one asking for JSON or anything. */
function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined || accept === '') return true;
  const types = accept.split(',').map((part) => part.split(';')[0]?.trim().toLowerCase());
  return types.length === 1 && (types[0] === 'application/json' || types[0] === '*/*');
}

/** Whether a document asks for the schema itself: Apollo's business (introspection may be off). */
function touchesIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}
