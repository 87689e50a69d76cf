import type { StaffProfile } from '../../../domain/staff/staff-profile.ts';
import type { CaseAction, CaseDetail, CaseListQuery, CaseSummary, SummaryReport } from './api-shapes.ts';

export type { CaseAction, CaseDetail, CaseSummary, StaffProfile };

/** A field and why it was refused, as every 4xx of the desk lists them. */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
  }
}

export interface CaseList {
  readonly cases: CaseSummary[];
  readonly next?: string;
}

export type ListFilters = Partial<Omit<CaseListQuery, 'cursor' | 'limit'>>;

export interface ActionResult {
  readonly reference: string;
  readonly action: string;
  readonly duplicate?: boolean;
  readonly notifications: number;
  readonly case: CaseSummary;
}

export interface NoticePreview {
  readonly language: string;
  readonly notices: readonly { readonly subject: string; readonly text: string }[];
}

/*
 * The staff API, with the token held here, in this module's memory, and nowhere else: not in
 * localStorage, sessionStorage or a cookie. Reloading the page signs the person out.
 */
export class StaffApi {
  constructor(
    private readonly base: string,
    private readonly token: string,
  ) {}

  private async request(path: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(`${this.base}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${this.token}`, ...(init.headers ?? {}) },
      credentials: 'omit',
      cache: 'no-store',
    });
    if (!response.ok) {
      let message = `${response.status} ${response.statusText}`;
      let issues: FieldIssue[] = [];
      try {
        const body = (await response.json()) as {
          message?: string;
          errors?: FieldIssue[];
          issues?: FieldIssue[];
        };
        message = body.message ?? message;
        issues = body.errors ?? body.issues ?? [];
      } catch {
        // Not JSON: keep the status line.
      }
      throw new ApiError(response.status, message, issues);
    }
    return response;
  }

  private async json<T>(path: string, init: RequestInit = {}): Promise<T> {
    return (await (await this.request(path, init)).json()) as T;
  }

  me(): Promise<StaffProfile> {
    return this.json('/staff/me');
  }

  listCases(filters: ListFilters, cursor?: string, limit = 100): Promise<CaseList> {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) {
      if (value !== undefined && value !== '') query.set(key, String(value));
    }
    query.set('limit', String(limit));
    if (cursor) query.set('cursor', cursor);
    return this.json(`/staff/cases?${query}`);
  }

  /** Every page of a list (for the charts and the team load, which count a whole team). */
  async listAll(filters: ListFilters, maxPages = 20): Promise<CaseSummary[]> {
    const cases: CaseSummary[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < maxPages; page++) {
      const list = await this.listCases(filters, cursor);
      cases.push(...list.cases);
      if (!list.next) break;
      cursor = list.next;
    }
    return cases;
  }

  getCase(reference: string, purpose: string): Promise<CaseDetail> {
    return this.json(`/staff/cases/${encodeURIComponent(reference)}?purpose=${encodeURIComponent(purpose)}`);
  }

  act(reference: string, action: CaseAction, idempotencyKey: string): Promise<ActionResult> {
    return this.json(`/staff/cases/${encodeURIComponent(reference)}/actions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
      body: JSON.stringify(action),
    });
  }

  previewNotice(reference: string, action: CaseAction): Promise<NoticePreview> {
    return this.json(`/staff/cases/${encodeURIComponent(reference)}/actions/preview`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(action),
    });
  }

  summary(from: string, to: string): Promise<SummaryReport> {
    return this.json(`/staff/reports/summary?from=${from}&to=${to}`);
  }

  async summaryCsv(from: string, to: string): Promise<Blob> {
    const response = await this.request(`/staff/reports/summary?from=${from}&to=${to}`, {
      headers: { accept: 'text/csv' },
    });
    return response.blob();
  }
}
