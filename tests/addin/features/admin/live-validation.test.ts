/** Live validation puts one message per problem next to the input it concerns, in the UI language. */
import { liveProblems } from '../../../../addin/features/admin/editor/live-validation.js';
import { countWithin, editorAnchors, messagesAt, placeProblems } from '../../../../addin/features/admin/editor/problem-placement.js';
import type { DraftTemplate } from '../../../../addin/features/admin/editor/template-draft.js';
import { testTemplate } from '../../../server/fixtures.js';

const draft = (overrides: Record<string, unknown> = {}) => testTemplate(overrides) as DraftTemplate;

describe('live validation in the editor', () => {
  it('finds nothing wrong with a valid template', () => {
    expect(liveProblems(draft(), 'en-US').count).toBe(0);
  });

  it('puts the prompt’s unknown variable under the prompt, in the chosen language', () => {
    const d = draft({ prompt: '{{ subject }} {{ secrte }}' });
    expect(messagesAt(liveProblems(d, 'en-US'), 'prompt')).toEqual([expect.stringMatching(/"secrte".*Fields: subject, copies, urgency/)]);
    expect(messagesAt(liveProblems(d, 'zh-CN'), 'prompt')).toEqual([expect.stringMatching(/“secrte”.*已有字段/)]);
  });

  it('gives each problem its own message at its own input', () => {
    const fields = testTemplate().fields.map((f) => ({ ...f }));
    fields[1] = { ...fields[1], key: 'subject' } as (typeof fields)[number]; // a repeated key
    const d = draft({
      id: 'Bad Id',
      fields: [...fields, { key: 'kind', type: 'select', label: { 'en-US': 'Kind' }, options: [{ value: 'a' }, { value: 'a' }], default: 'b' }],
      prompt: '{{ subject }} {% include "x" %}',
    });
    const placed = liveProblems(d, 'en-US');
    expect(messagesAt(placed, 'id')).toHaveLength(1);
    expect(messagesAt(placed, 'fields[1].key')).toEqual([expect.stringMatching(/used twice/)]);
    expect(messagesAt(placed, 'fields[3].options[1].value')).toEqual([expect.stringMatching(/used twice/)]);
    expect(messagesAt(placed, 'fields[3].default')).toEqual([expect.stringMatching(/not one of the options/)]);
    expect(messagesAt(placed, 'prompt')).toEqual([expect.stringMatching(/include/)]);
    // One message per problem, none lost: what is placed adds up to the count.
    const shown = Object.values(placed.byAnchor).flat().length + placed.unplaced.length;
    expect(shown).toBe(placed.count);
    expect(countWithin(placed, 'fields[3]')).toBe(2);
  });

  it('sends a problem inside a group to the group: a too-long English name lands on the name inputs', () => {
    const d = draft({ name: { 'zh-CN': '通知', 'en-US': 'x'.repeat(300) } });
    expect(messagesAt(liveProblems(d, 'en-US'), 'name')).toEqual(['Must be at most 200 characters.']);
  });

  it('puts an unknown property on its field card, and what fits no input at the top', () => {
    const anchors = editorAnchors(draft());
    const placed = placeProblems(
      [
        { path: 'fields[0].colour', code: 'unknown_property', message: { 'en-US': 'Unknown property "colour"', 'zh-CN': '不认识的属性“colour”' } },
        { path: '', code: 'invalid_type', message: { 'en-US': 'A template must be a JSON object', 'zh-CN': '模板必须是 JSON 对象' } },
        { path: 'id', code: 'id_mismatch', message: 'id: must stay "x"' },
      ],
      anchors,
      'zh-CN',
    );
    expect(messagesAt(placed, 'fields[0]')).toEqual(['不认识的属性“colour”']);
    expect(placed.unplaced).toEqual(['模板必须是 JSON 对象']);
    expect(messagesAt(placed, 'id')).toEqual(['id: must stay "x"']);
  });
});
