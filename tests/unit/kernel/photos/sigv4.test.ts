import { describe, expect, it } from 'vitest';
import { signPolicy } from '../../../../src/kernel/photos/post-policy';
import { presignUrl, signedRequestHeaders } from '../../../../src/kernel/photos/sigv4';
import {
  AWS_EXAMPLE_POLICY,
  AWS_EXAMPLE_POLICY_SIGNATURE,
  EXAMPLE_CREDENTIALS as EXAMPLE,
} from '../../../support/aws-sigv4-examples';

describe('SigV4 signing, against the examples in the S3 documentation', () => {
  it('signs the browser POST policy of the S3 upload example as AWS does', () => {
    expect(signPolicy(AWS_EXAMPLE_POLICY, EXAMPLE.secretAccessKey, '20151229', 'us-east-1')).toBe(
      AWS_EXAMPLE_POLICY_SIGNATURE,
    );
  });

  it('presigns the GET of test.txt for a day as "Authenticating Requests: Using Query Parameters" does', () => {
    // docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html, its worked example.
    const url = presignUrl(
      { method: 'GET', url: new URL('https://examplebucket.s3.amazonaws.com/test.txt') },
      EXAMPLE,
      'us-east-1',
      new Date('2013-05-24T00:00:00Z'),
      86400,
    );

    expect(url).toBe(
      'https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256' +
        '&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request' +
        '&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host' +
        '&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404',
    );
  });

  it('signs the header-authenticated GET Object example (a range of test.txt) as AWS does', () => {
    // docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html, "Example: GET Object".
    const headers = signedRequestHeaders(
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
        headers: { range: 'bytes=0-9' },
      },
      EXAMPLE,
      'us-east-1',
      new Date('2013-05-24T00:00:00Z'),
    );

    expect(headers['authorization']).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('names a session token in a presigned link and in signed headers', () => {
    const temporary = { ...EXAMPLE, sessionToken: 'session/token+value' };
    const now = new Date('2026-11-23T09:00:00Z');
    const url = new URL(
      presignUrl(
        { method: 'GET', url: new URL('https://b.s3.eu-west-2.amazonaws.com/photos/ab') },
        temporary,
        'eu-west-2',
        now,
        60,
      ),
    );
    const headers = signedRequestHeaders(
      { method: 'HEAD', url: new URL('https://b.s3.eu-west-2.amazonaws.com/uploads/ab') },
      temporary,
      'eu-west-2',
      now,
    );

    expect(url.searchParams.get('X-Amz-Security-Token')).toBe('session/token+value');
    expect(headers['x-amz-security-token']).toBe('session/token+value');
    expect(headers['authorization']).toContain('x-amz-date;x-amz-security-token');
  });
});
