import { describe, expect, it } from 'vitest';
import { renderNoticeEmail } from '../../../../src/registers/notifications/domain/notice-email';
import type { EmailedNotice } from '../../../../src/registers/notifications/domain/notice-email';

const listing: EmailedNotice = {
  step: 'Listed as an asset of community value',
  about: 'The Red Lion, 1 High Street, Cheltenham GL50 1AA',
  text:
    "Dear Red Lion Holdings Ltd,\n\nThe Red Lion has been entered in the council's list of assets of community " +
    'value on 2026-12-02. It stays listed until 2031-12-02. The owner may ask the council to review the listing ' +
    "by 2027-01-27.\n\nReasons: the pub is the village's only meeting place.",
  date: '2026-12-02',
  sender: 'Cheltenham Borough Council',
  statutoryRule: 'Localism Act 2011 s.91',
  unsubscribeUrl: null,
  recordUrl: 'https://register.example.gov.uk/acv/e-1',
};

/** The HTML's visible words, read with a deliberately simple tag stripper and entity decoder. */
const visibleText = (html: string) =>
  html
    .replace(/<title>.*?<\/title>/s, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

describe('a notice as an email', () => {
  it('names the step and the asset in the subject, and keeps every date of the notice in both bodies', () => {
    const email = renderNoticeEmail(listing);

    expect(email.subject).toBe(
      'Listed as an asset of community value: The Red Lion, 1 High Street, Cheltenham GL50 1AA',
    );
    for (const date of ['2026-12-02', '2031-12-02', '2027-01-27']) {
      expect(email.text).toContain(date);
      expect(visibleText(email.html)).toContain(date);
    }
  });

  it('says a statutory notice is given under its rule and cannot be opted out of, with no unsubscribe link', () => {
    const email = renderNoticeEmail(listing);

    expect(email.text).toContain('Given under: Localism Act 2011 s.91');
    expect(email.text).toMatch(/The law requires the council to give it/);
    expect(email.text).not.toMatch(/Stop these messages/);
    expect(email.html).not.toMatch(/Stop these messages/);
  });

  it('gives a message people may opt out of its unsubscribe link, and refuses one without it', () => {
    const reply: EmailedNotice = {
      ...listing,
      step: 'Your interest in a space was answered',
      statutoryRule: null,
      unsubscribeUrl: 'https://register.example.gov.uk/settings/unsubscribe?t=abc&kind=interest',
    };

    const email = renderNoticeEmail(reply);

    expect(email.text).toContain(
      'Stop these messages: https://register.example.gov.uk/settings/unsubscribe?t=abc&kind=interest',
    );
    expect(email.html).toContain(
      'href="https://register.example.gov.uk/settings/unsubscribe?t=abc&amp;kind=interest"',
    );
    expect(() => renderNoticeEmail({ ...reply, unsubscribeUrl: null })).toThrow(/unsubscribe link/);
  });

  it('escapes what the register holds, so a name cannot inject markup, and keeps the subject on one line', () => {
    const email = renderNoticeEmail({
      ...listing,
      about: 'The <script>alert(1)</script> "Arms"\r\nBcc: someone@example.org',
      text: 'Dear <b>owner</b> & co,\n\nIt is listed.',
    });

    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<b>owner</b>');
    expect(email.html).toContain('&lt;script&gt;');
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(visibleText(email.html)).toContain('Dear <b>owner</b> & co');
  });

  it('is readable HTML: a language, a title, one heading and a paragraph per paragraph of the notice', () => {
    const { html } = renderNoticeEmail(listing);

    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain('<title>Listed as an asset of community value: The Red Lion');
    expect(html.match(/<p>/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).not.toMatch(/<img|<table/);
  });
});
