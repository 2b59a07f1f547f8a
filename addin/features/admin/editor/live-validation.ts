/**
 * Live validation: core's own validateTemplate (the one the gateway runs on save) in the
 * browser, debounced while the admin types, with each problem placed at its input.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../../../src/core/i18n/locale.js';
import type { Problem } from '../../../../src/core/errors/codes.js';
import type { Template } from '../../../../src/core/templates/schema.js';
import { validateTemplate, type TemplateValidation } from '../../../../src/core/templates/validate.js';
import { editorAnchors, placeProblems, type PlacedProblems } from './problem-placement.js';
import type { DraftTemplate } from './template-draft.js';

export function templateProblems(draft: DraftTemplate): Problem[] {
  const result = validateTemplate(draft);
  return result.ok ? [] : result.problems;
}

/** What the editor shows for a draft: every problem, placed, in the user's language. */
export function liveProblems(draft: DraftTemplate, locale: Locale): PlacedProblems {
  return placeProblems(templateProblems(draft), editorAnchors(draft), locale);
}

export interface LiveValidation {
  placed: PlacedProblems;
  /** The checked draft as core parsed it (defaults applied), when it has no problem. */
  template: Template | undefined;
  /** The draft changed and has not been checked yet. */
  pending: boolean;
}

/** Checks the draft `delayMs` after the last change; switching language re-places at once. */
export function useLiveValidation(draft: DraftTemplate, locale: Locale, delayMs = 300): LiveValidation {
  const [checked, setChecked] = useState<{ draft: DraftTemplate; result: TemplateValidation }>(() => ({ draft, result: validateTemplate(draft) }));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (checked.draft === draft) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setChecked({ draft, result: validateTemplate(draft) }), delayMs);
    return () => clearTimeout(timer.current);
  }, [draft, delayMs, checked.draft]);

  const placed = useMemo(
    () => placeProblems(checked.result.ok ? [] : checked.result.problems, editorAnchors(checked.draft), locale),
    [checked, locale],
  );
  return { placed, template: checked.result.ok ? checked.result.template : undefined, pending: checked.draft !== draft };
}
