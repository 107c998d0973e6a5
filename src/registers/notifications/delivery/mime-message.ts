/**
 * An email as an RFC 5322 message with a MIME multipart/alternative body (RFC 2045-2047): the plain text
 * first, then the HTML, both UTF-8 in quoted-printable (readable in the raw file, safe on 7-bit paths, no line
 * over 76 characters). Header values are folded and, when not ASCII, encoded words. The local mail sink
 * writes these as `.eml` files any mail client opens.
 */
import { createHash } from 'node:crypto';
import type { OutgoingMail } from '../domain/notifications-port';

/** The message, CRLF line ends, with `messageId` (`<...@...>`) and `date`. */
export function formatMimeMessage(mail: OutgoingMail, messageId: string, date: Date): string {
  const boundary = `=_mash_${createHash('sha256').update(mail.idempotencyKey).digest('hex').slice(0, 24)}`;
  const headers: [string, string][] = [
    ['From', mail.from],
    ['To', mail.to],
    ['Subject', encodeHeaderValue(mail.subject)],
    ['Date', date.toUTCString().replace('GMT', '+0000')],
    ['Message-ID', messageId],
    ['MIME-Version', '1.0'],
    ...Object.entries(mail.headers).map(([name, value]): [string, string] => [name, value]),
    ...Object.entries(mail.tags).map(([name, value]): [string, string] => [`X-Mash-Tag-${name}`, value]),
    ['X-Mash-Idempotency-Key', mail.idempotencyKey],
    ['Content-Type', `multipart/alternative; boundary="${boundary}"`],
  ];
  const part = (type: string, body: string) => [
    `--${boundary}`,
    `Content-Type: ${type}; charset=utf-8`,
    'Content-Transfer-Encoding: quoted-printable',
    '',
    encodeQuotedPrintable(body),
  ];
  return [
    ...headers.map(([name, value]) => foldHeader(`${name}: ${value}`)),
    '',
    'This is a multipart message in MIME format.',
    ...part('text/plain', mail.text),
    ...part('text/html', mail.html),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** A header value as is when printable ASCII, else one or more RFC 2047 encoded words (base64, UTF-8). */
export function encodeHeaderValue(value: string): string {
  const oneLine = value.replace(/[\r\n]+/g, ' ');
  if (/^[\x20-\x7e]*$/.test(oneLine)) return oneLine;
  const words: string[] = [];
  let chunk = '';
  for (const char of oneLine) {
    // An encoded word is at most 75 characters: 45 bytes of UTF-8 make 60 of base64 plus the 12 around it.
    if (Buffer.byteLength(chunk + char) > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word).toString('base64')}?=`).join(' ');
}

// Long header lines are folded at a space before 78 characters (RFC 5322 2.2.3).
function foldHeader(line: string): string {
  if (line.length <= 78) return line;
  const parts: string[] = [];
  let rest = line;
  while (rest.length > 78) {
    const at = rest.lastIndexOf(' ', 78);
    if (at <= 0) break;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  parts.push(rest);
  return parts.join('\r\n');
}

/** Quoted-printable (RFC 2045 6.7) of UTF-8 text: CRLF line ends, soft breaks keeping lines to 76. */
export function encodeQuotedPrintable(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      let encoded = '';
      const bytes = Buffer.from(line, 'utf8');
      bytes.forEach((byte, index) => {
        const last = index === bytes.length - 1;
        const literal = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
        encoded += literal
          ? String.fromCharCode(byte)
          : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      });
      const lines: string[] = [];
      while (encoded.length > 76) {
        // Break before 76 without splitting an =XX escape.
        let at = 75;
        const escape = encoded.lastIndexOf('=', at);
        if (escape > at - 3) at = escape;
        lines.push(`${encoded.slice(0, at)}=`);
        encoded = encoded.slice(at);
      }
      lines.push(encoded);
      return lines.join('\r\n');
    })
    .join('\r\n');
}
