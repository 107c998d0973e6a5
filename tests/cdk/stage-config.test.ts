import { describe, expect, it } from 'vitest';
import { readStageConfig } from '../../cdk/lib/stage-config';

const STAGE_DEFAULTS = {
  dev: {
    corsOrigins: ['http://localhost:5173'],
    throttleRateLimit: 20,
    throttleBurstLimit: 40,
    reservedConcurrency: 5,
  },
  prod: { corsOrigins: [], throttleRateLimit: 100, throttleBurstLimit: 200, reservedConcurrency: 50 },
};

function readWith(context: Record<string, unknown>) {
  return readStageConfig((key) => ({ stages: STAGE_DEFAULTS, ...context })[key]);
}

describe('readStageConfig', () => {
  it("takes the stage's defaults from the stages block", () => {
    const config = readWith({ stage: 'dev' });

    expect(config).toEqual({
      stage: 'dev',
      corsOrigins: ['http://localhost:5173'],
      platformAdminIds: [],
      alarmEmails: [],
      throttleRateLimit: 20,
      throttleBurstLimit: 40,
      reservedConcurrency: 5,
      signInCallbackUrls: [],
      signInLogoutUrls: [],
      signInDomainPrefix: null,
      mailFrom: null,
      councilMailFrom: {},
    });
  });

  it("reads the default sender and the councils' own, from the command line or from cdk.json", () => {
    expect(
      readWith({
        stage: 'prod',
        mailFrom: 'notices@register.example.org',
        councilMailFrom: 'E07000078=acv@cheltenham.gov.uk, E06000001=assets@hartlepool.gov.uk',
      }),
    ).toMatchObject({
      mailFrom: 'notices@register.example.org',
      councilMailFrom: { E07000078: 'acv@cheltenham.gov.uk', E06000001: 'assets@hartlepool.gov.uk' },
    });
    expect(
      readWith({ stage: 'prod', councilMailFrom: { E07000078: 'acv@cheltenham.gov.uk' } }).councilMailFrom,
    ).toEqual({ E07000078: 'acv@cheltenham.gov.uk' });
  });

  it.each([
    [{ mailFrom: 'notices' }, /mailFrom: "notices" is not an email address/],
    [
      { councilMailFrom: 'E99999999=acv@example.gov.uk' },
      /councilMailFrom: "E99999999" is not a council's GSS code/,
    ],
    [
      { councilMailFrom: 'E07000078=acv' },
      /councilMailFrom: "acv" \(for E07000078\) is not an email address/,
    ],
    [{ councilMailFrom: 'E07000078' }, /councilMailFrom: "" \(for E07000078\) is not an email address/],
    [{ councilMailFrom: ['acv@example.gov.uk'] }, /councilMailFrom: expected CODE=address pairs/],
  ])('refuses the mail senders %j', (context, message) => {
    expect(() => readWith({ stage: 'prod', ...context })).toThrow(message);
  });

  it('lets comma-separated command-line values override the defaults', () => {
    const config = readWith({
      stage: 'prod',
      corsOrigins: 'https://a.example.org, https://b.example.org:8443',
      platformAdminIds: '0f8fad5b-d9cb-469f-a165-70867728950e',
      alarmEmails: 'ops@example.org,oncall@example.org',
      throttleRateLimit: '50',
    });

    expect(config).toMatchObject({
      stage: 'prod',
      corsOrigins: ['https://a.example.org', 'https://b.example.org:8443'],
      platformAdminIds: ['0f8fad5b-d9cb-469f-a165-70867728950e'],
      alarmEmails: ['ops@example.org', 'oncall@example.org'],
      throttleRateLimit: 50,
      throttleBurstLimit: 200,
    });
  });

  it('refuses an unknown or missing stage', () => {
    expect(() => readWith({ stage: 'staging' })).toThrow(/stage must be one of dev, prod \(got "staging"\)/);
    expect(() => readWith({})).toThrow(/stage must be one of dev, prod/);
  });

  it('accepts local http origins in dev only', () => {
    expect(readWith({ stage: 'dev', corsOrigins: 'http://localhost:3000' }).corsOrigins).toEqual([
      'http://localhost:3000',
    ]);
    expect(() => readWith({ stage: 'prod', corsOrigins: 'http://localhost:3000' })).toThrow(
      /only dev accepts local http origins/,
    );
  });

  it.each([
    ['*', /is not a URL/],
    ['http://partner.example.org', /must use https/],
    ['https://partner.example.org/', /is not a bare origin/],
    ['https://partner.example.org/app', /is not a bare origin/],
  ])('refuses %s as a CORS origin', (origin, message) => {
    expect(() => readWith({ stage: 'prod', corsOrigins: origin })).toThrow(message);
  });

  it("takes the hosted sign-in's logout URLs from the callback URLs' origins when not set", () => {
    const config = readWith({
      stage: 'prod',
      signInCallbackUrls:
        'https://acv.example.gov.uk/signed-in,https://acv.example.gov.uk/other,https://b.example.org/cb',
      signInDomainPrefix: 'example-council-register',
    });

    expect(config.signInCallbackUrls).toEqual([
      'https://acv.example.gov.uk/signed-in',
      'https://acv.example.gov.uk/other',
      'https://b.example.org/cb',
    ]);
    expect(config.signInLogoutUrls).toEqual(['https://acv.example.gov.uk/', 'https://b.example.org/']);
    expect(config.signInDomainPrefix).toBe('example-council-register');
  });

  it.each([
    [
      'http://acv.example.gov.uk/cb',
      'prod',
      /signInCallbackUrls: "http:\/\/acv.example.gov.uk\/cb" must use https/,
    ],
    ['http://localhost:5173/', 'prod', /only dev accepts local http origins/],
    ['https://acv.example.gov.uk/cb#done', 'prod', /must not have a fragment/],
    ['https://user:pw@acv.example.gov.uk/cb', 'prod', /must not carry a user name or password/],
    ['acv.example.gov.uk/cb', 'prod', /is not a URL/],
  ])('refuses %s as a sign-in callback URL in %s', (url, stage, message) => {
    expect(() => readWith({ stage, signInCallbackUrls: url })).toThrow(message);
  });

  it('accepts a local http callback URL in dev', () => {
    expect(
      readWith({ stage: 'dev', signInCallbackUrls: 'http://localhost:5173/' }).signInCallbackUrls,
    ).toEqual(['http://localhost:5173/']);
  });

  it.each(['Upper-Case', '-leading', 'my-aws-login', 'cognito-x', 'a.b'])(
    'refuses %s as the Cognito domain prefix',
    (prefix) => {
      expect(() =>
        readWith({ stage: 'prod', signInCallbackUrls: 'https://a.example.org/', signInDomainPrefix: prefix }),
      ).toThrow(/signInDomainPrefix: .* must be 1-63 lower-case letters/);
    },
  );

  it('refuses logout URLs without callback URLs', () => {
    expect(() => readWith({ stage: 'prod', signInLogoutUrls: 'https://a.example.org/' })).toThrow(
      /signInLogoutUrls: set without signInCallbackUrls/,
    );
  });

  it('names every bad setting in one error', () => {
    const read = () =>
      readWith({
        stage: 'prod',
        platformAdminIds: 'alice',
        alarmEmails: 'not-an-email',
        throttleRateLimit: '0',
        throttleBurstLimit: 'lots',
        reservedConcurrency: 1000,
      });

    expect(read).toThrow(/Invalid deployment context for stage prod/);
    expect(read).toThrow(/platformAdminIds: "alice" is not a Cognito user sub/);
    expect(read).toThrow(/alarmEmails: "not-an-email" is not an email address/);
    expect(read).toThrow(/throttleRateLimit: expected a whole number from 1 to 10000 \(got "0"\)/);
    expect(read).toThrow(/throttleBurstLimit: expected a whole number from 1 to 5000 \(got "lots"\)/);
    expect(read).toThrow(/reservedConcurrency: expected a whole number from 1 to 990 \(got 1000\)/);
  });
});
