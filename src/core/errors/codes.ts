/**
 * Stable error codes and their messages in both languages. The gateway sends
 * `{error: {code, message}}` with the message in the caller's language; the add-in can
 * re-localise by code. Messages say what happened and what to do.
 */
import type { Locale, Localized } from '../i18n/locale.js';

type Catalogue = Record<string, Localized>;

export const ERRORS = {
  bad_request: {
    'en-US': 'The request is not valid: {detail}',
    'zh-CN': '请求无效：{detail}',
  },
  request_invalid: {
    'en-US': 'The request is not valid: {count} problem(s), each named with its field.',
    'zh-CN': '请求无效：有 {count} 处问题，已逐项注明字段。',
  },
  invalid_json: {
    'en-US': 'The request body is not valid JSON. Check the client that sent it.',
    'zh-CN': '请求内容不是有效的 JSON，请检查发送请求的程序。',
  },
  body_too_large: {
    'en-US': 'The request is too large (limit {limit}). Shorten the text or attach less context.',
    'zh-CN': '请求内容过大（上限 {limit}），请缩短文字或减少附带的上下文。',
  },
  not_found: {
    'en-US': 'Nothing was found at {path}.',
    'zh-CN': '未找到 {path}。',
  },
  unauthorized: {
    'en-US': 'Sign-in required. Sign in to Wenshu, or send a token as "Authorization: Bearer <token>".',
    'zh-CN': '需要登录。请登录文书，或以 "Authorization: Bearer <令牌>" 提供令牌。',
  },
  auth_invalid: {
    'en-US': 'Your sign-in was not accepted. Sign in again; if it keeps failing, ask your administrator.',
    'zh-CN': '登录凭据无效，请重新登录；如仍失败，请联系管理员。',
  },
  auth_expired: {
    'en-US': 'Your sign-in has expired. Sign in again.',
    'zh-CN': '登录已过期，请重新登录。',
  },
  auth_revoked: {
    'en-US': 'This token was revoked by an administrator. Ask for a new one.',
    'zh-CN': '该令牌已被管理员撤销，请申请新的令牌。',
  },
  auth_role_missing: {
    'en-US': 'Your account may not use Wenshu: it lacks the role "{role}". Ask your administrator.',
    'zh-CN': '您的账号无权使用文书：缺少角色“{role}”。请联系管理员。',
  },
  auth_provider_unreachable: {
    'en-US': 'The sign-in service cannot be reached to check your sign-in. Try again in a moment.',
    'zh-CN': '无法连接登录服务以验证您的身份，请稍后再试。',
  },
  admin_required: {
    'en-US': 'Only administrators may do this.',
    'zh-CN': '只有管理员可以执行此操作。',
  },
  token_not_found: {
    'en-US': 'There is no token with id "{id}".',
    'zh-CN': '不存在 ID 为“{id}”的令牌。',
  },
  forbidden: {
    'en-US': 'You are not allowed to do this.',
    'zh-CN': '您没有执行此操作的权限。',
  },
  template_not_found: {
    'en-US': 'Template "{id}" does not exist. It may have been deleted; pick another template.',
    'zh-CN': '模板“{id}”不存在，可能已被删除，请选择其他模板。',
  },
  template_not_published: {
    'en-US': 'Template "{id}" is not published (withdrawn or not yet released). Pick another template or ask an admin to publish it.',
    'zh-CN': '模板“{id}”未发布（已撤回或尚未上线），请选择其他模板或联系管理员发布。',
  },
  template_version_not_found: {
    'en-US': 'Template "{id}" has no version {version}.',
    'zh-CN': '模板“{id}”没有第 {version} 版。',
  },
  template_version_not_published: {
    'en-US': 'Version {version} of template "{id}" is not the published one. Reload the template and try again.',
    'zh-CN': '模板“{id}”的第 {version} 版不是当前发布的版本，请重新加载模板后再试。',
  },
  template_invalid: {
    'en-US': 'The template was not saved: {count} problem(s) to fix. The previous version is unchanged.',
    'zh-CN': '模板未保存：有 {count} 处问题需要修改，之前的版本保持不变。',
  },
  template_exists: {
    'en-US': 'A template with id "{id}" already exists. Choose another id, or save a new version of that template.',
    'zh-CN': 'ID 为“{id}”的模板已存在，请换一个 ID，或为该模板保存新版本。',
  },
  template_conflict: {
    'en-US': 'Someone saved template "{id}" after you opened it (now version {latest}, you edited version {base}). Your text was not saved: copy it, reload, and apply your changes again.',
    'zh-CN': '在您打开模板“{id}”之后，已有人保存了新版本（现为第 {latest} 版，您编辑的是第 {base} 版）。您的内容未保存：请先复制，重新加载后再修改。',
  },
  template_archived: {
    'en-US': 'Template "{id}" is archived. Restore it before changing it.',
    'zh-CN': '模板“{id}”已归档，请先恢复再修改。',
  },
  template_id_mismatch: {
    'en-US': 'The template\'s id "{bodyId}" does not match "{id}" in the address. Ids cannot be changed; create a new template instead.',
    'zh-CN': '模板内容中的 ID“{bodyId}”与地址中的“{id}”不一致。ID 不能修改，如需更换请新建模板。',
  },
  review_rule_unknown: {
    'en-US': 'There is no review rule "{id}". Reload the rule list and try again.',
    'zh-CN': '不存在规范检查规则“{id}”，请重新加载规则列表后再试。',
  },
  review_rule_not_switchable: {
    'en-US': 'Rule "{id}" follows {source} and cannot be switched off; only house rules can.',
    'zh-CN': '规则“{id}”依据{source}，不能关闭；只有本单位规则可以关闭。',
  },
  review_fix_stale: {
    'en-US': 'The text changed after the check, so this correction was not applied. Run the check again.',
    'zh-CN': '检查后文字已有改动，此项修改未应用，请重新检查。',
  },
  officialdoc_invalid: {
    'en-US': 'The official document could not be laid out: {count} problem(s), each named with its field.',
    'zh-CN': '公文无法排版：有 {count} 处问题，已逐项注明字段。',
  },
  database_url_invalid: {
    'en-US': 'DATABASE_URL "{url}" is not supported. Use sqlite:<path>, sqlite::memory: or postgres://user:password@host:5432/database.',
    'zh-CN': '不支持的 DATABASE_URL“{url}”。请使用 sqlite:<路径>、sqlite::memory: 或 postgres://用户:密码@主机:5432/数据库。',
  },
  database_unreachable: {
    'en-US': 'Database not reachable at {url}: {reason}. Check DATABASE_URL and that the database server is running.',
    'zh-CN': '无法连接数据库 {url}：{reason}。请检查 DATABASE_URL，并确认数据库服务器已启动。',
  },
  fields_invalid: {
    'en-US': 'Some fields need attention: {count} problem(s).',
    'zh-CN': '有 {count} 个字段需要修改。',
  },
  template_render_failed: {
    'en-US': 'Template "{id}" could not be filled in ({detail}). Ask an admin to check its prompt.',
    'zh-CN': '模板“{id}”无法填充（{detail}），请联系管理员检查该模板的提示词。',
  },
  template_not_for_replies: {
    'en-US': 'Template "{id}" is not an e-mail template (it is "{kind}"), so it cannot shape a reply. Pick a customer e-mail template, or reply without one.',
    'zh-CN': '模板“{id}”不是邮件模板（类型为“{kind}”），不能用于回复邮件。请选择客户邮件模板，或不使用模板直接回复。',
  },
  mail_too_large: {
    'en-US': 'This message is too large to reply to with Wenshu (its body is over {limit} characters). Reply to it by hand, or copy the part you need into a new draft.',
    'zh-CN': '这封邮件过大，文书无法为其起草回复（正文超过 {limit} 个字符）。请手动回复，或把需要的部分复制到新草稿中。',
  },
  revision_invalid: {
    'en-US': 'The revision request needs attention: {count} problem(s).',
    'zh-CN': '修改请求有 {count} 处问题需要处理。',
  },
  queue_full: {
    'en-US': 'The model server is busy ({waiting} requests waiting). Try again in a minute.',
    'zh-CN': '模型服务器繁忙（已有 {waiting} 个请求在排队），请稍后再试。',
  },
  model_unreachable: {
    'en-US': 'Model server not reachable at {url}. Check that it is running, or ask your administrator.',
    'zh-CN': '无法连接模型服务器 {url}，请确认其已启动，或联系管理员。',
  },
  model_rate_limited: {
    'en-US': 'The model server is rate-limiting requests. Try again in {seconds} s.',
    'zh-CN': '模型服务器限制了请求频率，请在 {seconds} 秒后重试。',
  },
  model_error: {
    'en-US': 'The model server answered with an error ({status}). Try again; if it persists, tell your administrator.',
    'zh-CN': '模型服务器返回错误（{status}），请重试；如仍失败，请联系管理员。',
  },
  model_timeout: {
    'en-US': 'The model server stopped answering ({seconds} s without output). What arrived is kept; try again.',
    'zh-CN': '模型服务器无响应（{seconds} 秒无输出）。已生成的内容已保留，请重试。',
  },
  model_cut_off: {
    'en-US': 'The draft was cut off before it finished. What arrived is kept and marked incomplete; regenerate to get the rest.',
    'zh-CN': '草稿在完成前中断，已收到的内容已保留并标记为不完整，可重新生成。',
  },
  model_refused_endpoint: {
    'en-US': 'The model endpoint {host} resolves to a public address ({address}). Wenshu only talks to private model servers; an admin can allow this host with MODEL_ALLOWED_HOSTS={host}.',
    'zh-CN': '模型服务地址 {host} 解析到公网地址（{address}）。文书只连接内网模型服务器；如确需使用，管理员可设置 MODEL_ALLOWED_HOSTS={host}。',
  },
  model_unauthorized: {
    'en-US': 'The model server refused the gateway\'s credentials ({status}). An admin should check MODEL_API_KEY.',
    'zh-CN': '模型服务器拒绝了网关的凭据（{status}），请管理员检查 MODEL_API_KEY。',
  },
  cancelled: {
    'en-US': 'Stopped. What arrived so far is kept.',
    'zh-CN': '已停止，已生成的内容已保留。',
  },
  shutting_down: {
    'en-US': 'The gateway is restarting. Try again in a moment.',
    'zh-CN': '服务正在重启，请稍后再试。',
  },
  generation_not_found: {
    'en-US': 'No generation "{id}" is on record for you. It may be older than the audit retention.',
    'zh-CN': '没有属于您的生成记录“{id}”，可能已超过审计保留期限。',
  },
  audit_range_invalid: {
    'en-US': 'The time range is not valid: "from" must be before "to" and the range at most {days} days.',
    'zh-CN': '时间范围无效：“from”必须早于“to”，且范围不超过 {days} 天。',
  },
  origin_forbidden: {
    'en-US': 'This request came from another site ({origin}). Wenshu answers only its own pages; if this is the address you use for Wenshu, ask your administrator to set PUBLIC_URL to it.',
    'zh-CN': '该请求来自其他网站（{origin}）。文书只响应自身页面的请求；如果这正是您访问文书所用的地址，请联系管理员将 PUBLIC_URL 设为该地址。',
  },
  rate_limited: {
    'en-US': 'You have asked for many drafts in a short time. Try again in {seconds} s.',
    'zh-CN': '您在短时间内请求的草稿过多，请在 {seconds} 秒后重试。',
  },
  internal: {
    'en-US': 'Something went wrong on the gateway. Try again; if it persists, tell your administrator (reference {ref}).',
    'zh-CN': '服务出现异常，请重试；如仍失败，请联系管理员（编号 {ref}）。',
  },
} as const satisfies Catalogue;

export type ErrorCode = keyof typeof ERRORS;
export type ErrorParams = Record<string, string | number>;

export function formatMessage(template: string, params: ErrorParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function errorMessage(code: ErrorCode, locale: Locale, params?: ErrorParams): string {
  return formatMessage(ERRORS[code][locale], params);
}

/** One problem with one input: which field (a dotted path) and what is wrong, in both languages. */
export interface Problem {
  path: string;
  code: string;
  message: Localized;
}

/** An error with a stable code; the gateway turns it into an HTTP answer or an SSE `error` event. */
export class WenshuError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly params: ErrorParams = {},
    readonly problems: Problem[] = [],
  ) {
    super(errorMessage(code, 'en-US', params));
    this.name = 'WenshuError';
  }

  messageIn(locale: Locale): string {
    return errorMessage(this.code, locale, this.params);
  }
}
