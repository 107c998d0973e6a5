import { Duration, Stack, TimeZone } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IRole } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  ContextAttribute,
  Schedule,
  ScheduleExpression,
  ScheduleTargetInput,
  TimeWindow,
} from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** When the daily reminders run: 07:00 in England, summer or winter, before the working day starts. */
export const DAILY_REMINDERS_AT = { hour: '7', minute: '0', timeZone: TimeZone.EUROPE_LONDON } as const;

export interface DailyRemindersProps {
  readonly function: IFunction;
  /** Where the scheduler puts an invocation it could not make. */
  readonly deadLetterQueue: IQueue;
}

/**
 * An invocation of exactly the one function: LambdaInvoke's own grant also covers every version and alias
 * of it (`<arn>:*`), which the schedule never calls.
 */
class InvokeOneFunction extends LambdaInvoke {
  private readonly target: IFunction;

  constructor(target: IFunction, props: ConstructorParameters<typeof LambdaInvoke>[1]) {
    super(target, props);
    this.target = target;
  }

  protected override addTargetActionToRole(role: IRole): void {
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.target.functionArn] }),
    );
  }
}

/**
 * The EventBridge Scheduler schedule of the daily reminders, with a role of its own that may invoke the
 * reminders function and nothing else. The input names the time the run was scheduled for, so a retried or
 * late invocation still computes the reminders of its own day.
 */
export class DailyReminders extends Construct {
  readonly schedule: Schedule;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: DailyRemindersProps) {
    super(scope, id);
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        // Only schedules of this account may take the role (the confused-deputy guard AWS recommends).
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      description: 'Lets the daily reminders schedule invoke the MASH Register reminders function.',
    });
    this.schedule = new Schedule(this, 'Schedule', {
      description: 'The MASH Register daily reminders (issue 19), at 07:00 Europe/London.',
      schedule: ScheduleExpression.cron(DAILY_REMINDERS_AT),
      // Exactly at seven: reminders are about dates, and a flexible window would let one run slip.
      timeWindow: TimeWindow.off(),
      target: new InvokeOneFunction(props.function, {
        role: this.role,
        input: ScheduleTargetInput.fromObject({ scheduledTime: ContextAttribute.scheduledTime }),
        retryAttempts: 3,
        maxEventAge: Duration.hours(2),
        deadLetterQueue: props.deadLetterQueue,
      }),
    });
  }
}
