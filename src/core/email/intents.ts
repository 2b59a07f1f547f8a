/**
 * `suggestIntents`: up to three kinds of reply that fit the newest message, best first, from cues
 * in either language. A complaint comes before a meeting request, which comes before a plain
 * request, a question and thanks; each situation present brings its intents and the lists are
 * merged in that order. There is always at least one suggestion.
 */
import type { CleanThread, ReplyIntent } from './types.js';

interface Situation {
  name: string;
  cues: RegExp[];
  intents: ReplyIntent[];
}

const SITUATIONS: Situation[] = [
  {
    name: 'complaint',
    cues: [
      /\b(complain(t|ts|ed|ing)?|disappoint(ed|ing)|unacceptable|refund|damaged|broken|defective|faulty|frustrat(ed|ing))\b/i,
      /\b(delay(ed|s)?|late (delivery|shipment)|(still|yet to) (not )?(receive|arrive)d?|have(n't| not) (yet )?(received|arrived)|wrong (item|order|invoice)|overcharged|poor (service|quality))\b/i,
      /投诉|延误|延迟|损坏|破损|退款|退货|不满|失望|质量问题|赔偿|错发|漏发|迟迟|还没(有)?收到|仍未收到|尚未收到|太差|无法接受/,
    ],
    intents: ['apologise', 'acknowledge', 'ask_details'],
  },
  {
    name: 'meeting',
    cues: [
      /\b(schedule|set up|arrange|book|organi[sz]e|have|hop on|jump on|find time for) (a |an )?(quick |short |brief |follow-up |video |phone |conference )?(call|meeting|chat|catch[- ]up)\b/i,
      /\b(are you (free|available)|your availability|time slots?|a (good|convenient) time (to|for)|meet (up|next|on|this|in person)|when (would|are) you (be )?(free|available)|calendar invite|meeting request)\b/i,
      /约(个)?时间|开个会|开会|会议(?!纪要|记录|材料|资料|内容|决定|精神|室)|见面|碰(个)?头|电话会|通个电话|面谈|拜访|视频会|线上会|有空吗|方便的时间|什么时候方便|时间方便|安排(一下)?时间|约见|会面/,
    ],
    intents: ['propose_times', 'confirm', 'decline'],
  },
  {
    name: 'request',
    cues: [
      /\b(invite|invitation|join us|rsvp|attend|participate|would you like to|kindly|request(ing)?|approve|approval|sign (off|the))\b/i,
      /\bplease (send|provide|share|review|approve|sign|prepare|submit|update|check)\b/i,
      /\b(could|can|would) you (please )?(send|provide|share|review|approve|sign|prepare|submit|update|check|help)\b/i,
      /邀请|诚邀|参加|出席|烦请|麻烦|申请|审批|审核|签字|盖章|请(您|你)?(帮忙)?(提供|发送|发给|审核|确认|签|准备|提交|更新|查收|安排|协助)|希望(您|你)|需要(您|你)/,
    ],
    intents: ['confirm', 'decline', 'ask_details'],
  },
  {
    name: 'thanks',
    cues: [
      /\b(thank you|thanks|appreciate(d)?|grateful|great job|well done)\b(?! in advance)/i,
      /(?<!提前|先)(谢谢|感谢|多谢)|辛苦了|太棒了|非常满意/,
    ],
    intents: ['thank', 'acknowledge'],
  },
];

const QUESTION_INTENTS: ReplyIntent[] = ['confirm', 'ask_details'];
export const FALLBACK_INTENTS: ReplyIntent[] = ['acknowledge', 'ask_details'];
const MAX_INTENTS = 3;

export function suggestIntents(thread: Pick<CleanThread, 'subject' | 'newest' | 'questions'>): ReplyIntent[] {
  // The subject counts once ("Complaint: …", "会议邀请"); "RE:"/"回复：" prefixes say nothing.
  const text = `${thread.subject.replace(/^((re|fw|fwd|aw|wg|回复|答复|转发)\s*[:：]\s*)+/i, '')}\n${thread.newest}`;
  // Situations are listed by precedence: the first one present leads.
  const present = SITUATIONS.filter((s) => s.cues.some((re) => re.test(text)));
  const lists = present.map((s) => s.intents);
  // A question is a reason to answer, but weaker than any named situation except thanks.
  if (thread.questions.length) {
    const at = present.findIndex((s) => s.name === 'thanks');
    lists.splice(at < 0 ? lists.length : at, 0, QUESTION_INTENTS);
  }
  const out: ReplyIntent[] = [];
  for (const intent of lists.flat()) {
    if (!out.includes(intent)) out.push(intent);
    if (out.length === MAX_INTENTS) break;
  }
  return out.length ? out : [...FALLBACK_INTENTS];
}
