/**
 * Audit vocabulary shared by the gateway and the pane: where a generation ran, and what the
 * user did with a suggestion afterwards (POST /api/events).
 */

/** Where the pane ran; `preview` is the stand-in page, `browser` a pane outside Office. */
export const AUDIT_HOSTS = ['word', 'outlook', 'preview', 'browser'] as const;
export type AuditHost = (typeof AUDIT_HOSTS)[number];

/** The `action` of an admin's test generation from the console: audited, but not usage. */
export const ADMIN_TEST_ACTION = 'admin-test';

export const FEEDBACK_ACTIONS = ['accepted', 'discarded'] as const;
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number];

/** Body of POST /api/events. */
export interface FeedbackEvent {
  /** From the `meta` event of the stream that produced the suggestion. */
  generationId: string;
  /** Which candidate (0–2) the user accepted or was looking at when discarding. */
  candidate: number;
  action: FeedbackAction;
  /** Milliseconds between the candidate's `done` and the click, when the pane saw both. */
  msSinceDone?: number;
}
