import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { badInput } from '../domain/errors';

/**
 * Pagination cursors: the position in a DynamoDB query (an item's key attributes) sealed with AES-256-GCM,
 * the query that produced it as associated data. The key is derived from the cursor secret with HKDF-SHA256
 * (on first use, so a cold start pays nothing for it). So a cursor reveals nothing of the table's keys or
 * ids (it is ciphertext), and a cursor edited, truncated, made with another secret or replayed on a
 * different query fails authentication: BAD_USER_INPUT on `after`, never a wrong page.
 *
 * A cursor is `base64url(nonce (12 bytes) | ciphertext | tag (16 bytes))`. The nonce is random: a 96-bit
 * random nonce stays safe for far more cursors (2^32) than one secret will ever seal between rotations.
 */
export type CursorPosition = Readonly<Record<string, string>>;

const MAX_CURSOR_LENGTH = 2048;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_INFO = 'mash-register pagination cursor v1';

export class CursorCodec {
  readonly #secret: string;
  #key: Buffer | undefined;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('The cursor secret must be at least 32 characters');
    this.#secret = secret;
  }

  /** `query` names the query and its arguments, e.g. `buildingsByCouncil|E07000078|OPERATIONAL|`. */
  encode(query: string, position: CursorPosition): string {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#cipherKey(), nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(query, 'utf8'));
    const sealed = Buffer.concat([cipher.update(JSON.stringify(position), 'utf8'), cipher.final()]);
    return Buffer.concat([nonce, sealed, cipher.getAuthTag()]).toString('base64url');
  }

  /** The position, or BAD_USER_INPUT on the `after` argument when the cursor is not one we issued for `query`. */
  decode(query: string, cursor: string, field = 'after'): CursorPosition {
    const invalid = badInput(field, 'is not a cursor from this list; start again without `after`');
    if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid;
    const bytes = Buffer.from(cursor, 'base64url');
    // Canonical base64url only: otherwise two texts would name one cursor (and trailing bits go unchecked).
    if (bytes.length < NONCE_BYTES + TAG_BYTES || bytes.toString('base64url') !== cursor) throw invalid;
    let plain: string;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#cipherKey(), bytes.subarray(0, NONCE_BYTES), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(Buffer.from(query, 'utf8'));
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      plain = Buffer.concat([
        decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw invalid;
    }
    const position: unknown = JSON.parse(plain);
    if (!isPosition(position)) throw invalid;
    return position;
  }

  #cipherKey(): Buffer {
    this.#key ??= Buffer.from(hkdfSync('sha256', this.#secret, Buffer.alloc(0), KEY_INFO, 32));
    return this.#key;
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
