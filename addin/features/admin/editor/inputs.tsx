/**
 * Inputs for values the template stores as numbers or lists, typed as text: what the admin
 * types stays on screen as typed (a trailing comma, a half-written number), and the template
 * gets the parsed value.
 */
import { useEffect, useState } from 'react';
import { Input, Textarea, type InputProps } from '@fluentui/react-components';

/** '' and anything not a finite number mean "not set". */
export function parseNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

export function NumberInput({ value, onChange, ...rest }: Omit<InputProps, 'value' | 'onChange' | 'type'> & { value: number | undefined; onChange(value: number | undefined): void }) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    if (parseNumber(text) !== value) setText(value === undefined ? '' : String(value));
    // Only an outside change (a load, an undo) rewrites what is typed.
  }, [value]);
  return (
    <Input
      {...rest}
      type="text"
      inputMode="decimal"
      value={text}
      onChange={(_e, d) => {
        setText(d.value);
        onChange(parseNumber(d.value));
      }}
    />
  );
}

/** Splits a list typed as text: commas (ASCII or Chinese) or one item per line. */
export function splitList(text: string, by: 'comma' | 'line'): string[] {
  const parts = by === 'comma' ? text.split(/[,，、]/) : text.split('\n');
  return parts.map((p) => p.trim()).filter(Boolean);
}

const same = (a: readonly string[] | undefined, b: readonly string[] | undefined) => (a ?? []).join('\u0000') === (b ?? []).join('\u0000');

export interface ListInputProps {
  value: string[] | undefined;
  onChange(value: string[] | undefined): void;
  by: 'comma' | 'line';
  id?: string;
  'data-testid'?: string;
  'aria-describedby'?: string;
}

export function ListInput({ value, onChange, by, ...rest }: ListInputProps) {
  const join = (items: string[] | undefined) => (items ?? []).join(by === 'comma' ? ', ' : '\n');
  const [text, setText] = useState(join(value));
  useEffect(() => {
    if (!same(splitList(text, by), value)) setText(join(value));
  }, [value]);
  const change = (next: string) => {
    setText(next);
    const items = splitList(next, by);
    onChange(items.length ? items : undefined);
  };
  return by === 'comma' ? (
    <Input {...rest} value={text} onChange={(_e, d) => change(d.value)} />
  ) : (
    <Textarea {...rest} value={text} resize="vertical" onChange={(_e, d) => change(d.value)} />
  );
}
