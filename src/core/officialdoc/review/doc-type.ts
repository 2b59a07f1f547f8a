/** The kind of document (文种), from the caller or from the end of the title. */

/** The 15 kinds of 《党政机关公文处理工作条例》 article 8, plus 复函 and 会议纪要 spelled out. */
const TITLE_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['会议纪要', '纪要'],
  ['纪要', '纪要'],
  ['复函', '函'],
  ['函', '函'],
  ['请示', '请示'],
  ['报告', '报告'],
  ['通知', '通知'],
  ['通报', '通报'],
  ['通告', '通告'],
  ['公告', '公告'],
  ['公报', '公报'],
  ['意见', '意见'],
  ['决定', '决定'],
  ['决议', '决议'],
  ['批复', '批复'],
  ['议案', '议案'],
  ['命令', '命令'],
  ['令', '命令'],
];

/** Normalises a caller's docType (会议纪要 → 纪要, 复函 → 函); unknown kinds pass through trimmed. */
export function normaliseDocType(docType: string | undefined): string | undefined {
  const t = docType?.trim();
  if (!t) return undefined;
  return TITLE_ENDINGS.find(([ending]) => ending === t)?.[1] ?? t;
}

/** The title without a leading Markdown '#', trailing punctuation or whitespace. */
export function bareTitle(title: string): string {
  return title.replace(/^#+\s*/, '').replace(/[\s。，；：、,.;:！？!?]+$/u, '').trim();
}

/** 文种 named by the end of a title, e.g. "…关于…的请示" → 请示; undefined when none. */
export function docTypeFromTitle(title: string): string | undefined {
  const bare = bareTitle(title);
  for (const [ending, type] of TITLE_ENDINGS) {
    if (!bare.endsWith(ending)) continue;
    // A lone 函 or 令 must read as the kind, not the end of another word (口令, 信函 in a name).
    if (ending === '函' && !/[的复公便]函$/.test(bare)) continue;
    if (ending === '令' && !/[的号席长理]令$/.test(bare)) continue;
    return type;
  }
  return undefined;
}
