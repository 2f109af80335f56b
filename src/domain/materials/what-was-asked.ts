import { chineseDateOf } from '@/domain/calendar/day-number'

/**
 * What a reviewer's send-back (待补充材料, REQUEST_MATERIALS) actually asks of the person: documents
 * or corrections, a written question, or both — so the app does not tell someone to 补交材料 when
 * all they must do is answer a question (一次性告知, 000 第五条: the person must understand at once
 * what is wanted of them).
 *
 * The reviewer's question has no field of its own: it is a line of the request's `missingItems`
 * ('请说明这次是在哪里、怎么受的伤？'), answered in 给工作人员的说明 (the `note` of
 * POST /api/filings/:id/materials). This module is catalog-free (the home page is in the weapp's
 * main package), so a line counts as a question by how it is written, not by naming no document:
 * it ends with a question mark, or asks for an answer or an explanation (请说明, 请问, 请回答,
 * 请解释, 为什么, 是否). Every other line, and every correction, asks for materials.
 * Pure: no clock, no Taro, no server.
 */

/**
 * What was asked: documents (with or without corrections), typed fields to correct only (no
 * document, no question), a question only, or documents/corrections and a question.
 */
export type WhatWasAsked = 'MATERIALS' | 'CORRECTION' | 'QUESTION' | 'MATERIALS_AND_QUESTION'

/** The latest review's request, as FilingView.review carries it (corrections may be absent). */
export interface AskedRequest {
  missingItems: readonly string[]
  corrections?: readonly string[] | null
}

const QUESTION_END = /[？?]\s*$/
const ASKS_FOR_ANSWER = /^\s*(请(您)?(说明|问|回答|解释|讲一下|告诉)|为什么|为何|是否)/

/** Whether one line of `missingItems` is a question to answer: '请问您这次住院是转诊吗' → true, '身份证背面' → false. */
export function isQuestionLine(line: string): boolean {
  return QUESTION_END.test(line) || ASKS_FOR_ANSWER.test(line)
}

/** The lines of `missingItems` that are questions, in order: ['为什么到广州就医？']. */
export function questionLines(missingItems: readonly string[]): string[] {
  return missingItems.filter(isQuestionLine)
}

/**
 * What the request asks: { missingItems: ['为什么到广州就医？'], corrections: [] } → 'QUESTION';
 * { missingItems: ['身份证背面'] } → 'MATERIALS'; { missingItems: [], corrections: ['phone1'] } →
 * 'CORRECTION' (a trial: a phone to correct was called 补充材料 while the page said 不用拍照);
 * { missingItems: ['为什么？'], corrections: ['phone1'] } → 'MATERIALS_AND_QUESTION'. An empty
 * request (none is sent: the server asks for at least one item) counts as 'MATERIALS', the wording
 * the app has always used.
 */
export function whatWasAsked(request: AskedRequest): WhatWasAsked {
  const questions = request.missingItems.filter(isQuestionLine).length
  const materials = request.missingItems.length - questions + (request.corrections?.length ?? 0)
  if (questions === 0) return request.missingItems.length === 0 && materials > 0 ? 'CORRECTION' : 'MATERIALS'
  return materials === 0 ? 'QUESTION' : 'MATERIALS_AND_QUESTION'
}

/** The words the app, the staff console and the WeChat message use for each kind of send-back. */
export interface AskedWords {
  /** The filing's status line: '待补充材料'. */
  status: string
  /** Home card title after '张建华的门诊备案': '要补充材料'. */
  cardTitle: string
  /** Home card button: '去补充材料'. */
  action: string
  /** The WeChat message's 审核结果 (phrase, ≤ 5 characters): '待补充材料'. */
  messageResult: string
  /** The WeChat message's 说明 when only a question was asked (≤ 20 characters), else null (the decision note). */
  messageNote: string | null
  /** What to have done by the deadline, in '请在 2025-10-10 24:00 前补齐': '补齐'. */
  byDeadline: string
  /** The confirmation after sending: '✓ 材料已提交'. */
  sent: string
  /** The staff queue tag when it came back: '已补交材料'. */
  cameBackWith: string
  /** The staff console's words for the request, after its time: '2026-12-02 10:00 要求补充材料'. */
  reviewerAsked: string
}

