import { describe, expect, it } from 'vitest';
import { judgePostUpload, parsePolicy, presignPost } from '../../../../src/kernel/photos/post-policy';
import type { PostUploadRequest } from '../../../../src/kernel/photos/post-policy';
import {
  AWS_EXAMPLE_POLICY,
  AWS_EXAMPLE_POLICY_SIGNATURE,
  EXAMPLE_CREDENTIALS,
} from '../../../support/aws-sigv4-examples';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const FIVE_MIB = 5 * 1024 * 1024;
const KEY = 'uploads/0123456789abcdef0123456789abcdef';

const upload: PostUploadRequest = {
  url: 'https://photos.s3.eu-west-2.amazonaws.com/',
  bucket: 'photos',
  key: KEY,
  contentType: 'image/jpeg',
  maxBytes: FIVE_MIB,
  metadata: { listing: 'listing-1' },
  expiresAt: new Date(NOW.getTime() + 15 * 60_000),
  credentials: { ...EXAMPLE_CREDENTIALS, sessionToken: 'token-1' },
  region: 'eu-west-2',
  now: NOW,
};

const secretFor = (id: string) =>
  id === EXAMPLE_CREDENTIALS.accessKeyId ? EXAMPLE_CREDENTIALS.secretAccessKey : undefined;

/** S3's judgement of the form of `upload` carrying a file of `bytes`, with `changes` to its fields. */
function judge(bytes: number, changes: Record<string, string | undefined> = {}, at = NOW) {
  const fields: Record<string, string> = { ...presignPost(upload).fields };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete fields[name];
    else fields[name] = value;
  }
  return judgePostUpload({ fields, fileBytes: bytes, bucket: 'photos' }, secretFor, at);
}

describe('the policy of a photo upload', () => {
  it('allows exactly its key and content type, 1 byte to 5 MiB, and names every field it signs', () => {
    const { fields } = presignPost(upload);
    const policy = JSON.parse(Buffer.from(String(fields['Policy']), 'base64').toString('utf8')) as unknown;

    expect(policy).toEqual({
      expiration: '2026-11-23T09:15:00.000Z',
      conditions: [
        { bucket: 'photos' },
        ['eq', '$key', KEY],
        ['eq', '$Content-Type', 'image/jpeg'],
        ['content-length-range', 1, FIVE_MIB],
        { 'x-amz-meta-listing': 'listing-1' },
        { 'x-amz-algorithm': 'AWS4-HMAC-SHA256' },
        { 'x-amz-credential': 'AKIAIOSFODNN7EXAMPLE/20261123/eu-west-2/s3/aws4_request' },
        { 'x-amz-date': '20261123T090000Z' },
        { 'x-amz-security-token': 'token-1' },
      ],
    });
    expect(fields['key']).toBe(KEY);
    expect(fields['Content-Type']).toBe('image/jpeg');
  });

  it('accepts the form with a file from 1 byte to 5 MiB', () => {
    expect(judge(1)).toBeNull();
    expect(judge(FIVE_MIB)).toBeNull();
  });

  it('refuses a file one byte over 5 MiB as S3 does (400 EntityTooLarge), and an empty one', () => {
    expect(judge(FIVE_MIB + 1)).toMatchObject({ status: 400, code: 'EntityTooLarge' });
    expect(judge(0)).toMatchObject({ status: 400, code: 'EntityTooSmall' });
  });

  it('refuses another content type than the one signed (403, the condition failed)', () => {
    expect(judge(100, { 'Content-Type': 'image/svg+xml' })).toMatchObject({
      status: 403,
      code: 'AccessDenied',
      message: expect.stringContaining('$Content-Type') as string,
    });
    expect(judge(100, { 'Content-Type': undefined })).toMatchObject({ status: 403 });
  });

  it('refuses another key, an extra field, a changed policy and an expired form', () => {
    expect(judge(100, { key: 'uploads/other' })).toMatchObject({ status: 403, code: 'AccessDenied' });
    expect(judge(100, { acl: 'public-read' })).toMatchObject({
      status: 403,
      message: expect.stringContaining('Extra input fields: acl') as string,
    });
    const bigger = Buffer.from(String(presignPost(upload).fields['Policy']), 'base64')
      .toString('utf8')
      .replace(String(FIVE_MIB), String(FIVE_MIB * 100));
    expect(judge(100, { Policy: Buffer.from(bigger).toString('base64') })).toMatchObject({
      status: 403,
      code: 'SignatureDoesNotMatch',
    });
    expect(judge(100, {}, upload.expiresAt)).toMatchObject({
      status: 403,
      message: 'Invalid according to Policy: Policy expired.',
    });
  });

  it('takes field names in any case, as S3 does', () => {
    const { fields } = presignPost(upload);
    const lower = Object.fromEntries(
      Object.entries(fields).map(([name, value]) => [name.toLowerCase(), value]),
    );

    expect(judgePostUpload({ fields: lower, fileBytes: 10, bucket: 'photos' }, secretFor, NOW)).toBeNull();
  });
});

describe('judging a form against a policy AWS wrote', () => {
  // The form of the S3 documentation's POST example, with its policy and signature as published there.
  const exampleForm = {
    key: 'user/user1/photo.jpg',
    acl: 'public-read',
    success_action_redirect: 'http://sigv4examplebucket.s3.amazonaws.com/successful_upload.html',
    'Content-Type': 'image/jpeg',
    'x-amz-meta-uuid': '14365123651274',
    'x-amz-server-side-encryption': 'AES256',
    'X-Amz-Credential': 'AKIAIOSFODNN7EXAMPLE/20151229/us-east-1/s3/aws4_request',
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Date': '20151229T000000Z',
    'x-amz-meta-tag': '',
    Policy: AWS_EXAMPLE_POLICY,
    'X-Amz-Signature': AWS_EXAMPLE_POLICY_SIGNATURE,
  };
  const judgeExample = (fields: Record<string, string>, at: Date) =>
    judgePostUpload({ fields, fileBytes: 2048, bucket: 'sigv4examplebucket' }, secretFor, at);

  it('reads the example policy (with its CRLF line ends) as a policy', () => {
    expect(parsePolicy(AWS_EXAMPLE_POLICY)?.conditions).toHaveLength(11);
  });

  it('accepts the example form before noon on 30 December 2015, and refuses it after', () => {
    expect(judgeExample(exampleForm, new Date('2015-12-29T10:00:00Z'))).toBeNull();
    expect(judgeExample(exampleForm, new Date('2015-12-30T12:00:00Z'))).toMatchObject({ status: 403 });
  });

  it('holds its starts-with conditions: another folder or a non-image is refused', () => {
    const at = new Date('2015-12-29T10:00:00Z');

    expect(judgeExample({ ...exampleForm, key: 'user/user2/photo.jpg' }, at)).toMatchObject({ status: 403 });
    expect(judgeExample({ ...exampleForm, 'Content-Type': 'text/html' }, at)).toMatchObject({
      status: 403,
    });
    expect(judgeExample({ ...exampleForm, 'x-amz-meta-tag': 'anything' }, at)).toBeNull();
  });
});
