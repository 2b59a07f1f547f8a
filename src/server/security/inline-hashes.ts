/**
 * Hashes of the inline <script> and <style> blocks in the page templates (addin/pages/*.html),
 * computed once at start from the files in the repository, never from a response: a block that
 * was not in a template (an injection) has no hash in the policy and stays blocked. Blocks that
 * contain a %PLACEHOLDER% are filled in per deployment, so they are never hashed; executable
 * scripts must not have one (data blocks, `type="application/json"`, are not scripts to CSP).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

/** An empty <style> element, which is how Fluent UI (Griffel) and FluentProvider add their rules:
 * they append an empty element and fill it through the CSSOM (`sheet.insertRule`), which CSP does
 * not govern. Allowing exactly the empty text lets them work while any <style> with content that
 * is not one of ours stays blocked. */
export const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

const BLOCK = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);
const PLACEHOLDER = /%[A-Z_]+%/;

/** CSP's hash source for a block's text as the browser sees it (the HTML parser turns CRLF into LF). */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;
}

/** An attribute's value ('' when present without one), or undefined when absent. */
function attribute(attrs: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|/|$)`, 'i').exec(attrs);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/** The inline blocks of one page template. */
export function inlineHashesOf(html: string): InlineHashes {
  const out: InlineHashes = { scripts: [], styles: [] };
  for (const [, tag, attrs = '', text = ''] of html.matchAll(BLOCK)) {
    if (PLACEHOLDER.test(text)) continue;
    if (tag!.toLowerCase() === 'style') {
      out.styles.push(hashSource(text));
      continue;
    }
    if (attribute(attrs, 'src') !== undefined) continue;
    const type = (attribute(attrs, 'type') ?? '').trim().toLowerCase();
    if (JS_TYPES.has(type) && text.trim()) out.scripts.push(hashSource(text));
  }
  return out;
}

/** Every page template's inline blocks, de-duplicated. */
export function readInlineHashes(pagesDir: string): InlineHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const file of readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort()) {
    const found = inlineHashesOf(readFileSync(join(pagesDir, file), 'utf8'));
    found.scripts.forEach((h) => scripts.add(h));
    found.styles.forEach((h) => styles.add(h));
  }
  return { scripts: [...scripts], styles: [...styles] };
}
