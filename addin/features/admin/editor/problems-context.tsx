/**
 * The placed problems reach every input through context, so an input only names its anchor.
 * EditorField is a Fluent Field that shows that anchor's messages, one line per problem.
 */
import { createContext, useContext, useId, type ReactElement, type ReactNode } from 'react';
import { Field, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { NO_PROBLEMS, countWithin, messagesAt, type PlacedProblems } from './problem-placement.js';

const ProblemsContext = createContext<PlacedProblems>(NO_PROBLEMS);

export const ProblemsProvider = ProblemsContext.Provider;

export function useProblems(): PlacedProblems {
  return useContext(ProblemsContext);
}

export function useMessages(anchor: string): string[] {
  return messagesAt(useProblems(), anchor);
}

export function useProblemCount(anchor: string): number {
  return countWithin(useProblems(), anchor);
}

const useStyles = makeStyles({
  // Fluent's inputs size themselves to ~20 characters; in a narrow grid column they must shrink instead.
  field: { minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)', '& > *': { minWidth: 0 } },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column' },
});

/** One or more messages as the Field's validation message. */
export function MessageList({ messages }: { messages: string[] }): ReactNode {
  const styles = useStyles();
  if (messages.length === 0) return undefined;
  if (messages.length === 1) return messages[0];
  return (
    <ul className={styles.list}>
      {messages.map((m, i) => (
        <li key={i}>{m}</li>
      ))}
    </ul>
  );
}

export interface EditorFieldProps {
  anchor: string;
  label: string;
  hint?: string;
  required?: boolean;
  className?: string;
  children: ReactElement;
}

export function EditorField({ anchor, label, hint, required, className, children }: EditorFieldProps) {
  const styles = useStyles();
  const messages = useMessages(anchor);
  return (
    <Field
      className={mergeClasses(styles.field, className)}
      label={label}
      hint={hint}
      required={required}
      validationState={messages.length ? 'error' : 'none'}
      validationMessage={messages.length ? <MessageList messages={messages} /> : undefined}
      data-anchor={anchor}
    >
      {children}
    </Field>
  );
}

const useGroupStyles = makeStyles({
  group: { minWidth: 0, margin: 0, padding: 0, border: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

/** Several inputs answering for one anchor (a name in two languages, a set of checkboxes). */
export function EditorGroup({ anchor, label, hint, children }: { anchor: string; label: ReactNode; hint?: ReactNode; children: ReactNode }) {
  const styles = useGroupStyles();
  const messages = useMessages(anchor);
  const id = useId();
  return (
    <fieldset className={styles.group} data-anchor={anchor} aria-describedby={messages.length ? `${id}-problems` : undefined}>
      <legend className={styles.legend}>{label}</legend>
      {children}
      {hint && <div className={styles.hint}>{hint}</div>}
      {messages.length > 0 && (
        <div id={`${id}-problems`} className={styles.error}>
          <MessageList messages={messages} />
        </div>
      )}
    </fieldset>
  );
}
