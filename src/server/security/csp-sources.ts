/**
 * CSP source expressions an admin may configure (FRAME_ANCESTORS): 'self', 'none', a scheme
 * (https:) or a host with an optional scheme, `*.` wildcard and port. Nothing that could end the
 * directive or add another one (no `;`, `,` or other quoted keywords).
 */

/** The Office hosts whose pages frame the task pane on the web; desktop Office is not a frame ancestor. */
export const OFFICE_WEB_FRAME_ANCESTORS = [
  "'self'",
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.officeapps.live.com',
  // Office on the web is moving to cloud.microsoft.
  'https://*.cloud.microsoft',
  'https://*.sharepoint.com',
  'https://outlook.office.com',
  'https://outlook.live.com',
] as const;

const HOST_SOURCE = /^(https?:\/\/)?(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:(\d{1,5}|\*))?$/;
const SCHEME_SOURCE = /^https?:$/;

export function isFrameAncestorSource(source: string): boolean {
  return source === "'self'" || source === "'none'" || SCHEME_SOURCE.test(source) || HOST_SOURCE.test(source);
}

/** Splits a setting on commas and white space; lower-cased, as hosts and keywords are case-insensitive. */
export function splitSources(value: string | string[]): string[] {
  const parts = Array.isArray(value) ? value : [value];
  return parts
    .flatMap((p) => p.split(/[\s,]+/))
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

/** Why a list of sources is not usable, or undefined when it is. */
export function frameAncestorsProblem(sources: string[]): string | undefined {
  if (sources.length === 0) return "name at least one source, or 'none'";
  const bad = sources.filter((s) => !isFrameAncestorSource(s));
  if (bad.length) return `not a frame-ancestors source: ${bad.join(' ')} (use 'self', 'none', https://host or https://*.domain)`;
  if (sources.includes("'none'") && sources.length > 1) return "'none' cannot be combined with other sources";
  return undefined;
}
