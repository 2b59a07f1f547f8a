/**
 * The typefaces a 公文 uses, each as a list of names to try in order. Government machines have
 * the GB2312 faces (仿宋_GB2312, 楷体_GB2312) and 方正小标宋简体; stock Windows has 仿宋 and 楷体;
 * macOS and Linux know the English names. The layout is built on a fixed grid, so a
 * substitute changes the look of the characters, never where lines break.
 */

export const FONT_ROLES = ['fangsong', 'xiaobiaosong', 'heiti', 'kaiti', 'songti'] as const;
export type FontRole = (typeof FONT_ROLES)[number];

/** First choice first; each later name is the fallback of the one before it. */
export const FONT_STACKS: Readonly<Record<FontRole, readonly string[]>> = {
  /** 仿宋: body text, 主送机关, 署名, dates, 版记, headings of the third and fourth level. */
  fangsong: ['仿宋_GB2312', '仿宋', 'FangSong'],
  /** 小标宋: the title and the 发文机关标志. */
  xiaobiaosong: ['方正小标宋简体', '华文中宋', '宋体', 'SimSun'],
  /** 黑体: first-level headings (一、), 密级 and 紧急程度. */
  heiti: ['黑体', 'SimHei'],
  /** 楷体: second-level headings (（一）) and the names of 签发人. */
  kaiti: ['楷体_GB2312', '楷体', 'KaiTi'],
  /** 宋体: the half-width digits of page numbers. */
  songti: ['宋体', 'SimSun'],
};

/** What a generic CSS family each role falls back to last. */
const GENERIC: Readonly<Record<FontRole, string>> = {
  fangsong: 'serif',
  xiaobiaosong: 'serif',
  heiti: 'sans-serif',
  kaiti: 'serif',
  songti: 'serif',
};

export function primaryFont(role: FontRole): string {
  return FONT_STACKS[role][0] ?? 'SimSun';
}

/** The fallback declared for a font name, or undefined at the end of its stack. */
export function fallbackOf(name: string): string | undefined {
  for (const stack of Object.values(FONT_STACKS)) {
    const i = stack.indexOf(name);
    if (i >= 0) return stack[i + 1];
  }
  return undefined;
}

/** A CSS font-family list for the preview and the pane. */
export function cssFontFamily(role: FontRole): string {
  return [...FONT_STACKS[role].map((name) => `"${name}"`), GENERIC[role]].join(', ');
}
