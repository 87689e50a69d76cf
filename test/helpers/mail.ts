import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import {
  REPLY_TOKEN_KEY_PURPOSE,
  type ReplyRole,
  replyAddress,
  signReplyToken,
} from '../../domain/reply-token.ts';
import type { Verdicts } from '../../local/mail-drop.ts';
import type { TestDesk } from './test-desk.ts';

/** The placeholder case address and reference of the fixtures in test/fixtures/mail (see its README). */
export const PLACEHOLDER_ADDRESS = 'case+abcdefghijklmnop@replies.example.org';
export const PLACEHOLDER_REFERENCE = 'PD-7K3M-Q9XA';
export const INBOUND_DOMAIN = 'replies.example.org';

/** A fixture as text (the fixtures are 7-bit ASCII with CRLF line ends). */
export function mailFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/mail/${name}`, import.meta.url), 'latin1');
}

export interface MailRewrite {
  /** Replaces the placeholder case address everywhere (headers and quoted text). */
  readonly caseAddress?: string;
  /** The address of the From field (the display name is kept). */
  readonly from?: string;
  /** A fresh Message-ID unless given; `keep` keeps the fixture's. */
  readonly messageId?: string | 'keep';
  readonly inReplyTo?: string;
  /** Replaces the placeholder reference everywhere (the subject included). */
  readonly reference?: string;
}

/**
 * A fixture made to fit a real case before delivery: the real signed case address, the participant's
 * real address as sender, and a Message-ID of its own (so that fixtures can be delivered more than once
 * in one test file without being taken for duplicates).
 */
export function rewriteMail(raw: string, rewrite: MailRewrite): string {
  const split = raw.search(/\r?\n\r?\n/);
  let head = raw.slice(0, split);
  let body = raw.slice(split);
  const everywhere = (text: string, from: string, to: string) =>
    text.replace(new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), to);
  if (rewrite.caseAddress) {
    head = everywhere(head, PLACEHOLDER_ADDRESS, rewrite.caseAddress);
    body = everywhere(body, PLACEHOLDER_ADDRESS, rewrite.caseAddress);
  }
  if (rewrite.reference) {
    head = everywhere(head, PLACEHOLDER_REFERENCE, rewrite.reference);
    body = everywhere(body, PLACEHOLDER_REFERENCE, rewrite.reference);
  }
  if (rewrite.from) {
    const address = rewrite.from;
    head = head.replace(/^From:(.*)$/im, (_line, value: string) =>
      value.includes('<') ? `From:${value.replace(/<[^<>]*>/, `<${address}>`)}` : `From: ${address}`,
    );
    head = head.replace(/^Return-Path:.*$/im, `Return-Path: <${address}>`);
  }
  if (rewrite.messageId !== 'keep') {
    const id = rewrite.messageId ?? `<${randomUUID()}@mail.example.test>`;
    head = /^Message-ID:/im.test(head)
      ? head.replace(/^Message-ID:.*$/im, `Message-ID: ${id}`)
      : `${head}\r\nMessage-ID: ${id}`;
  }
  if (rewrite.inReplyTo) {
    head = head.replace(/^In-Reply-To:.*$/im, `In-Reply-To: ${rewrite.inReplyTo}`);
  }
  return `${head}${body}`;
}

/** A plain-text message with its body replaced (line ends made CRLF). */
export function withBody(raw: string, body: string): string {
  const split = raw.search(/\r\n\r\n/);
  return `${raw.slice(0, split)}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}\r\n`;
}

/** A staff member's plain reply from their own address to their case address, with this body. */
export async function staffReplyMail(
  caseId: string,
  member: { readonly email: string },
  body: string,
): Promise<string> {
  return withBody(
    rewriteMail(mailFixture('representative-plain-reply.eml'), {
      caseAddress: await caseAddressFor(caseId, 'assignee', member.email),
      from: member.email,
    }),
    body,
  );
}

/** The case address a participant replies to: signed for this case, role and address. */
export async function caseAddressFor(caseId: string, role: ReplyRole, address: string): Promise<string> {
  const { hasher } = await keysFromEnv();
  return replyAddress(
    signReplyToken(hasher.subKey(REPLY_TOKEN_KEY_PURPOSE), { caseId, role, address }),
    INBOUND_DOMAIN,
  );
}

export interface MailDropAnswer {
  readonly sesMessageId: string;
  readonly result: {
    readonly disposition: string;
    readonly outcome: { kind: string; reason?: string; caseId?: string; direction?: string; errors?: number };
  };
}

/**
 * Delivers a raw message through the local mail drop, as `npm run mail:deliver` does; `verdicts`
 * override what the message's own SES headers say (`--dmarc gray`).
 */
export async function deliverMail(
  desk: Pick<TestDesk, 'api'>,
  raw: string,
  recipients: readonly string[] = [],
  verdicts: Verdicts = {},
): Promise<MailDropAnswer> {
  const url = new URL(`${desk.api}/local/mail`);
  for (const recipient of recipients) url.searchParams.append('rcpt', recipient);
  for (const [name, status] of Object.entries(verdicts)) url.searchParams.set(name, status);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'message/rfc822' },
    body: Buffer.from(raw, 'latin1'),
  });
  if (response.status !== 202)
    throw new Error(`mail drop answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as MailDropAnswer;
}