export const ASKED_WORDS: Readonly<Record<WhatWasAsked, AskedWords>> = {
  MATERIALS: {
    status: '待补充材料',
    cardTitle: '要补充材料',
    action: '去补充材料',
    messageResult: '待补充材料',
    messageNote: null,
    byDeadline: '补齐',
    sent: '✓ 材料已提交',
    cameBackWith: '已补交材料',
    reviewerAsked: '要求补充材料',
  },
  CORRECTION: {
    status: '待改正填写的内容',
    cardTitle: '要改正填写的内容',
    action: '去改正',
    messageResult: '待改正',
    messageNote: null,
    byDeadline: '改好',
    sent: '✓ 改正的内容已提交',
    cameBackWith: '已改正',
    reviewerAsked: '请本人改正填写的内容',
  },
  QUESTION: {
    status: '待回答审核员的问题',
    cardTitle: '审核员有个问题要您回答',
    action: '去回答问题',
    messageResult: '待回答问题',
    messageNote: '审核员有个问题，请在小程序里看并回答',
    byDeadline: '回答',
    sent: '✓ 回答已提交',
    cameBackWith: '已回答问题',
    reviewerAsked: '向本人提问',
  },
  MATERIALS_AND_QUESTION: {
    status: '待补充材料和回答问题',
    cardTitle: '要补充材料，审核员还有个问题要您回答',
    action: '去补材料、回答问题',
    messageResult: '待补材料',
    messageNote: null,
    byDeadline: '补齐并回答',
    sent: '✓ 材料和回答已提交',
    cameBackWith: '已补交材料和回答',
    reviewerAsked: '要求补充材料',
  },
}

/**
 * The words for a request of corrections only whose fields the filing left empty (fillsOnly in
 * src/domain/filings/corrections.ts: an emergency filing has no 外地住址 field at all): 填写, not
 * 改正 — nothing the person wrote was wrong (a trial: the card said 去改正 and the page 填好下面的内容).
 */
export const FILL_WORDS: Readonly<AskedWords> = {
  status: '待填写缺少的内容',
  cardTitle: '要填写缺少的内容',
  action: '去填写',
  messageResult: '待填写',
  messageNote: null,
  byDeadline: '填好',
  sent: '✓ 填写的内容已提交',
  cameBackWith: '已填写',
  reviewerAsked: '请本人填写备案时没有填的内容',
}

/**
 * The words for what was asked: ASKED_WORDS[asked], or FILL_WORDS when `fillOnly` (fillsOnly: the
 * corrections asked are all fields the filing left empty) and only corrections were asked.
 * E.g. askedWords('CORRECTION', true).action → '去填写'; askedWords('MATERIALS', true) → ASKED_WORDS.MATERIALS.
 */
export function askedWords(asked: WhatWasAsked, fillOnly = false): Readonly<AskedWords> {
  return fillOnly && asked === 'CORRECTION' ? FILL_WORDS : ASKED_WORDS[asked]
}

/** The label of the box the person answers in, when a question was asked. */
export const ANSWER_LABEL = '您的回答'

/**
 * By when a send-back is to be answered, in the words every page uses: '请在 2026 年 12 月 11 日
 * 24:00 前补齐' (前回答 for a question; 前填好 with `fillOnly`, corrections of fields the filing left
 * empty only). `deadline` is a China day 'YYYY-MM-DD' (an emergency
 * filing's 补办截止, SPEC §6); the last day ends at 24:00 (民法典 第二百零三条).
 */
export function askedByLine(deadline: string, asked: WhatWasAsked, fillOnly = false): string {
  return `请在 ${chineseDateOf(deadline)} 24:00 前${fillOnly ? FILL_BY_DEADLINE : ASKED_WORDS[asked].byDeadline}`
}

/** What to have done by the deadline when only fields the filing left empty were asked (fillsOnly): '填好'. */
export const FILL_BY_DEADLINE = FILL_WORDS.byDeadline
