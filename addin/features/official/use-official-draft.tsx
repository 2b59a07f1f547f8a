/**
 * What the Draft tab does differently for a template that builds a whole 公文 (output.official):
 * the form's header fields are checked with the rest, the suggestion shows the whole document
 * (header and closing from the form, body from the model), and accepting opens it as a new
 * Word document, inserts it at the cursor, or downloads the .docx where Word is not there.
 * A failure leaves the suggestion and the form as they were.
 */
import { useCallback, useMemo, type ReactNode } from 'react';
import { parseBlocks } from '../../../src/core/blocks/parse.js';
import type { Block } from '../../../src/core/blocks/types.js';
import type { Problem } from '../../../src/core/errors/codes.js';
import { layoutOfficialDocument, type OfficialLayout } from '../../../src/core/officialdoc/layout.js';
import { buildOfficialDocument, officialBodyFor, officialDocType } from '../../../src/core/templates/official-document.js';
import type { FieldValue, Template } from '../../../src/core/templates/schema.js';
import { blobToBase64, docxFileName, fetchOfficialDocx } from '../../api/official.js';
import { useHost } from '../../app/host-context.js';
import { useLocale } from '../../app/locale-context.js';
import type { MessageKey } from '../../i18n/messages.js';
import { PaneError } from '../../ui/error-info.js';
import type { AcceptKind } from '../../ui/suggestion/AcceptBar.js';
import type { MarkedBlocks } from '../../ui/suggestion/marks.js';
import { OfficialPreview } from './OfficialPreview.js';
import { saveBlob } from './save-blob.js';

type Values = Readonly<Record<string, FieldValue | undefined>>;

export interface OfficialAcceptResult {
  notice: string;
  /** Keep the suggestion after a download: the user may still insert it. */
  keep: boolean;
}

export interface OfficialDraft {
  /** Header problems of the current form (paths fields.<key>). */
  problems: Problem[];
  accepts: AcceptKind[];
  selectBody(blocks: Block[]): Block[];
  renderBody(view: MarkedBlocks, streaming: boolean): ReactNode;
  accept(kind: AcceptKind, text: string): Promise<OfficialAcceptResult>;
}

const NOTICES: Partial<Record<AcceptKind, MessageKey>> = { openNew: 'official.opened', insertHere: 'official.inserted' };

/**
 * `values` as typed (the preview follows every keystroke); `checked` after validation, with
 * defaults applied, when the form is valid: that is what a document is built from.
 * `onFormProblems` is called when accepting finds the header incomplete.
 */
export function useOfficialDraft(template: Template | undefined, values: Values | undefined, checked: Values | undefined, onFormProblems: () => void): OfficialDraft | undefined {
  const host = useHost();
  const { locale, t } = useLocale();
  const official = template && officialDocType(template) ? template : undefined;
  const current = checked ?? values ?? {};

  // The header and closing alone: the body comes from the card's own view, with its marks.
  const header = useMemo(() => (official ? buildOfficialDocument(official, current, []) : undefined), [official, current]);
  const layout: OfficialLayout | undefined = useMemo(() => (header?.ok ? layoutOfficialDocument(header.document) : undefined), [header]);
  const problems = useMemo(() => (header && !header.ok ? header.problems : []), [header]);

  const selectBody = useCallback((blocks: Block[]) => (official ? officialBodyFor(official, current, blocks) : blocks), [official, current]);

  const missing = useMemo(() => {
    if (!official) return [];
    const keys = new Set(problems.map((p) => p.path.replace(/^fields\./, '')));
    return official.fields.filter((f) => keys.has(f.key)).map((f) => f.label[locale] ?? f.label['zh-CN'] ?? f.key);
  }, [official, problems, locale]);

  const renderBody = useCallback((view: MarkedBlocks, streaming: boolean) => <OfficialPreview layout={layout} missing={missing} view={view} streaming={streaming} />, [layout, missing]);

  if (!official) return undefined;

  const accepts: AcceptKind[] = [];
  if (host.supports('openDocx') && host.createDocument) accepts.push('openNew');
  else accepts.push('download');
  if (host.supports('insertAtCursor') && host.insertOfficial) accepts.push('insertHere');

  const accept = async (kind: AcceptKind, text: string): Promise<OfficialAcceptResult> => {
    const built = buildOfficialDocument(official, current, parseBlocks(text));
    if (!built.ok) {
      onFormProblems();
      throw new PaneError('official_form');
    }
    const doc = built.document;
    switch (kind) {
      case 'openNew': {
        const base64 = await blobToBase64(await fetchOfficialDocx(doc, locale));
        await host.createDocument!(base64);
        break;
      }
      case 'insertHere':
        await host.insertOfficial!({ layout: layoutOfficialDocument(doc), docx: async () => blobToBase64(await fetchOfficialDocx(doc, locale)) });
        break;
      case 'download': {
        const file = docxFileName(doc.title);
        saveBlob(await fetchOfficialDocx(doc, locale), file);
        return { notice: t('official.downloaded', { file }), keep: true };
      }
      default:
        throw new TypeError(`not an official accept: ${kind}`);
    }
    return { notice: t(NOTICES[kind] ?? 'card.accepted'), keep: false };
  };

  return { problems, accepts, selectBody, renderBody, accept };
}
