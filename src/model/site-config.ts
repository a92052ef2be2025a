/**
 * content/site.yaml, optional: settings of the whole site that editors own. The licence of the
 * open data, shown on /data/ and in its JSON-LD, and the Traditional edition's variant:
 *
 *   licence: 知识共享署名 4.0 国际许可协议（CC BY 4.0）：转载请注明来源
 *   licence_url: https://creativecommons.org/licenses/by/4.0/deed.zh-hans
 *   traditional: tw      # 繁体版用字：tw 台湾（默认）、hk 香港、none 不生成繁体版
 */
import type { Diagnostics } from './diagnostics.ts';

export interface SiteConfig {
  licence?: string;
  licenceUrl?: string;
  /** The Traditional edition's characters (src/edition/), or none for no edition. */
  traditional: 'tw' | 'hk' | 'none';
}

const KEYS = ['licence', 'licence_url', 'traditional'];
const TRADITIONAL = ['tw', 'hk', 'none'] as const;

export function readSiteConfig(raw: unknown, file: string, diags: Diagnostics): SiteConfig {
  if (raw === undefined || raw === null) return { traditional: 'tw' };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    diags.error(file, '', 'site.yaml 必须是 设置名: 值 的映射 must map setting names to values', `可用的设置 settings: ${KEYS.join(', ')}`);
    return { traditional: 'tw' };
  }
  const config: SiteConfig = { traditional: 'tw' };
  for (const [key, value] of Object.entries(raw)) {
    if (!KEYS.includes(key)) {
      diags.warn(file, key, `不认识的设置“${key}”，已忽略 unknown setting, ignored`, `可用的设置 settings: ${KEYS.join(', ')}`);
      continue;
    }
    if (typeof value !== 'string' || !value.trim()) {
      diags.error(file, key, '必须是一行文字 must be a line of text', key === 'licence_url' ? '如 https://creativecommons.org/licenses/by/4.0/' : '如 知识共享署名 4.0（CC BY 4.0）');
      continue;
    }
    if (key === 'traditional') {
      const v = value.trim() as SiteConfig['traditional'];
      if (TRADITIONAL.includes(v)) config.traditional = v;
      else diags.error(file, key, `不认识的繁体版用字“${value}” unknown variant`, 'tw（台湾用字，默认）、hk（香港用字）或 none（不生成繁体版）');
    } else if (key === 'licence') config.licence = value.trim();
    else if (/^https?:\/\/\S+$/.test(value.trim())) config.licenceUrl = value.trim();
    else diags.error(file, key, `不是网址：“${value}” not a URL`, '以 https:// 开头，如 https://creativecommons.org/licenses/by/4.0/');
  }
  if (config.licenceUrl && !config.licence) diags.warn(file, 'licence_url', '有许可链接但没有许可名称，/data/ 页面不会显示它 a licence_url without a licence is not shown', '加上 licence: 许可名称，如 知识共享署名 4.0（CC BY 4.0）');
  return config;
}
