/**
 * The 15 kinds of 公文 that 《党政机关公文处理工作条例》(2012) 第八条 names, each with what it is
 * for (in our words), which way it travels, the rules a drafter most often breaks, and the
 * closing formulas (结束语) that fit it.
 */
import type { Localized } from '../i18n/locale.js';

export const DOC_TYPE_IDS = [
  'resolution',
  'decision',
  'order',
  'communique',
  'announcement',
  'circular',
  'opinion',
  'notice',
  'bulletin',
  'report',
  'request',
  'reply',
  'motion',
  'letter',
  'minutes',
] as const;
export type DocTypeId = (typeof DOC_TYPE_IDS)[number];

/** 上行 to a superior, 下行 to subordinates, 平行 to units that are neither. */
export type Direction = 'upward' | 'downward' | 'parallel';
export const DIRECTION_ZH: Readonly<Record<Direction, string>> = { upward: '上行文', downward: '下行文', parallel: '平行文' };

export type DocRuleId =
  | 'one-matter'
  | 'single-recipient'
  | 'needs-contact'
  | 'needs-signer'
  | 'no-request-items'
  | 'no-copy-to-subordinates'
  | 'reply-cites-request'
  | 'meeting-adopted'
  | 'public-release'
  | 'own-layout';

export interface DocRule {
  id: DocRuleId;
  text: Localized;
}

export interface DocTypeSpec {
  id: DocTypeId;
  /** The name as it appears at the end of a title (关于……的通知). */
  zh: string;
  en: string;
  purpose: Localized;
  /** Usual direction first. */
  directions: readonly Direction[];
  rules: readonly DocRule[];
  /** Closing formulas that fit, the most usual first; empty where none is customary. */
  closings: readonly string[];
}

const text = (zh: string, en: string): Localized => ({ 'zh-CN': zh, 'en-US': en });

const RULES: Readonly<Record<DocRuleId, Localized>> = {
  'one-matter': text('一文一事：一份请示只请示一件事。', 'One matter per document: a 请示 asks about one thing only.'),
  'single-recipient': text('只主送一个上级机关，不多头主送；需要时抄送其他机关。', 'Address one superior only; copy others if they need to know.'),
  'needs-contact': text('在附注处注明联系人姓名和电话。', 'Give a contact person and telephone number in the note (附注).'),
  'needs-signer': text('上报的公文应标注签发人姓名。', 'Documents sent upward name the official who signed them off (签发人).'),
  'no-request-items': text('报告中不得夹带请示事项。', 'A 报告 must not slip in requests for approval; send a 请示 instead.'),
  'no-copy-to-subordinates': text('请示不得抄送下级机关。', 'A 请示 is never copied to subordinate units.'),
  'reply-cites-request': text('开头引述来文的标题和发文字号。', 'Open by citing the title and number of the request being answered.'),
  'meeting-adopted': text('须经会议讨论通过，写明会议名称和通过日期。', 'Must be adopted by a meeting; name the meeting and the date it was adopted.'),
  'public-release': text('公开发布，一般不写主送机关。', 'Published openly; usually has no addressees.'),
  'own-layout': text('有专用格式（GB/T 9704-2012 第 10 章），与文件格式不同。', 'Has its own layout (GB/T 9704-2012 chapter 10), not the ordinary document layout.'),
};

const rules = (...ids: DocRuleId[]): DocRule[] => ids.map((id) => ({ id, text: RULES[id] }));

