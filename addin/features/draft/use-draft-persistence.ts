/**
 * Keeps a template's form values, options and unfinished suggestion in localStorage as they
 * change, so a regeneration, a failure or a pane reload loses nothing. Suggestion writes are
 * throttled while text streams in.
 */
import { useEffect, useRef } from 'react';
import { appStore } from '../../state/app-store.js';
import { draftStore, type DraftOptions, type FormValues } from '../../state/draft-store.js';
import { toSaved, type SuggestionState } from '../../state/suggestion.js';

export function useDraftPersistence(templateId: string, values: FormValues | undefined, options: DraftOptions, suggestion: SuggestionState): void {
  const store = appStore();

  useEffect(() => {
    if (values) draftStore.saveValues(store, templateId, values);
  }, [store, templateId, values]);

  useEffect(() => {
    draftStore.saveOptions(store, templateId, options);
  }, [store, templateId, options]);

  const latest = useRef(suggestion);
  latest.current = suggestion;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    const save = () => {
      timer.current = undefined;
      draftStore.saveSuggestion(store, templateId, toSaved(latest.current));
    };
    if (suggestion.phase !== 'running') {
      clearTimeout(timer.current);
      save();
    } else if (timer.current === undefined) {
      timer.current = setTimeout(save, 400); // at most every 400 ms while streaming
    }
  }, [store, templateId, suggestion]);
  useEffect(() => () => clearTimeout(timer.current), []);

  // A reload mid-stream should still find what arrived.
  useEffect(() => {
    const flush = () => draftStore.saveSuggestion(store, templateId, toSaved(latest.current));
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [store, templateId]);
}
