/**
 * Stands in for @smithy/core/event-streams in the Lambda bundle (see lambda-bundling.ts). The SDK's HTTP
 * protocols load it only for operations that stream events; neither DynamoDB nor Secrets Manager has any,
 * so the code never runs. Should a client with event streams ever be bundled, its first use fails loudly.
 */
export class EventStreamSerde {
  constructor() {
    throw new Error('@smithy/core/event-streams is not bundled: the Lambda sends no event-stream operations');
  }
}

export function eventStreamSerdeProvider(): never {
  throw new Error('@smithy/core/event-streams is not bundled: the Lambda sends no event-stream operations');
}
