import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { UserPoolClient, UserPoolClientOptions, UserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  UserPoolClientIdentityProvider,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

export interface SignInProps {
  /**
   * Prod: Plus feature plan with threat protection enforced, deletion protection, and the pool kept when the
   * stack goes. Dev: Essentials, deleted with the stack.
   */
  readonly production: boolean;
  /** The hosted sign-in (authorization code with PKCE): off when there are no callback URLs. */
  readonly hostedSignIn: {
    readonly callbackUrls: readonly string[];
    readonly logoutUrls: readonly string[];
    /** The Cognito domain's prefix; `mash-register-<stage>-<account>` when null. */
    readonly domainPrefix: string | null;
    readonly stage: string;
  };
}

/**
 * The Cognito user pool people sign in to, with email as the user name, and the one public app client
 * partner frontends use. The Lambda verifies the client's ID tokens (they carry `email` and
 * `email_verified`, which invitations are matched on).
 */
export class SignIn extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  /** The hosted sign-in's domain, when the stage has callback URLs. */
  readonly domain: UserPoolDomain | null;

  constructor(scope: Construct, id: string, props: SignInProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      // A changed email only replaces the old one once the code sent to it is entered, so nobody can point
      // their account at someone else's address and pick up that person's invitations.
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      featurePlan: props.production ? FeaturePlan.PLUS : FeaturePlan.ESSENTIALS,
      ...(props.production
        ? { standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION }
        : {}),
      deletionProtection: props.production,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'MFA is optional (TOTP offered, SMS off): volunteers and small community groups sign in from shared ' +
        'and personal devices, and requiring an authenticator app would shut many of them out. Prod relies on ' +
        'threat protection (Plus plan) to block risky sign-ins instead.',
    });
    if (!props.production) {
      Validations.of(this.userPool).acknowledge({
        id: 'AwsSolutions-COG8',
        reason:
          'Dev holds test users only; the Plus plan costs $0.02 per monthly active user with no free tier, ' +
          'while Essentials is free up to 10,000. Prod runs on Plus with threat protection enforced.',
      });
    }

    const hosted = props.hostedSignIn;
    this.domain =
      hosted.callbackUrls.length > 0
        ? this.userPool.addDomain('HostedSignIn', {
            cognitoDomain: {
              domainPrefix: hosted.domainPrefix ?? `mash-register-${hosted.stage}-${Stack.of(this).account}`,
            },
          })
        : null;
    // Hosted sign-in: the authorization code grant only (no implicit grant: tokens never travel in a URL),
    // for a public client, so a frontend must use PKCE; the scopes give the ID token its email claims.
    // Without callback URLs the client has no OAuth at all and frontends sign in with SRP on their screens.
    const oauth: Pick<UserPoolClientOptions, 'oAuth' | 'disableOAuth' | 'supportedIdentityProviders'> = this
      .domain
      ? {
          oAuth: {
            flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
            scopes: [OAuthScope.OPENID, OAuthScope.EMAIL],
            callbackUrls: [...hosted.callbackUrls],
            logoutUrls: [...hosted.logoutUrls],
          },
          supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
        }
      : { disableOAuth: true };

    this.client = this.userPool.addClient('WebClient', {
      // A browser app cannot keep a secret.
      generateSecret: false,
      // SRP only: the password never leaves the browser, and no flow needs an admin or a plain password.
      authFlows: { userSrp: true },
      ...oauth,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      // The ID token carries what the client may read; the register needs email and email_verified.
      readAttributes: new ClientAttributes().withStandardAttributes({ email: true, emailVerified: true }),
      // email_verified is deliberately not writable by the client: only Cognito's own code check sets it.
      writeAttributes: new ClientAttributes().withStandardAttributes({ email: true }),
    });
  }
}
