import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_DEFINITION } from '../../src/kernel/store/table-definition';
import type { TableDefinition } from '../../src/kernel/store/table-definition';

export interface RegisterTableProps {
  /** Prod keeps the table (and its data) when the stack is deleted or the table would be replaced. */
  readonly retain: boolean;
  readonly definition?: TableDefinition;
}

/**
 * The register's DynamoDB table, built from the same TABLE_DEFINITION the local server creates its table
 * from (tests/cdk proves the keys and indexes match buildCreateTableInput).
 */
export class RegisterTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: RegisterTableProps) {
    super(scope, id);
    const definition = props.definition ?? TABLE_DEFINITION;
    this.table = new Table(this, 'Table', {
      partitionKey: { name: definition.partitionKey, type: AttributeType.STRING },
      sortKey: { name: definition.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: definition.timeToLiveAttribute,
      // The AWS-managed key rather than the default AWS-owned one: same cost to us, but every use of the
      // key is visible in CloudTrail. A customer-managed key would add $1/month and a key policy to run.
      encryption: TableEncryption.AWS_MANAGED,
      // On in every stage: restoring a dev table after a bad migration is as useful as in prod, and the
      // cost is per GB stored, which is tiny here.
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.retain,
      // The outbox (issue 19): each new item's image goes to the notifier, which filters for outbox records.
      // New images only: the notifier reads what was written, never what it replaced.
      stream: StreamViewType.NEW_IMAGE,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    for (const index of definition.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }
  }
}
