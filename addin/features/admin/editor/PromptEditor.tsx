/**
 * The prompt, in the sandboxed template language. Typing `{{` (or `{% if `, `{% for x in `)
 * opens a list of the declared field keys at the caret: arrows move, Enter or Tab inserts,
 * Escape closes. The live validation's messages for the prompt appear under it.
 */
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { localize } from '../../../../src/core/i18n/locale.js';
import { BUILTIN_VARIABLES } from '../../../../src/core/templates/sandbox.js';
import { useLocale } from '../../../app/locale-context.js';
import { caretPoint, type CaretPoint } from './caret-position.js';
import { applyCompletion, completionAt } from './prompt-complete.js';
import { EditorField } from './problems-context.js';
import type { DraftTemplate } from './template-draft.js';

const useStyles = makeStyles({
  wrap: { position: 'relative', minWidth: 0, display: 'flex', flexDirection: 'column' },
  root: { width: '100%' },
  area: { minHeight: '200px', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300 },
  list: {
    position: 'absolute',
    zIndex: 2,
    margin: 0,
    padding: tokens.spacingVerticalXXS,
    listStyleType: 'none',
    minWidth: '180px',
    maxWidth: 'min(320px, 100%)',
    maxHeight: '220px',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
  },
  option: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected, outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  name: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  desc: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface PromptEditorProps {
  draft: DraftTemplate;
  onChange(prompt: string): void;
}

export function PromptEditor({ draft, onChange }: PromptEditorProps) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const listId = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | undefined>(undefined);
  const [caret, setCaret] = useState<number | undefined>();
  const [closed, setClosed] = useState(false);
  const [active, setActive] = useState(0);
  const [point, setPoint] = useState<CaretPoint | undefined>();
  const prompt = draft.prompt ?? '';

  // Declared fields first (with their label), then the built-ins.
  const described = useMemo(() => {
    const map = new Map<string, string>();
    for (const f of draft.fields) if (f.key && !map.has(f.key)) map.set(f.key, localize(f.label, locale) || t(`admin.fieldType.${f.type}`));
    for (const b of BUILTIN_VARIABLES) if (!map.has(b)) map.set(b, t(`admin.prompt.builtin.${b}`));
    return map;
  }, [draft.fields, locale, t]);

  const completion = caret === undefined || closed ? undefined : completionAt(prompt, caret, [...described.keys()]);
  const index = completion ? Math.min(active, completion.items.length - 1) : 0;

  // Put the caret where an insertion left it, and place the list at the caret.
  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    if (pendingCaret.current !== undefined) {
      el.setSelectionRange(pendingCaret.current, pendingCaret.current);
      pendingCaret.current = undefined;
    }
    setPoint(completion ? caretPoint(el, completion.from) : undefined);
  }, [prompt, caret, !!completion]);

  const track = () => {
    const el = area.current;
    if (el) setCaret(el.selectionStart === el.selectionEnd ? el.selectionStart : undefined);
  };

  const choose = (name: string) => {
    if (!completion) return;
    const next = applyCompletion(prompt, completion, name);
    pendingCaret.current = next.caret;
    setCaret(next.caret);
    onChange(next.text);
    area.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!completion) return;
    const n = completion.items.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((index + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if ((e.key === 'Enter' || e.key === 'Tab') && !e.shiftKey) {
      e.preventDefault();
      choose(completion.items[index]!);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setClosed(true);
    }
  };

  const optionId = (i: number) => `${listId}-${i}`;
  const wrapWidth = area.current?.clientWidth ?? 320;
  const top = point ? point.top + point.lineHeight + 4 : 0;
  const left = point ? Math.max(0, Math.min(point.left, wrapWidth - 200)) : 0;

  return (
    <EditorField anchor="prompt" label={t('admin.editor.prompt')} hint={t('admin.prompt.hint')} required>
      <div className={styles.wrap}>
        <Textarea
          ref={area}
          className={styles.root}
          value={prompt}
          resize="vertical"
          textarea={{ className: styles.area, spellCheck: false }}
          data-testid="editor-prompt"
          aria-autocomplete="list"
          aria-controls={completion ? listId : undefined}
          aria-activedescendant={completion ? optionId(index) : undefined}
          onChange={(e, d) => {
            onChange(d.value);
            const target = e.target as HTMLTextAreaElement;
            setCaret(target.selectionStart);
            setClosed(false);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onKeyUp={(e) => {
            if (!['ArrowDown', 'ArrowUp', 'Enter', 'Tab', 'Escape'].includes(e.key) || !completion) track();
          }}
          onClick={track}
          onBlur={() => setCaret(undefined)}
        />
        {completion && (
          <ul id={listId} role="listbox" aria-label={t('admin.prompt.suggestions')} className={styles.list} style={{ top, left }} data-testid="prompt-suggestions">
            {completion.items.map((name, i) => (
              <li
                key={name}
                id={optionId(i)}
                role="option"
                aria-selected={i === index}
                className={mergeClasses(styles.option, i === index && styles.active)}
                data-testid={`prompt-suggestion-${name}`}
                // mousedown would blur the textarea and close the list before the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(name)}
              >
                <span className={styles.name}>{name}</span>
                <span className={styles.desc}>{described.get(name)}</span>
              </li>
            ))}
          </ul>
        )}
        <span className={styles.srOnly} aria-live="polite">
          {completion ? t('admin.prompt.suggestionCount', { count: completion.items.length }) : ''}
        </span>
      </div>
    </EditorField>
  );
}
