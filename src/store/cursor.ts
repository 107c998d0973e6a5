import { createHmac, timingSafeEqual } from 'node:crypto';
import { badInput } from '../domain/errors';

/**
 * Pagination cursors: the position in a DynamoDB query (an item's key attributes) bound to the query that
 * produced it and signed with HMAC-SHA256. A client cannot read meaning into them, edit them to reach
 * another partition, or replay one on a different query: any of those is BAD_USER_INPUT, never a wrong page.
 */
export type CursorPosition = Readonly<Record<string, string>>;

const MAX_CURSOR_LENGTH = 2048;
const SIGNATURE_BYTES = 16;

export class CursorCodec {
  readonly #secret: string;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('The cursor secret must be at least 32 characters');
    this.#secret = secret;
  }

  /** `query` names the query and its arguments, e.g. `buildingsByCouncil|E07000078|OPERATIONAL|`. */
  encode(query: string, position: CursorPosition): string {
    const body = Buffer.from(JSON.stringify(position)).toString('base64url');
    return `${body}.${this.#sign(query, body).toString('base64url')}`;
  }

  /** The position, or BAD_USER_INPUT on the `after` argument when the cursor is not one we issued for `query`. */
  decode(query: string, cursor: string, field = 'after'): CursorPosition {
    const invalid = badInput(field, 'is not a cursor from this list; start again without `after`');
    if (cursor.length > MAX_CURSOR_LENGTH) throw invalid;
    const [body, signature, extra] = cursor.split('.');
    if (!body || !signature || extra !== undefined) throw invalid;
    const given = Buffer.from(signature, 'base64url');
    const expected = this.#sign(query, body);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid;
    const position: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (!isPosition(position)) throw invalid;
    return position;
  }

  #sign(query: string, body: string): Buffer {
    return createHmac('sha256', this.#secret)
      .update(query)
      .update('\n')
      .update(body)
      .digest()
      .subarray(0, SIGNATURE_BYTES);
  }
}

function isPosition(value: unknown): value is CursorPosition {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}
