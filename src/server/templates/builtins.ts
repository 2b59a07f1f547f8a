/** The built-in templates shipped in assets/templates, validated like any admin's template. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Template } from '../../core/templates/schema.js';
import { validateTemplate } from '../../core/templates/validate.js';
import { PATHS } from '../paths.js';

export function loadBuiltinTemplates(dir = PATHS.builtinTemplates): Template[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return files.map((file) => {
    const path = join(dir, file);
    const result = validateTemplate(JSON.parse(readFileSync(path, 'utf8')));
    if (!result.ok) {
      throw new Error(`Built-in template ${path} is invalid:\n${result.problems.map((p) => `  - ${p.message['en-US']}`).join('\n')}`);
    }
    return result.template;
  });
}
