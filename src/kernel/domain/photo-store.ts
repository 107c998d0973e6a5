/**
 * Where photos live: private objects the browser uploads straight to storage with a signed form, and the
 * API only records and signs links to. Two implementations behind this one port: S3 in the cloud
 * (src/kernel/photos/s3-photo-store.ts) and a folder under the data directory on the local server
 * (src/local/disk-photo-store.ts), which accepts and judges the same form.
 *
 * An upload lands under `uploads/<id>` (the bucket forgets what is never kept, after a day); keeping it moves
 * it to `photos/<id>`, which is what the links show. Ids are 128 random bits in hex: they say nothing of the
 * listing, the uploader or the file's name.
 */

/** A form the browser posts the file with (multipart/form-data; the fields first, the file last as `file`). */
export interface PhotoUploadForm {
  readonly url: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly expiresAt: Date;
}

export interface PhotoUploadRequest {
  /** The photo's id (hex, no prefix): the upload goes to `uploads/<id>`. */
  readonly id: string;
  readonly contentType: string;
  readonly maxBytes: number;
  /** Values the uploaded object must carry (x-amz-meta-*), checked again when it is kept. */
  readonly metadata: Readonly<Record<string, string>>;
  readonly expiresAt: Date;
  readonly now: Date;
}

/** What storage says of an upload. */
export interface UploadedPhoto {
  readonly byteSize: number;
  readonly contentType: string;
  readonly metadata: Readonly<Record<string, string>>;
}

export interface PhotoStore {
  /** A signed form for one upload of `contentType`, 1 to `maxBytes` bytes, until `expiresAt`. */
  createUploadForm(request: PhotoUploadRequest): Promise<PhotoUploadForm>;
  /** The upload of `id`, or null when nothing was uploaded (or it was already kept). */
  findUpload(id: string): Promise<UploadedPhoto | null>;
  /** Keeps the upload of `id` as a photo (`photos/<id>`). */
  keepUpload(id: string): Promise<void>;
  /** A link that shows the kept photo until `now + expiresInSeconds`, to whoever holds it. */
  viewUrl(id: string, expiresInSeconds: number, now: Date): Promise<string>;
  /** Deletes the kept photo; nothing when there is none. */
  remove(id: string): Promise<void>;
}
