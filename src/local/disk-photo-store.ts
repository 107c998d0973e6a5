/**
 * The photo store of the local server: files under `<data dir>/photos`, behind the same port as S3 and the
 * same browser contract. `createUploadForm` signs the very policy S3 would be given (kernel/photos/
 * post-policy.ts) with a local key, and `handle` answers the form's POST as S3 does: the signature checked,
 * then every condition of the policy (the key, the content type, the size range, the expiry, no extra
 * fields), with S3's status codes and XML errors. Photos are served by links signed with the same key that
 * expire, as presigned GETs do.
 *
 *   POST /photos/upload        the upload form (multipart/form-data; fields, then `file`)
 *   GET  /photos/<id>?expires=<unix seconds>&signature=<hex>   a kept photo
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  PhotoStore,
  PhotoUploadForm,
  PhotoUploadRequest,
  UploadedPhoto,
} from '../kernel/domain/photo-store';
import { judgePostUpload, presignPost } from '../kernel/photos/post-policy';

export interface DiskPhotoStoreOptions {
  /** The folder (created on first upload): `uploads/` and `photos/` under it. */
  readonly dir: string;
  /** The local server's origin, such as http://localhost:4000: forms post there and links point there. */
  readonly baseUrl: string;
  /** Signs the forms and the links; kept across restarts so links handed out stay good. */
  readonly secret: string;
  readonly region?: string;
  /** The most a posted form may hold; past it the upload is refused before it is parsed. */
  readonly maxBodyBytes?: number;
  /** The app's clock (a pinned `--today` moves forms' and links' expiry with it); the real time by default. */
  readonly now?: () => Date;
}

/** The access key of the local signing key, as an S3 credential names one. */
export const LOCAL_PHOTO_ACCESS_KEY = 'LOCALPHOTOSTORE';
/** The bucket name the local policy carries. */
export const LOCAL_PHOTO_BUCKET = 'local-photos';
const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
const ID = /^[0-9a-f]{32}$/;

interface StoredMeta {
  readonly contentType: string;
  readonly byteSize: number;
  readonly metadata: Record<string, string>;
}

export class DiskPhotoStore implements PhotoStore {
  readonly maxBodyBytes: number;
  readonly #region: string;

  constructor(private readonly options: DiskPhotoStoreOptions) {
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.#region = options.region ?? 'eu-west-2';
  }

  get uploadUrl(): string {
    return `${this.options.baseUrl}/photos/upload`;
  }

  createUploadForm(request: PhotoUploadRequest): Promise<PhotoUploadForm> {
    const form = presignPost({
      url: this.uploadUrl,
      bucket: LOCAL_PHOTO_BUCKET,
      key: `uploads/${request.id}`,
      contentType: request.contentType,
      maxBytes: request.maxBytes,
      metadata: request.metadata,
      expiresAt: request.expiresAt,
      credentials: { accessKeyId: LOCAL_PHOTO_ACCESS_KEY, secretAccessKey: this.options.secret },
      region: this.#region,
      now: request.now,
    });
    return Promise.resolve({ ...form, expiresAt: request.expiresAt });
  }

  async findUpload(id: string): Promise<UploadedPhoto | null> {
    if (!ID.test(id)) return null;
    return this.#readMeta('uploads', id);
  }

