import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config';

const SECRET = 'a-cursor-secret-of-at-least-32-chars';
const LOCAL = { TABLE_NAME: 'mash-register', AUTH_MODE: 'local', CURSOR_SECRET: SECRET };
const COGNITO = {
  TABLE_NAME: 'mash-register',
  COGNITO_USER_POOL_ID: 'eu-west-2_AbCdEf123',
  COGNITO_CLIENT_ID: '1example23456789',
  CURSOR_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-2:123456789012:secret:cursor-AbCdEf',
};

function configError(env: Record<string, string | undefined>): string {
  try {
    readConfig(env);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected readConfig to refuse the environment');
}

describe('readConfig', () => {
  it('fills in the defaults around the required settings', () => {
    expect(readConfig(LOCAL)).toEqual({
      tableName: 'mash-register',
      region: 'eu-west-2',
      dynamoDbEndpoint: null,
      auth: { mode: 'local' },
      platformAdminIds: new Set(),
      cursorSecret: { value: SECRET },
      introspection: false,
      stage: 'dev',
      photosBucket: null,
      pinnedToday: null,
    });
  });

  it('uses Cognito by default, with the cursor secret taken from Secrets Manager', () => {
    const config = readConfig(COGNITO);

    expect(config.auth).toEqual({
      mode: 'cognito',
      userPoolId: 'eu-west-2_AbCdEf123',
      clientId: '1example23456789',
    });
    expect(config.cursorSecret).toEqual({ secretArn: COGNITO.CURSOR_SECRET_ARN });
  });

  it('reads every optional setting it is given', () => {
    const config = readConfig({
      ...LOCAL,
      AWS_REGION: 'eu-west-1',
      DYNAMODB_ENDPOINT: 'http://localhost:8000',
      INTROSPECTION: 'true',
      STAGE: 'local',
      PHOTOS_BUCKET: 'mashregister-dev-photos418f7ff7-abc123',
    });

    expect(config).toMatchObject({
      region: 'eu-west-1',
      dynamoDbEndpoint: 'http://localhost:8000',
      introspection: true,
      stage: 'local',
      photosBucket: 'mashregister-dev-photos418f7ff7-abc123',
    });
  });

  it('refuses a PHOTOS_BUCKET that is no S3 bucket name', () => {
    expect(() => readConfig({ ...LOCAL, PHOTOS_BUCKET: 'Not A Bucket' })).toThrow(/PHOTOS_BUCKET/);
  });

  it('parses PLATFORM_ADMIN_IDS as a comma-separated list, trimming spaces and dropping blanks', () => {
    const config = readConfig({ ...LOCAL, PLATFORM_ADMIN_IDS: ' alice , 3f2b8c1e-9d4a-4c6b ,, bob ' });

    expect([...config.platformAdminIds]).toEqual(['alice', '3f2b8c1e-9d4a-4c6b', 'bob']);
  });

  it.each([
    ['TABLE_NAME is missing', { ...LOCAL, TABLE_NAME: undefined }, 'TABLE_NAME'],
    [
      'Cognito mode has no user pool id',
      { ...COGNITO, COGNITO_USER_POOL_ID: undefined },
      'COGNITO_USER_POOL_ID',
    ],
    ['Cognito mode has no client id', { ...COGNITO, COGNITO_CLIENT_ID: undefined }, 'COGNITO_CLIENT_ID'],
    [
      'CURSOR_SECRET is shorter than 32 characters',
      { ...LOCAL, CURSOR_SECRET: 'x'.repeat(31) },
      'CURSOR_SECRET',
    ],
    [
      'neither CURSOR_SECRET nor CURSOR_SECRET_ARN is set',
      { ...LOCAL, CURSOR_SECRET: undefined },
      'set CURSOR_SECRET or CURSOR_SECRET_ARN',
    ],
    [
      'CURSOR_SECRET_ARN is not an ARN',
      { ...COGNITO, CURSOR_SECRET_ARN: 'cursor-secret' },
      'CURSOR_SECRET_ARN',
    ],
    ['AUTH_MODE is unknown', { ...LOCAL, AUTH_MODE: 'none' }, 'AUTH_MODE'],
    ['DYNAMODB_ENDPOINT is not a URL', { ...LOCAL, DYNAMODB_ENDPOINT: 'localhost' }, 'DYNAMODB_ENDPOINT'],
    ['INTROSPECTION is not true or false', { ...LOCAL, INTROSPECTION: 'yes' }, 'INTROSPECTION'],
  ])('fails when %s, naming it', (_what, env, named) => {
    const message = configError(env);

    expect(message).toMatch(/^Invalid configuration:/);
    expect(message).toContain(named);
  });

  it('lists every problem in one error', () => {
    const message = configError({ AUTH_MODE: 'local', CURSOR_SECRET: 'short' });

    expect(message).toContain('TABLE_NAME');
    expect(message).toContain('CURSOR_SECRET');
  });

  it('lists a missing table and a missing cursor secret together', () => {
    const message = configError({ AUTH_MODE: 'local' });

    expect(message).toContain('TABLE_NAME');
    expect(message).toContain('set CURSOR_SECRET or CURSOR_SECRET_ARN');
  });
});
