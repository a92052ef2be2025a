/**
 * What the search page's script says, carried by the page (data-messages) rather than the
 * script: the Traditional edition converts the page, and the one script serves both.
 */
import { KIND_LABELS } from './format.ts';

export const SEARCH_MESSAGES = {
  kinds: KIND_LABELS,
  prompt: '输入地名、园区、产业或关键词进行搜索。',
  searching: '正在搜索…',
  found: '找到 {n} 个结果',
  foundFor: '找到 {n} 个结果：{q}',
  none: '没有找到与“{q}”相关的页面。可以换个说法，或减少筛选条件。',
  failed: '搜索索引读取失败（{e}），请刷新页面重试。',
  moreFailed: '更多结果读取失败（{e}），请重试。',
};

export type SearchMessages = typeof SEARCH_MESSAGES;

/** A message with its {placeholders} filled. */
export const fill = (template: string, values: Record<string, string | number>): string => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
