/** Chinese words for the kinds of place and ranking scopes, shared by messages and pages. */
import type { PlaceKind, Ranking } from './types.ts';

export const PLACE_KIND_LABEL: Record<PlaceKind, string> = { county: '县（市、区）', park: '园区', region: '区域' };

export const SCOPE_KIND: Record<Ranking['scope'], PlaceKind> = { counties: 'county', parks: 'park', regions: 'region' };

/** What a ranking lists: 县（市、区）, 园区 or 区域. */
export function scopeLabel(scope: Ranking['scope']): string {
  return PLACE_KIND_LABEL[SCOPE_KIND[scope]];
}