  async keepUpload(id: string): Promise<void> {
    if (!ID.test(id)) throw new Error(`not a photo id: ${id}`);
    await mkdir(join(this.options.dir, 'photos'), { recursive: true });
    // A copy, as S3's: the upload stays until it is forgotten, so an attach retried after its write lost a
    // race finds it again.
    await copyFile(this.#file('uploads', id), this.#file('photos', id));
    await copyFile(this.#file('uploads', id, '.json'), this.#file('photos', id, '.json'));
  }

  viewUrl(id: string, expiresInSeconds: number, now: Date): Promise<string> {
    const expires = Math.floor(now.getTime() / 1000) + expiresInSeconds;
    return Promise.resolve(
      `${this.options.baseUrl}/photos/${id}?expires=${expires}&signature=${this.#linkSignature(id, expires)}`,
    );
  }

  async remove(id: string): Promise<void> {
    if (!ID.test(id)) return;
    await rm(this.#file('photos', id), { force: true });
    await rm(this.#file('photos', id, '.json'), { force: true });
  }

  /** Answers a request to `/photos/...`; null for any other path (not this store's). */
  async handle(
    request: Request,
    now: Date = (this.options.now ?? (() => new Date()))(),
  ): Promise<Response | null> {
    const url = new URL(request.url);
    if (url.pathname === '/photos/upload') {
      return request.method === 'POST' ? this.#acceptUpload(request, now) : methodNotAllowed('POST');
    }
    const match = /^\/photos\/([0-9a-f]{32})$/.exec(url.pathname);
    if (!match?.[1])
      return url.pathname.startsWith('/photos/') ? s3Error(404, 'NoSuchKey', 'No such photo') : null;
    if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed('GET, HEAD');
    return this.#serve(match[1], url.searchParams, request.method, now);
  }

  async #acceptUpload(request: Request, now: Date): Promise<Response> {
    const declared = Number(request.headers.get('content-length') ?? 0);
    if (declared > this.maxBodyBytes) return tooLarge();
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return s3Error(
        400,
        'MalformedPOSTRequest',
        'The body of your POST request is not well-formed multipart/form-data.',
      );
    }
    // S3 reads the fields up to the file and ignores whatever follows it.
    const fields: Record<string, string> = {};
    let file: Blob | null = null;
    for (const [name, value] of form.entries()) {
      if (name.toLowerCase() === 'file') {
        if (typeof value !== 'string') file = value;
        break;
      }
      if (typeof value === 'string') fields[name] = value;
    }
    if (!file) return s3Error(400, 'InvalidArgument', 'POST requires exactly one file upload per request.');
    const refusal = judgePostUpload(
      { fields, fileBytes: file.size, bucket: LOCAL_PHOTO_BUCKET },
      (accessKeyId) => (accessKeyId === LOCAL_PHOTO_ACCESS_KEY ? this.options.secret : undefined),
      now,
    );
    if (refusal) return s3Error(refusal.status, refusal.code, refusal.message);
    const lower = new Map(Object.entries(fields).map(([name, value]) => [name.toLowerCase(), value]));
    const id = /^uploads\/([0-9a-f]{32})$/.exec(lower.get('key') ?? '')?.[1];
    // The policy fixed the key; this store only ever signs keys of this shape, which keeps paths inside `dir`.
    if (!id) return s3Error(400, 'InvalidArgument', 'The key is not a photo upload key.');
    const metadata: Record<string, string> = {};
    for (const [name, value] of lower) {
      if (name.startsWith('x-amz-meta-')) metadata[name.slice('x-amz-meta-'.length)] = value;
    }
    const meta: StoredMeta = {
      contentType: lower.get('content-type') ?? 'binary/octet-stream',
      byteSize: file.size,
      metadata,
    };
    await mkdir(join(this.options.dir, 'uploads'), { recursive: true });
    await writeFile(this.#file('uploads', id), Buffer.from(await file.arrayBuffer()));
    await writeFile(this.#file('uploads', id, '.json'), JSON.stringify(meta));
    return new Response(null, {
      status: 204,
      headers: { location: `${this.options.baseUrl}/photos/upload` },
    });
  }

  async #serve(id: string, query: URLSearchParams, method: string, now: Date): Promise<Response> {
    const expires = Number(query.get('expires'));
    const given = Buffer.from(query.get('signature') ?? '');
    const expected = Buffer.from(this.#linkSignature(id, expires));
    const signed = given.length === expected.length && timingSafeEqual(given, expected);
    if (!signed || !Number.isInteger(expires)) return s3Error(403, 'AccessDenied', 'The link is not signed');
    if (expires * 1000 <= now.getTime()) return s3Error(403, 'AccessDenied', 'Request has expired');
    const meta = await this.#readMeta('photos', id);
    if (!meta) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.');
    const headers = {
      'content-type': meta.contentType,
      'content-length': String(meta.byteSize),
      'cache-control': 'private, max-age=300',
      'x-content-type-options': 'nosniff',
    };
    if (method === 'HEAD') return new Response(null, { status: 200, headers });
    return new Response(await readFile(this.#file('photos', id)), { status: 200, headers });
  }

  async #readMeta(folder: 'uploads' | 'photos', id: string): Promise<StoredMeta | null> {
    try {
      return JSON.parse(await readFile(this.#file(folder, id, '.json'), 'utf8')) as StoredMeta;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  #file(folder: 'uploads' | 'photos', id: string, suffix = ''): string {
    return join(this.options.dir, folder, `${id}${suffix}`);
  }

  #linkSignature(id: string, expires: number): string {
    return createHmac('sha256', this.options.secret).update(`GET\n/photos/${id}\n${expires}`).digest('hex');
  }
}

function s3Error(status: number, code: string, message: string): Response {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${escape(message)}</Message></Error>`,
    { status, headers: { 'content-type': 'application/xml' } },
  );
}

/** S3's answer to a form larger than it will read. */
export function tooLarge(): Response {
  return s3Error(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
}

function methodNotAllowed(allow: string): Response {
  const response = s3Error(
    405,
    'MethodNotAllowed',
    'The specified method is not allowed against this resource.',
  );
  response.headers.set('allow', allow);
  return response;
}
