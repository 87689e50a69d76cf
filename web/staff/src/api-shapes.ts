/*
 * The staff API's shapes as the console reads them (domain/staff/staff-api-schemas.ts defines them;
 * these follow it until the console imports its types directly).
 */

export type CaseStatus =
  | 'awaiting_verification'
  | 'received'
  | 'assigned'
  | 'waiting_for_requester'
  | 'closed';

export interface CaseListQuery {
  mine?: boolean;
  team?: string;
  status?: CaseStatus;
  type?: string;
  country?: string;
  dueWithinDays?: number;
  overdue?: boolean;
  extended?: boolean;
  limit?: number;
  cursor?: string;
}

export interface CaseSummary {
  reference: string;
  type: string;
  status: CaseStatus;
  outcome?: string;
  teamId: string;
  assigneeId?: string;
  country: string;
  channel: string;
  receivedAt: string;
  dueAt: string;
  dueDate: string;
  targetAt: string;
  targetDate: string;
  extendedMonths: number;
  paused: boolean;
  firstResponseAt?: string;
  closedAt?: string;
  access: 'act' | 'read';
}

export interface CaseDetail extends CaseSummary {
  language: string;
  relationship: string;
  service?: string;
  controllerIsCustomer: boolean;
  verifiedAt?: string;
  requester: { name: string; email: string; phone?: string; company?: string; message: string };
  deadline: {
    legalLimit: { dueAt: string; dueDate: string };
    target: { targetAt: string; targetDate: string };
    clockStartedAt: string;
    firstResponseDueAt?: string;
    extension: { months: number; firstMonthEndsAt: string };
    pausedAt?: string;
    pauses: { from: string; to: string }[];
    country: string;
    timeZone: string;
  };
  thread: {
    messageId: string;
    at: string;
    direction: 'to_requester' | 'from_requester' | 'to_staff' | 'from_staff' | 'internal';
    participant: string;
    template?: string;
    delivery?: string;
    unauthenticated?: boolean;
    subject: string;
    text: string;
    attachments?: { filename: string; contentType: string; size: number; refused?: string }[];
  }[];
  audit: { at: string; action: string; actor: string; detail?: Record<string, string | number | boolean> }[];
}

type Message = { message?: string };
export type CaseAction =
  | { action: 'reply'; text: string }
  | { action: 'note'; text: string }
  | ({ action: 'assign'; memberId: string } & Message)
  | ({ action: 'change_type'; type: string } & Message)
  | ({ action: 'extend'; months: 1 | 2; reason: string } & Message)
  | ({ action: 'pause'; reason: string } & Message)
  | ({ action: 'resume' } & Message)
  | ({ action: 'close'; outcome: string; reason?: string } & Message)
  | ({ action: 'refuse'; reason: string } & Message);
