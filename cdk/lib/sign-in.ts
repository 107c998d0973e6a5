import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  UserPool,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

export interface SignInProps {
  /**
   * Prod: Plus feature plan with threat protection enforced, deletion protection, and the pool kept when the
   * stack goes. Dev: Essentials, deleted with the stack.
   */
  readonly production: boolean;
}

/**
 * The Cognito user pool people sign in to, with email as the user name, and the one public app client
 * partner frontends use. The Lambda verifies the client's ID tokens (they carry `email` and
 * `email_verified`, which invitations are matched on).
 */
export class SignIn extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

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

    this.client = this.userPool.addClient('WebClient', {
      // A browser app cannot keep a secret.
      generateSecret: false,
      // SRP only: the password never leaves the browser, and no flow needs an admin or a plain password.
      authFlows: { userSrp: true },
      // Partner frontends use the Cognito API through their own sign-in screens; no hosted UI, no OAuth.
      disableOAuth: true,
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
