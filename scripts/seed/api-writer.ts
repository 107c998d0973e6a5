/**
 * The seed's way into the register: GraphQL operations through an in-process app (the one app factory, so
 * resolvers, validation, authorization, versions and audit are those of any request), as a given user with a
 * token signed by the local key, on a clock the seed sets before each step.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createApp } from '../../src/app/create-app';
import type { App, Logger } from '../../src/app/create-app';
import { createLocalTokenVerifier } from '../../src/auth/token-verifier';
import { readConfig } from '../../src/config';
import { fixedClock } from '../../src/kernel/domain/clock';
import type { IsoDate } from '../../src/kernel/domain/clock';
import { signLocalToken, toJwks } from '../../src/local/signing-key';
import type { LocalSigningKey } from '../../src/local/signing-key';
import { OFFICER_ID, PLATFORM_ADMIN_ID } from './demo-council';

/** Where to write: a DynamoDB endpoint and table (made already), and the key local tokens are signed with. */
export interface SeedTarget {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly endpoint: string;
  readonly signingKey: LocalSigningKey;
}

/** A mutation the API refused: the demo plan and the register's rules disagree (a bug in one of them). */
export class SeedStepError extends Error {
  override readonly name = 'SeedStepError';
}

/** Runs operations through the in-process app as a given user, on a clock set per step. */
export class ApiWriter {
  readonly #app: App;
  readonly #clock = fixedClock(new Date(0));
  readonly #signingKey: LocalSigningKey;
  readonly #tokens = new Map<string, string>();
  #requests = 0;

  constructor(target: SeedTarget) {
    const cursorSecret = 'seed-cursor-secret-not-used-by-any-server-0123456789';
    const config = readConfig({
      TABLE_NAME: target.tableName,
      AUTH_MODE: 'local',
      DYNAMODB_ENDPOINT: target.endpoint,
      CURSOR_SECRET: cursorSecret,
      PLATFORM_ADMIN_IDS: PLATFORM_ADMIN_ID,
      INTROSPECTION: 'false',
      STAGE: 'local',
    });
    const quiet: Logger = { error: (m, d) => console.error(m, d ?? ''), warn: () => {}, info: () => {} };
    this.#signingKey = target.signingKey;
    this.#app = createApp({
      config,
      cursorSecret,
      tokenVerifier: createLocalTokenVerifier(toJwks(target.signingKey)),
      dynamoClient: target.client,
      clock: this.#clock,
      logger: quiet,
    });
  }

  /** Noon UTC: the same London date in winter and summer. */
  setToday(date: IsoDate): void {
    this.#clock.at = new Date(`${date}T12:00:00.000Z`);
  }

  async run<T>(operation: string, variables: Record<string, unknown>, userId: string): Promise<T> {
    let token = this.#tokens.get(userId);
    if (!token) {
      token = signLocalToken(this.#signingKey, { userId, email: `${userId}@demo.example.org` });
      this.#tokens.set(userId, token);
    }
    const requestId = `seed-${++this.#requests}`;
    const contextValue = await this.#app.createContext({ authorization: `Bearer ${token}`, requestId });
    const response = await this.#app.server.executeOperation(
      { query: operation, variables },
      { contextValue },
    );
    if (response.body.kind !== 'single') throw new SeedStepError('expected a single result');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) {
      const name = /(?:mutation|query)\s+(\w+)/.exec(operation)?.[1] ?? 'operation';
      throw new SeedStepError(
        `${name} as ${userId} was refused: ${JSON.stringify(errors.map((e) => ({ message: e.message, ...e.extensions })))}` +
          `\nvariables: ${JSON.stringify(variables)}`,
      );
    }
    return Object.values(data ?? {})[0] as T;
  }

  async stop(): Promise<void> {
    await this.#app.server.stop();
  }
}

export interface Versioned {
  id: string;
  version: number;
}

/** The editor who acts for an organisation: a council officer for the council, its editor otherwise. */
export const editorOf = (key: string) => (key === 'council' ? OFFICER_ID : `demo-${key}-editor`);
