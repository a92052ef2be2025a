/**
 * Which regions are groupings (集聚区, 城市群 …: they cut across the
 * administrative hierarchy) rather than administrative regions.
 */

/** Region types that cut across the hierarchy, even before any member is listed. */
export const GROUPING_TYPES = ['集聚区', '经济区', '城市群', '都市圈', '协作区', '城镇圈', '经济带', '示范区', '先行区'];
/** Administrative region types: listing `members` does not make them groupings. */
export const ADMIN_TYPES = ['省', '自治区', '直辖市', '特别行政区', '地级市', '副省级市', '自治州', '地区', '盟'];

export function isGrouping(type: string, listedMembers: readonly string[]): boolean {
  if (GROUPING_TYPES.some((t) => type.endsWith(t))) return true;
  return listedMembers.length > 0 && !ADMIN_TYPES.some((t) => type.endsWith(t));
}
