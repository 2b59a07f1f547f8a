/**
 * POST /api/official/docx: an OfficialDocument in, its .docx out. The pane opens it as a new
 * Word document, inserts it at the cursor, or offers it as a download where Word is not there.
 */
import { authHeaders } from './credentials.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import type { OfficialDocument } from '../../src/core/officialdoc/document.js';
import { CLIENT_CODES, GatewayError, errorFromResponse, isAbort } from './errors.js';

export async function fetchOfficialDocx(document: OfficialDocument, locale: Locale, signal?: AbortSignal): Promise<Blob> {
  let res: Response;
  try {
    res = await fetch('/api/official/docx', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': locale, ...authHeaders() },
      body: JSON.stringify({ ...document, locale }),
      signal,
    });
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new GatewayError(CLIENT_CODES.gatewayUnreachable, (err as Error).message);
  }
  if (!res.ok) throw await errorFromResponse(res);
  return res.blob();
}

/** The bytes as base64, for Word's createDocument and insertFileFromBase64. */
export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole file's bytes as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A file name from the title: no path separators, control or reserved characters, at most 80 characters. */
export function docxFileName(title: string): string {
  const stem = title
    .replace(/[/\\:*?"<>|]+/g, '')
    .replace(/\p{Cc}+/gu, '')
    .replace(/\s+/g, '')
    .slice(0, 80);
  return `${stem || 'official-document'}.docx`;
}
