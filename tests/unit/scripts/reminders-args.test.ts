import { describe, expect, it } from 'vitest';
import { parseRemindersArgs } from '../../../scripts/reminders/reminders-args';

describe('npm run reminders flags', () => {
  it('takes the day, the data folder and the port', () => {
    expect(
      parseRemindersArgs(['--today', '2026-11-23', '--data-dir', 'tmp/x', '--dynamodb-port', '8123'], {}),
    ).toEqual({ help: false, today: '2026-11-23', dataDir: 'tmp/x', dynamoDbPort: 8123 });
  });

  it('finds DynamoDB Local on DYNAMODB_PORT, else on 8000', () => {
    expect(parseRemindersArgs(['--today', '2026-11-23'], { DYNAMODB_PORT: '8001' }).dynamoDbPort).toBe(8001);
    expect(parseRemindersArgs(['--today', '2026-11-23'], {}).dynamoDbPort).toBe(8000);
  });

  it.each([
    [[], /--today is required/],
    [['--today', '2026-02-30'], /calendar date/],
    [['--today', '23/11/2026'], /calendar date/],
    [['--today', '2026-11-23', '--dynamodb-port', '99999'], /port number/],
    [['--today', '2026-11-23', '--days', '3'], /Unknown option/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseRemindersArgs(argv, {})).toThrow(message);
  });

  it('answers help without asking for a day', () => {
    expect(parseRemindersArgs(['--help'], {}).help).toBe(true);
  });
});
