/**
 * Fencing of untrusted text (form values, document and mail context, selections). A fence is
 *
 *   ⟪data id=8f3c… label="Customer mail"⟫
 *   …text…
 *   ⟪/data id=8f3c…⟫
 *
 * with a random id per request. The fence brackets ⟪ ⟫ and the inline value marks ⟦ ⟧ are
 * removed from the text and so is the id, so nothing inside can close the fence early or pose
 * as a marker the system prompt talks about.
 */

/** Inline marks around a user-supplied value inside the admin's prompt. */
export const VALUE_OPEN = '⟦';
export const VALUE_CLOSE = '⟧';
const FENCE_OPEN = '⟪';
const FENCE_CLOSE = '⟫';
const MARKS = /[⟦⟧⟪⟫]/g;

/** A fresh boundary id: 16 hex digits from the platform's CSPRNG (browser and Node alike). */
export function createFenceId(nonce?: string): string {
  if (nonce !== undefined) {
    if (!/^[A-Za-z0-9]{8,64}$/.test(nonce)) throw new Error('fence nonce must be 8–64 letters or digits');
    return nonce;
  }
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Makes text safe to place inside a fence or an inline mark: drops the marker characters and
 * any occurrence of the fence id (case-insensitive), so nothing can imitate a real boundary.
 */
export function neutralise(text: string, id?: string): string {
  let out = text.replace(MARKS, '');
  // The id is new per request, so a compiled pattern is never reused: look before compiling.
  if (id && out.toLowerCase().includes(id.toLowerCase())) out = out.replace(new RegExp(escapeRegExp(id), 'gi'), '▒');
  return out;
}

/** Labels are short, single-line and quoted in the opening marker. */
function cleanLabel(label: string, id: string): string {
  return neutralise(label, id).replace(/["\r\n\t]+/g, ' ').trim().slice(0, 120) || 'data';
}

export function fenceOpen(id: string, label: string): string {
  return `${FENCE_OPEN}data id=${id} label="${cleanLabel(label, id)}"${FENCE_CLOSE}`;
}

export function fenceClose(id: string): string {
  return `${FENCE_OPEN}/data id=${id}${FENCE_CLOSE}`;
}

/** Wraps untrusted text as labelled data. */
export function fence(id: string, label: string, text: string): string {
  const body = neutralise(text.replace(/\r\n?/g, '\n'), id);
  return `${fenceOpen(id, label)}\n${body}\n${fenceClose(id)}`;
}

/** Marks one value inline (⟦…⟧) for use inside trusted text; empty values stay empty. */
export function markValue(text: string, id?: string): string {
  const clean = neutralise(text, id);
  return clean ? `${VALUE_OPEN}${clean}${VALUE_CLOSE}` : '';
}
