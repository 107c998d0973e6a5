import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Effect, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import {
  ConfigurationSet,
  EmailSendingEvent,
  EventDestination,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export interface NotifierMailProps {
  /** The default sender and the councils' own (StageConfig.mailFrom, councilMailFrom). */
  readonly senders: readonly string[];
  readonly production: boolean;
}

/**
 * The notifier's email in SES: a configuration set every message is sent with, whose bounces and complaints
 * go to an SNS topic (the mail-event handler records them on the delivery), and the permission to send from
 * the configured senders only. The SES identities themselves (each sender's address or domain, with DKIM) are
 * verified outside the stack: a council's domain is the council's to prove.
 */
export class NotifierMail extends Construct {
  readonly configurationSet: ConfigurationSet;
  /** SES publishes each bounce and complaint here. */
  readonly events: Topic;
  private readonly senders: readonly string[];

  constructor(scope: Construct, id: string, props: NotifierMailProps) {
    super(scope, id);
    this.senders = [...new Set(props.senders)];
    this.configurationSet = new ConfigurationSet(this, 'Configuration', {
      reputationMetrics: true,
      // An address that bounced or complained is not tried again from this configuration set; the delivery
      // records why, and the council sends by post instead.
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });

    // Bounce and complaint events carry recipients' addresses, so the topic is encrypted at rest. SES can only
    // publish to a topic under a customer-managed key whose policy lets it use the key: the AWS-managed SNS
    // key allows no service principal.
    const key = new Key(this, 'EventsKey', {
      description: 'Encrypts the SES bounce and complaint events of the MASH Register notifier.',
      enableKeyRotation: true,
      // Prod keeps it (an event still queued could not be read without it); dev's goes with its stack.
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    this.events = new Topic(this, 'Events', {
      displayName: 'MASH Register mail bounces and complaints',
      enforceSSL: true,
      masterKey: key,
    });
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.snsTopic(this.events),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
  }

  /**
   * Lets `grantee` send email through the configuration set from the configured senders and no other: the
   * identity SES authorises a message by is the sender's address, or its domain when only the domain is
   * verified, so both are resources, and the From address is pinned by condition. Nothing when no sender is
   * configured.
   */
  grantSend(grantee: IGrantable): void {
    if (this.senders.length === 0) return;
    const stack = Stack.of(this);
    const identities = new Set(this.senders.flatMap((address) => [address, domainOf(address)]));
    const identityArn = (identity: string) =>
      stack.formatArn({ service: 'ses', resource: 'identity', resourceName: identity });
    const configurationSetArn = stack.formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['ses:SendEmail'],
        resources: [...[...identities].map(identityArn), configurationSetArn],
        conditions: { StringEquals: { 'ses:FromAddress': [...this.senders] } },
      }),
    );
  }
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}
