import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { IRole } from 'aws-cdk-lib/aws-iam';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface PhotoBucketProps {
  /** Browser origins that may post upload forms (the API's CORS origins). */
  readonly corsOrigins: readonly string[];
  readonly production: boolean;
}

/** Where an upload lands, and where a kept photo lives (src/kernel/photos/s3-photo-store.ts). */
export const UPLOADS_PREFIX = 'uploads/';
export const PHOTOS_PREFIX = 'photos/';

/**
 * The private bucket of surplus listings' photos (issue 20). Browsers upload straight to it with the API's
 * presigned POST (the policy limits key, type and size); nothing in it is public: photos are shown through
 * presigned GETs the API hands to those who may see the listing. Uploads never attached are forgotten after
 * a day. Requests to it are logged to an access-log bucket of its own.
 */
export class PhotoBucket extends Construct {
  readonly bucket: Bucket;
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: PhotoBucketProps) {
    super(scope, id);
    const removalPolicy = props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    this.accessLogs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // S3's log delivery writes as the bucket owner under a bucket policy (CDK adds it), not through ACLs.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(props.production ? 365 : 30) }],
      removalPolicy,
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This is the access-log bucket of the photo bucket; logging its own requests would log the log ' +
        'deliveries themselves, without end.',
    });
    this.bucket = new Bucket(this, 'Photos', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // Not versioned: a photo removed from a listing is deleted, as its lister meant; the listing's audit
      // history records which photos it had. Versions would keep pictures no one may see any more.
      versioned: false,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'photos/',
      // The browser posts the upload form from the frontend's origin; showing a photo (<img src>) needs none.
      cors:
        props.corsOrigins.length > 0
          ? [
              {
                allowedMethods: [HttpMethods.POST],
                allowedOrigins: [...props.corsOrigins],
                allowedHeaders: ['*'],
                maxAge: 3600,
              },
            ]
          : [],
      lifecycleRules: [
        // An upload is attached within minutes of its 15-minute form or never: a day is ample.
        { id: 'ForgetUnattachedUploads', prefix: UPLOADS_PREFIX, expiration: Duration.days(1) },
        { id: 'AbortIncompleteUploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      removalPolicy,
    });
  }

  /**
   * What the API function does with photos: HEAD and read uploads (to check and copy them), write kept
   * photos (the copy), read and delete kept photos, and write uploads (the presigned POST is signed with the
   * function's credentials, so S3 authorises it as the function's PutObject). Nothing else: no listing, no
   * ACLs, no bucket settings.
   */
  grantApi(role: IRole): void {
    const objects = (prefix: string) => `${this.bucket.bucketArn}/${prefix}*`;
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['s3:GetObject', 's3:PutObject'],
        resources: [objects(UPLOADS_PREFIX), objects(PHOTOS_PREFIX)],
      }),
    );
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:DeleteObject'], resources: [objects(PHOTOS_PREFIX)] }),
    );
    const bucketId = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnBucket);
    for (const prefix of [UPLOADS_PREFIX, PHOTOS_PREFIX]) {
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${prefix}*]`,
        reason:
          'Photo keys are random ids made per upload, so the function is granted its object actions on one ' +
          `prefix (${prefix}) of the photo bucket rather than on named objects.`,
      });
    }
  }
}
