/**
 * The baseline the register's Lambda is measured against: the least an Apollo Server Lambda that reads
 * DynamoDB can be (Apollo Server, the aws-lambda integration, the DynamoDB document client, one query that
 * is one GetItem). bench/api.ts runs it in-process beside the real handler, and bundles it with the same
 * options as the real one (cdk/lib/lambda-bundling.ts) to compare cold starts.
 */
import { ApolloServer } from '@apollo/server';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { GraphQLObjectType, buildSchema } from 'graphql';

const typeDefs = /* GraphQL */ `
  type Building {
    id: ID!
    name: String!
  }
  type Query {
    building(id: ID!): Building
  }
`;

export type BareHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyResultV2>;

export function createBareHandler(client: DynamoDBClient, tableName: string): BareHandler {
  const documents = DynamoDBDocumentClient.from(client);
  // The schema is built by graphql itself and given to Apollo, as the register does
  // (src/kernel/graphql/executable-schema.ts), so both bundles can have exactly the same tuning (Apollo would
  // otherwise build it from typeDefs with @graphql-tools/schema, which the tuning leaves out).
  const schema = buildSchema(typeDefs);
  const query = schema.getQueryType();
  const building = query?.getFields()['building'];
  if (!(query instanceof GraphQLObjectType) || !building)
    throw new Error('The bare schema has no Query.building');
  building.resolve = async (_: unknown, { id }: { id?: string }) => {
    const { Item } = await documents.send(
      new GetCommand({ TableName: tableName, Key: { pk: `BLDG#${id ?? ''}`, sk: 'BLDG' } }),
    );
    return Item ?? null;
  };
  const server = new ApolloServer({ schema });
  const handler = startServerAndCreateLambdaHandler(
    server,
    handlers.createAPIGatewayProxyEventV2RequestHandler(),
  );
  return (event, context) => handler(event, context, () => undefined) as Promise<APIGatewayProxyResultV2>;
}

/**
 * The Lambda entry point when bundled on its own (cold-start baseline): environment as the real one, and,
 * like the real one, a secret read from Secrets Manager during init when CURSOR_SECRET_ARN is set.
 */
const endpoint = process.env['DYNAMODB_ENDPOINT'];
const secretArn = process.env['CURSOR_SECRET_ARN'];
if (secretArn) {
  const secrets = new SecretsManagerClient({ region: process.env['AWS_REGION'] ?? 'eu-west-2' });
  const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId: secretArn }));
  if (!SecretString) throw new Error('The secret has no value');
  secrets.destroy();
}
export const handler: BareHandler = createBareHandler(
  new DynamoDBClient({
    region: process.env['AWS_REGION'] ?? 'eu-west-2',
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  }),
  process.env['TABLE_NAME'] ?? 'bench',
);