export const DOC_TYPES: readonly DocTypeSpec[] = [
  {
    id: 'resolution',
    zh: '决议',
    en: 'Resolution',
    purpose: text('把会议讨论通过的重大决策事项正式确定下来。', 'Records a major decision that a meeting has debated and adopted.'),
    directions: ['downward'],
    rules: rules('meeting-adopted'),
    closings: [],
  },
  {
    id: 'decision',
    zh: '决定',
    en: 'Decision',
    purpose: text('对重要事项作出部署，奖惩有关单位和人员，或变更、撤销下级机关不适当的决定。', 'Settles important matters, rewards or disciplines units and people, or changes or revokes an improper decision of a subordinate body.'),
    directions: ['downward'],
    rules: [],
    closings: ['本决定自印发之日起施行。'],
  },
  {
    id: 'order',
    zh: '命令（令）',
    en: 'Order',
    purpose: text('依法公布行政法规和规章，宣布重大强制性措施，批准授予和晋升衔级，嘉奖有关单位和人员。', 'Promulgates regulations and rules as the law provides, announces major compulsory measures, confers ranks, and commends units and people.'),
    directions: ['downward'],
    rules: rules('own-layout'),
    closings: [],
  },
  {
    id: 'communique',
    zh: '公报',
    en: 'Communiqué',
    purpose: text('公开发布重要决定或者重大事项。', 'Makes an important decision or a major event public.'),
    directions: ['downward'],
    rules: rules('public-release'),
    closings: [],
  },
  {
    id: 'announcement',
    zh: '公告',
    en: 'Public announcement',
    purpose: text('向国内外宣布重要事项或者法定事项。', 'Announces important or statutory matters to the public at home and abroad.'),
    directions: ['downward'],
    rules: rules('public-release'),
    closings: ['特此公告。'],
  },
  {
    id: 'circular',
    zh: '通告',
    en: 'Public notice',
    purpose: text('在一定范围内公布应当遵守或者周知的事项。', 'Tells everyone within a given area what they must observe or should know.'),
    directions: ['downward'],
    rules: rules('public-release'),
    closings: ['特此通告。'],
  },
  {
    id: 'opinion',
    zh: '意见',
    en: 'Opinion',
    purpose: text('对重要问题提出见解和处理办法。', 'Sets out a view on an important question and how to handle it.'),
    directions: ['downward', 'upward', 'parallel'],
    rules: [],
    closings: ['以上意见，请结合实际认真贯彻落实。', '以上意见如无不妥，请批转各地执行。'],
  },
  {
    id: 'notice',
    zh: '通知',
    en: 'Notice',
    purpose: text('发布、传达要求下级机关执行和有关单位周知或者执行的事项，批转、转发公文。', 'Passes down matters that subordinate bodies must carry out and related units must know or act on; forwards or endorses other documents.'),
    directions: ['downward', 'parallel'],
    rules: [],
    closings: ['特此通知。'],
  },
  {
    id: 'bulletin',
    zh: '通报',
    en: 'Bulletin',
    purpose: text('表彰先进，批评错误，传达重要精神和告知重要情况。', 'Commends good work, criticises mistakes, and passes on important guidance or circumstances.'),
    directions: ['downward'],
    rules: [],
    closings: ['特此通报。'],
  },
  {
    id: 'report',
    zh: '报告',
    en: 'Report',
    purpose: text('向上级机关汇报工作、反映情况，回复上级机关的询问。', 'Tells a superior body about work and circumstances, or answers its questions.'),
    directions: ['upward'],
    rules: rules('no-request-items', 'needs-signer'),
    closings: ['特此报告。', '以上报告，请审阅。'],
  },
  {
    id: 'request',
    zh: '请示',
    en: 'Request for instructions',
    purpose: text('向上级机关请求指示、批准。', 'Asks a superior body for instructions or approval.'),
    directions: ['upward'],
    rules: rules('one-matter', 'single-recipient', 'needs-contact', 'needs-signer', 'no-copy-to-subordinates'),
    closings: ['妥否，请批示。', '以上请示，请予审批。', '当否，请批示。', '以上请示如无不妥，请批准。'],
  },
  {
    id: 'reply',
    zh: '批复',
    en: 'Reply to a request',
    purpose: text('答复下级机关的请示事项。', "Answers a subordinate body's request."),
    directions: ['downward'],
    rules: rules('reply-cites-request'),
    closings: ['此复。', '特此批复。'],
  },
  {
    id: 'motion',
    zh: '议案',
    en: 'Motion',
    purpose: text('各级人民政府按照法律程序向同级人民代表大会或者其常务委员会提请审议事项。', "A people's government puts a matter before the people's congress at its level, or its standing committee, for deliberation as the law prescribes."),
    directions: ['upward'],
    rules: rules('one-matter', 'needs-signer'),
    closings: ['现提请审议。', '请审议。'],
  },
  {
    id: 'letter',
    zh: '函',
    en: 'Letter',
    purpose: text('不相隶属机关之间商洽工作、询问和答复问题、请求批准和答复审批事项。', 'Between bodies with no line of authority: discusses work, asks and answers questions, requests and grants approvals.'),
    directions: ['parallel'],
    rules: rules('own-layout'),
    closings: ['请予函复。', '特此函复。', '特此函告。', '请研究函复。'],
  },
  {
    id: 'minutes',
    zh: '纪要',
    en: 'Minutes',
    purpose: text('记载会议主要情况和议定事项。', 'Records the main proceedings of a meeting and what it agreed.'),
    directions: ['downward', 'parallel'],
    rules: rules('own-layout'),
    closings: [],
  },
];

export function docTypeSpec(id: DocTypeId): DocTypeSpec {
  const spec = DOC_TYPES.find((t) => t.id === id);
  if (!spec) throw new RangeError(`unknown document type ${id}`);
  return spec;
}

/** A document that usually goes to a superior: it carries 签发人 and its number sits on the left. */
export function isUpward(id: DocTypeId): boolean {
  return docTypeSpec(id).directions[0] === 'upward';
}

/** Whether a 签发人 may appear: upward documents, and 意见 when it is sent upward. */
export function allowsSigner(id: DocTypeId): boolean {
  return docTypeSpec(id).directions.includes('upward');
}

export function hasRule(id: DocTypeId, rule: DocRuleId): boolean {
  return docTypeSpec(id).rules.some((r) => r.id === rule);
}
