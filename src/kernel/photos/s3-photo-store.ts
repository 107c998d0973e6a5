/**
 * The photo store in the cloud: one private S3 bucket (cdk/lib/photo-bucket.ts). The browser posts to it
 * with a presigned POST; the API sends HEAD, COPY and DELETE itself and hands out presigned GETs. Requests
 * are signed here (sigv4.ts) and sent with the runtime's fetch, so the API's bundle takes no S3 client; the
 * credentials are the DynamoDB client's (the function's role).
 */
import { ServiceUnavailableError } from '../domain/errors';
import type { PhotoStore, PhotoUploadForm, PhotoUploadRequest, UploadedPhoto } from '../domain/photo-store';
import { presignPost } from './post-policy';
import type { AwsCredentials } from './sigv4';
import { presignUrl, signedRequestHeaders } from './sigv4';

export interface S3PhotoStoreOptions {
  readonly bucket: string;
  readonly region: string;
  /** Resolves the current credentials (the SDK's provider caches and refreshes them). */
  readonly credentials: () => Promise<AwsCredentials>;
  /** How long one S3 request may take before the step is answered SERVICE_UNAVAILABLE. */
  readonly timeoutMs?: number;
  /** Tests only: an S3-compatible origin, addressed path-style (`<endpoint>/<bucket>/<key>`). */
  readonly endpoint?: string;
}

const UPLOADS = 'uploads/';
const PHOTOS = 'photos/';

export class S3PhotoStore implements PhotoStore {
  readonly #origin: string;

  constructor(private readonly options: S3PhotoStoreOptions) {
    // Virtual-hosted style on the regional endpoint: the form posts to the bucket's own host.
    this.#origin = options.endpoint
      ? `${options.endpoint}/${options.bucket}`
      : `https://${options.bucket}.s3.${options.region}.amazonaws.com`;
  }

  async createUploadForm(request: PhotoUploadRequest): Promise<PhotoUploadForm> {
    const credentials = await this.options.credentials();
    const form = presignPost({
      url: `${this.#origin}/`,
      bucket: this.options.bucket,
      key: `${UPLOADS}${request.id}`,
      contentType: request.contentType,
      maxBytes: request.maxBytes,
      metadata: request.metadata,
      expiresAt: request.expiresAt,
      credentials,
      region: this.options.region,
      now: request.now,
    });
    return { ...form, expiresAt: request.expiresAt };
  }

  async findUpload(id: string): Promise<UploadedPhoto | null> {
    const response = await this.#send('HEAD', `${UPLOADS}${id}`);
    // Without s3:ListBucket S3 answers 403 rather than 404 for a missing key: either way, nothing is there.
    if (response.status === 404 || response.status === 403) return null;
    if (!response.ok) throw new ServiceUnavailableError('OUTAGE');
    const metadata: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (name.startsWith('x-amz-meta-')) metadata[name.slice('x-amz-meta-'.length)] = value;
    });
    return {
      byteSize: Number(response.headers.get('content-length') ?? 0),
      contentType: response.headers.get('content-type') ?? '',
      metadata,
    };
  }

  async keepUpload(id: string): Promise<void> {
    const response = await this.#send('PUT', `${PHOTOS}${id}`, {
      'x-amz-copy-source': `/${this.options.bucket}/${UPLOADS}${id}`,
    });
    // A copy can fail after S3 has answered 200: the error is then in the body.
    const body = await response.text();
    if (!response.ok || body.includes('<Error>')) throw new ServiceUnavailableError('OUTAGE');
  }

  async viewUrl(id: string, expiresInSeconds: number, now: Date): Promise<string> {
    return presignUrl(
      { method: 'GET', url: new URL(`${this.#origin}/${PHOTOS}${id}`) },
      await this.options.credentials(),
      this.options.region,
      now,
      expiresInSeconds,
    );
  }

  async remove(id: string): Promise<void> {
    const response = await this.#send('DELETE', `${PHOTOS}${id}`);
    if (!response.ok && response.status !== 404) throw new ServiceUnavailableError('OUTAGE');
  }

  async #send(method: string, key: string, headers: Record<string, string> = {}): Promise<Response> {
    const url = new URL(`${this.#origin}/${key}`);
    const signed = signedRequestHeaders(
      { method, url, headers },
      await this.options.credentials(),
      this.options.region,
      new Date(),
    );
    try {
      return await fetch(url, {
        method,
        headers: signed,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 3_000),
      });
    } catch (error) {
      throw new ServiceUnavailableError(
        error instanceof Error && error.name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK',
        { cause: error },
      );
    }
  }
}
