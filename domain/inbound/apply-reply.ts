import { canMove, requesterReplied } from '../case-lifecycle.ts';
import { memberById } from '../config/member-lookups.ts';
import {
  attachmentCounts,
  attachmentSecret,
  changeOf,
  contentOf,
  MAX_REPLY_TEXT_CHARS,
  type PlannedAudit,
  type ReplyInput,
  type ReplyPlan,
} from './reply-plan.ts';
import { planStaffReply } from './staff-reply.ts';

/*
 * What an admitted reply does to its case: a plan, decided purely from the case, the sender and the
 * reply's new text. The handler seals, writes and sends it.
 *
 * From the requester: the text is filed (from_requester) and forwarded to the assigned representative
 * (to the team manager while nobody is assigned); a case waiting for the requester is `assigned` again.
 * Lines starting with # are just text.
 *
 * From staff (the assignee, the team manager, the DPO): commands at the top of the reply are applied
 * and never forwarded; the rest is filed (from_staff) and forwarded to the requester from the desk's
 * address. The requester gets one email per reply: the notice of a command that concerns them
 * (#refuse: Art. 12(4); #close; #extend: Art. 12(3)) with the staff text below it, or else the staff
 * text alone. A plain answer puts an open case in `waiting_for_requester` (the default after a staff
 * answer: the next move is the requester's); a notice leaves the status to its command. The first
 * email to the requester written by staff records `firstResponseAt`.
 * Any command that cannot be applied (unknown, malformed, not allowed on this case, a deadline rule)
 * rejects the whole reply: nothing changes, nothing is forwarded, and the sender gets the errors back.
 *
 * Commands run only from a staff reply token: the case address the desk gave that person for that
 * case, which only their own authenticated mail can use. Staff mail matched by its In-Reply-To or
 * subject reference may file text, never command: when it has commands, the text is filed in the
 * thread (not forwarded: it was written to go with them) and the sender is told to reply to the
 * desk's own email instead.
 *
 * Requester mail DMARC did not authenticate (authorize-sender.ts) is filed marked `unauthenticated`
 * and forwarded with a warning: whoever wrote it used her case address, but From is only a claim.
 */

const TRUNCATION_MARK = '\n\n[... the rest of this message was too long and has been cut]';

export function planReply(input: ReplyInput): ReplyPlan {
  const text = truncate(input.text);
  return input.participant.kind === 'requester'
    ? planRequesterReply({ ...input, text })
    : planStaffReply({ ...input, text }, input.participant);
}

function planRequesterReply(input: ReplyInput): ReplyPlan {
  const { record, config } = input;
  if (input.text === '' && input.attachments.length === 0) return { kind: 'empty' };
  const assignee = record.assigneeId ? memberById(config, record.assigneeId) : undefined;
  const forward = assignee
    ? {
        recipient: { role: 'member', memberId: assignee.id } as const,
        replyAs: 'assignee' as const,
        to: 'assignee',
      }
    : {
        recipient: { role: 'manager', teamId: record.teamId } as const,
        replyAs: 'manager' as const,
        to: 'manager',
      };
  // An unauthenticated reply still hands the case back to staff: that only asks them to look.
  const transition = canMove('requesterReplied', record.status) ? requesterReplied(record) : undefined;
  const unauthenticated = !input.authenticated;
  const audit: PlannedAudit[] = [
    {
      action: 'mail.filed',
      detail: {
        direction: 'from_requester',
        identifiedBy: input.identifiedBy,
        ...attachmentCounts(input),
        copied: input.copied,
        forwardedTo: forward.to,
        ...(unauthenticated ? { authenticated: false, dmarc: input.dmarcVerdict } : {}),
      },
    },
  ];
  if (transition) {
    audit.push({ action: 'case.status_changed', detail: { from: record.status, to: transition.to } });
  }
  return {
    kind: 'apply',
    actor: 'requester',
    ...(transition ? { change: changeOf(record, transition) } : {}),
    thread: [
      {
        direction: 'from_requester',
        participant: 'requester',
        content: contentOf(input.subject, input.text, input.attachments),
        ...(unauthenticated ? { unauthenticated: true as const } : {}),
      },
    ],
    notifications: [
      {
        template: 'requester-reply',
        recipient: forward.recipient,
        replyAs: forward.replyAs,
        ...(unauthenticated ? { params: { unauthenticated: true, dmarc: input.dmarcVerdict } } : {}),
        secrets: { requesterText: input.text, ...attachmentSecret(input.attachments) },
      },
    ],
    audit,
    loadMoves: [],
  };
}

function truncate(text: string): string {
  return text.length > MAX_REPLY_TEXT_CHARS
    ? `${text.slice(0, MAX_REPLY_TEXT_CHARS)}${TRUNCATION_MARK}`
    : text;
}
