/**
 * Two sample 公文 for the layout and route tests: a 通知 long enough for three pages with every
 * element of the header and the record, and a short 请示 with 签发人.
 */
import type { Block } from '../../../src/core/blocks/types.js';
import type { OfficialDocument } from '../../../src/core/officialdoc/document.js';

const p = (text: string): Block => ({ type: 'paragraph', content: [{ text }] });
const h = (level: 2 | 3 | 4, text: string): Block => ({ type: 'heading', level, content: [{ text }] });

/** A paragraph of plain ideographs and commas that fills several lines, so lines can be counted. */
const filler = (topic: string) =>
  `${topic}要坚持问题导向，聚焦重点行业领域和关键环节，全面排查风险隐患，逐项建立整改台账，明确责任单位、责任人和完成时限，做到发现一处、整改一处、销号一处，切实把各项安全防范措施落到实处，坚决防范和遏制重特大事故发生，为全市经济社会高质量发展营造安全稳定的良好环境。`;

export const noticeSample: OfficialDocument = {
  type: 'notice',
  copyNumber: '000128',
  secrecy: { level: '秘密', period: '1年' },
  urgency: '特急',
  issuerMark: '某市人民政府办公室文件',
  docNumber: { code: '某政办发', year: 2024, seq: 7 },
  title: '某市人民政府办公室关于开展2024年度\n安全生产大检查的通知',
  recipients: '各区人民政府，市政府各委、办、局，各有关单位',
  body: [
    { type: 'heading', level: 1, content: [{ text: '某市人民政府办公室关于开展2024年度安全生产大检查的通知' }] },
    p('为深入贯彻落实安全生产工作部署，有效防范化解重大安全风险，经市政府同意，决定在全市范围内开展2024年度安全生产大检查。现将有关事项通知如下。'),
    h(2, '一、总体要求'),
    p(filler('各地各部门')),
    p(filler('大检查工作')),
    h(2, '二、检查范围和重点'),
    h(3, '（一）检查范围'),
    p(filler('本次检查覆盖全市所有生产经营单位，')),
    h(3, '（二）检查重点'),
    p('1.危险化学品领域。重点检查重大危险源管控、特殊作业审批和自动化控制系统运行情况。'),
    p('2.建筑施工领域。重点检查深基坑、高支模、起重机械等危险性较大的分部分项工程。'),
    p('（1）施工现场临时用电是否符合规范要求；'),
    p('（2）脚手架搭设和拆除是否按方案实施。'),
    p(filler('交通运输领域')),
    h(2, '三、时间安排'),
    p(filler('检查分为自查自纠、集中检查和督导抽查三个阶段，')),
    p(filler('各阶段')),
    h(2, '四、工作要求'),
    p('（一）加强组织领导。各区、各部门要成立由主要负责同志任组长的工作专班，统筹推进本地区本行业领域大检查工作。'),
    p(filler('各级安全生产委员会办公室')),
    p(filler('对检查中发现的重大隐患，')),
    p('请各区、各部门于2024年8月30日前将大检查工作总结报送市应急管理局。'),
    p('特此通知。'),
  ],
  attachments: ['2024年度安全生产大检查重点检查内容清单', '安全生产大检查工作情况统计表'],
  issuerSignature: '某市人民政府办公室',
  date: '2024-07-23',
  note: '联系人：李明，电话：010-12345678',
  copyTo: ['市委各部门', '市人大常委会办公厅', '市政协办公厅', '市法院', '市检察院'],
  printer: '某市人民政府办公室',
  printDate: '2024-07-24',
};

export const requestSample: OfficialDocument = {
  type: 'request',
  issuerMark: '某市应急管理局文件',
  docNumber: { code: '某应急', year: 2024, seq: 12 },
  signers: ['王建国'],
  title: '关于增拨防汛抢险专项经费的请示',
  recipients: '市人民政府',
  body: [
    p('今年入汛以来，我市降雨量较常年同期偏多三成，防汛抢险任务繁重。为保障抢险物资储备，特申请增拨防汛专项经费。'),
    p('妥否，请批示。'),
  ],
  issuerSignature: '某市应急管理局',
  date: '2024-07-18',
  note: '联系人：张华，电话：010-87654321',
};
