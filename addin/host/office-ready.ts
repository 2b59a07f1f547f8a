/**
 * Waits for office.js and reports which Office host (if any) the pane is running in.
 * The only place in the boot path that touches the Office global.
 */
export type HostKind = 'word' | 'outlook' | 'none';

export interface OfficeInfo {
  host: HostKind;
  /** Office's display language, e.g. zh-CN; undefined outside Office. */
  displayLanguage?: string;
}

export function officeReady(timeoutMs = 5000): Promise<OfficeInfo> {
  if (typeof Office === 'undefined' || !Office.onReady) return Promise.resolve({ host: 'none' });
  const ready = Office.onReady().then((info) => {
    const host: HostKind = info.host === Office.HostType.Word ? 'word' : info.host === Office.HostType.Outlook ? 'outlook' : 'none';
    const displayLanguage = host === 'none' ? undefined : Office.context?.displayLanguage;
    return { host, displayLanguage };
  });
  // Outside Office, onReady can take a while to give up; a plain browser should not wait long.
  const fallback = new Promise<OfficeInfo>((resolve) => setTimeout(() => resolve({ host: 'none' }), timeoutMs));
  return Promise.race([ready, fallback]);
}
