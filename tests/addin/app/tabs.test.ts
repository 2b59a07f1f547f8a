import { paneTabs } from '../../../addin/app/tabs.js';
import type { Capability } from '../../../addin/host/types.js';

const host = (...caps: Capability[]) => ({ supports: (c: Capability) => caps.includes(c) });

describe('the tabs the pane offers', () => {
  it('puts Reply first in Outlook read mode, keeps Draft for the e-mail templates, and leaves out Revise', () => {
    expect(paneTabs(host('readMessage', 'openReply'))).toEqual(['reply', 'draft']);
  });

  it('offers Draft and Revise, and no Reply, where there is a body to write in (Word, Outlook compose)', () => {
    expect(paneTabs(host('readSelection', 'insertAtCursor', 'replaceSelection', 'trackedChanges'))).toEqual(['draft', 'revise']);
    expect(paneTabs(host('readSelection', 'insertAtCursor', 'replaceSelection'))).toEqual(['draft', 'revise']);
  });

  it('keeps Draft and Revise (paste and copy) in a plain browser', () => {
    expect(paneTabs(host())).toEqual(['draft', 'revise']);
  });
});
