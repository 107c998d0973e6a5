/**
 * What the notifier tests share: a notifier over the test app's table writing .eml files to a fresh folder,
 * real HTTP receivers on 127.0.0.1, and the emails read back with an independent MIME parser (postal-mime).
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { createAppNotifier } from '../../src/app/notifier-factory';
import type { AppNotifier, AppNotifierOptions } from '../../src/app/notifier-factory';
import type { OutboxMessage } from '../../src/kernel/domain/outbox';
import { EmlFileMailer } from '../../src/registers/notifications/delivery/eml-file-mailer';
import { TEST_CURSOR_SECRET } from './test-app';
import type { TestApp } from './test-app';

export interface NotifierHarness {
  readonly notifier: AppNotifier;
  readonly mailer: EmlFileMailer;
  /** Every email written so far, parsed. */
  emails(): Promise<ReadEmail[]>;
}

/** An email as the parser read it (the fields the tests look at). */
export interface ReadEmail {
  readonly to: string | null;
  readonly from: string | null;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly headers: readonly { readonly key: string; readonly value: string }[];
}

async function readEmail(raw: Buffer): Promise<ReadEmail> {
  const parsed = await PostalMime.parse(raw);
  return {
    to: parsed.to?.[0]?.address ?? null,
    from: parsed.from?.address ?? null,
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: parsed.html ?? '',
    headers: parsed.headers.map(({ key, value }) => ({ key, value })),
  };
}

export async function createNotifierHarness(
  api: TestApp,
  options: Partial<AppNotifierOptions> = {},
): Promise<NotifierHarness> {
  const folder = await mkdtemp(join(tmpdir(), 'mash-mail-'));
  const mailer = new EmlFileMailer(folder);
  const notifier = createAppNotifier({
    dynamoClient: api.table.client,
    tableName: api.table.tableName,
    cursorSecret: TEST_CURSOR_SECRET,
    dynamoDbEndpoint: api.table.endpoint,
    mailer,
    allowLocalWebhookReceivers: true,
    ...options,
  });
  return {
    notifier,
    mailer,
    async emails() {
      const files = (await readdir(folder)).filter((name) => name.endsWith('.eml')).sort();
      return Promise.all(files.map(async (name) => readEmail(await readFile(join(folder, name)))));
    },
  };
}

export interface ReceivedHook {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A webhook receiver answering each request with `statusFor(n)` (n from 1), recording what it got. */
export async function startReceiver(
  statusFor: (n: number) => number,
): Promise<{ url: string; received: ReceivedHook[]; close(): Promise<void> }> {
  const received: ReceivedHook[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.statusCode = statusFor(received.length);
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/hooks`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Waits until `check` holds, polling; fails after `timeoutMs` (generous: the machine is shared). */
export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not done within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let counter = 0;
/** A message to build on: statutory unless `statutoryRule: null` is given. */
export function outboxMessage(overrides: Partial<OutboxMessage> = {}): OutboxMessage {
  counter++;
  return {
    id: `test-message-${Date.now()}-${counter}`,
    eventType: 'acv.entry.listed',
    councilCode: 'E07000078',
    statutoryRule: 'Localism Act 2011 s.91',
    step: 'Listed as an asset of community value',
    about: 'The Red Lion, 1 High Street',
    text: 'Dear owner,\n\nThe Red Lion was listed on 23 November 2026.\n\nYou may ask for a review within 8 weeks.',
    date: '2026-11-23',
    sender: 'Cheltenham Borough Council',
    recordUrl: null,
    recipients: [],
    webhookOrganisationIds: [],
    data: { entryId: 'entry-1', councilCode: 'E07000078' },
    createdAt: '2026-11-23T09:00:00.000Z',
    ...overrides,
  };
}
