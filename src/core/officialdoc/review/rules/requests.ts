/**
 * 请示 and 报告 (《党政机关公文处理工作条例》 article 15: 请示应当一文一事; no 请示 matters inside
 * a 报告 or other non-request document), and the contact line a 请示 carries in its 附注.
 *
 * One matter per 请示 is judged from its asks: sentences with 恳请, 请予, 请…批准/审批/核准/
 * 拨付/批复/审定 and the like, not counting the closing formula (妥否，请批示。 / 以上请示当否，
 * 请批复。 …). Asks in two or more different paragraphs read as several matters. This misses two
 * matters asked in one sentence and may flag one matter asked twice in separate paragraphs.
 */
import type { ParagraphInfo } from '../roles.js';
import { cite, msg, quote, type ReviewRule } from '../rule.js';
import { eachMatch, sentences } from '../text.js';

const ASK = /恳请|敬请|请予|望予|请求(?=批准|审批|同意|拨付|解决|支持|给予|安排)|请[^，。；,;]{0,10}?(?:批准|审批|核准|拨付|批复|审定)/;
const CLOSING = /妥否|当否|是否妥当|如无不妥|以上请示|特此请示|^请(?:予)?批[示复]。?$/;

const TIAOLI_15 = cite.tiaoli('第十五条', 'article 15');

const body = (p: ParagraphInfo) => p.section === 0 && (p.role === 'body' || p.role === 'heading');

export const requestOneMatterRule: ReviewRule = {
  id: 'tiaoli.request-one-matter',
  source: 'tiaoli',
  name: msg('请示一文一事', 'One matter per request (请示)'),
  citation: TIAOLI_15,
  scopes: ['document'],
  check(structure, emit) {
    if (structure.docType !== '请示') return;
    const asks: Array<{ p: ParagraphInfo; start: number; end: number; text: string }> = [];
    for (const p of structure.paragraphs.filter(body)) {
      for (const s of sentences(p.text)) {
        if (ASK.test(s.text) && !CLOSING.test(s.text)) asks.push({ p, ...s });
      }
    }
    const paragraphs = new Set(asks.map((a) => a.p.index));
    if (paragraphs.size < 2) return;
    const firstParagraph = asks[0]!.p.index;
    for (const ask of asks.filter((a) => a.p.index !== firstParagraph)) {
      emit(ask.p, ask.start, ask.end, msg(
        `本请示在${paragraphs.size}个段落中提出了请求事项（如${quote(asks[0]!.text)}和${quote(ask.text)}）。请示应当一文一事，不同事项请分别行文。`,
        `This request asks for things in ${paragraphs.size} separate paragraphs (e.g. ${quote(asks[0]!.text)} and ${quote(ask.text)}). A 请示 carries one matter; send separate requests for separate matters.`,
      ));
    }
  },
};

const CONTACT = /联系人/;
const PHONE = /电话|手机|联系方式|座机|Tel|[0-9]{7,}/i;

export const requestContactRule: ReviewRule = {
  id: 'gbt9704.request-contact-note',
  source: 'gbt9704',
  name: msg('请示注明联系人和电话', 'A request names a contact and phone number'),
  citation: cite.gbt('7.3.6', '附注', 'notes'),
  scopes: ['document'],
  check(structure, emit) {
    if (structure.docType !== '请示') return;
    const own = structure.paragraphs.filter((p) => p.section === 0 && p.role !== 'blank');
    const contact = own.find((p) => CONTACT.test(p.text));
    if (contact && PHONE.test(contact.text.slice(contact.text.indexOf('联系人')))) return;
    if (contact) {
      emit(contact, contact.content.start, contact.content.end, msg(
        '请示的附注应同时写明联系人和联系电话，如“（联系人：张三，联系电话：010-12345678）”。',
        'The note of a request gives both a contact person and a phone number, e.g. （联系人：张三，联系电话：010-12345678）.',
      ));
      return;
    }
    const anchor = [...own].reverse().find((p) => p.role === 'date') ?? [...own].reverse().find((p) => p.role === 'signature') ?? own[own.length - 1];
    if (!anchor) return;
    emit(anchor, anchor.content.start, anchor.content.end, msg(
      '请示应在成文日期下一行以附注注明联系人和联系电话，如“（联系人：张三，联系电话：010-12345678）”（公文惯例；附注的位置见 GB/T 9704-2012 7.3.6）。',
      'A request should name a contact and phone number in a note on the line below the date, e.g. （联系人：张三，联系电话：010-12345678） (established practice; where notes go: GB/T 9704-2012 7.3.6).',
    ));
  },
};

// 报请批准, 申请批准 … report a past step and are not asks.
const REQUEST_IN_REPORT = /妥否|当否|(?<![报呈提申])请(?:予)?(?:批示|批准|审批|批复|审定)|恳请批准/g;

export const reportNoRequestRule: ReviewRule = {
  id: 'tiaoli.report-no-request',
  source: 'tiaoli',
  name: msg('报告不得夹带请示事项', 'No requests inside a report (报告)'),
  citation: TIAOLI_15,
  scopes: ['document', 'selection'],
  check(structure, emit) {
    if (structure.docType !== '报告') return;
    for (const p of structure.paragraphs) {
      if (p.section !== 0 || (p.role !== 'body' && p.role !== 'heading')) continue;
      // One finding per sentence: 妥否，请批示 is one ask, not two.
      for (const s of sentences(p.text)) {
        const cues: RegExpExecArray[] = [];
        eachMatch(REQUEST_IN_REPORT, s.text, (m) => cues.push(m));
        const first = cues[0];
        const last = cues[cues.length - 1];
        if (!first || !last) continue;
        const said = s.text.slice(first.index, last.index + last[0].length);
        emit(p, s.start + first.index, s.start + last.index + last[0].length, msg(
          `报告中不得夹带请示事项，${quote(said)}是请示的用语。需要上级批准的事项请另行请示；报告可以“特此报告”结尾。`,
          `A report must not carry requests: ${quote(said)} asks for approval. Send a separate 请示 for it; a report can end with 特此报告.`,
        ));
      }
    }
  },
};
