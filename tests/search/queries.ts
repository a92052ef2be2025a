/**
 * What readers type, and the page each query must put first, on the example site (content/).
 * Run in Node against the index in memory (queries.test.ts) and in Chromium against the built
 * site (tests/e2e/search.test.ts).
 */
export interface QueryCase {
  query: string;
  /** The first result's site path. */
  first: string;
  /** What the case is about. */
  why: string;
}

export const QUERIES: QueryCase[] = [
  { query: '枝江', first: '/counties/zhijiang/', why: 'word inside a longer name (枝江市); the county page above briefings naming it' },
  { query: '枝江市', first: '/counties/zhijiang/', why: 'full name' },
  { query: '新能源', first: '/industries/new-energy/', why: 'word inside longer names (新能源电池)' },
  { query: '县域经济', first: '/rankings/county-top100/', why: 'a phrase that spans two words (县域 · 经济)' },
  { query: '工业园区', first: '/parks/jiayuguan-gongye-yuanqu/', why: 'word inside a park name' },
  { query: '潜江龙虾', first: '/counties/qianjiang/', why: 'phrase of a place and a product (潜江 · 龙虾)' },
  { query: '经济开发区', first: '/parks/changzhi-jingkaiqu/', why: 'the short form of 经济技术开发区' },
  { query: '随州高新区', first: '/parks/suizhou-gaoxinqu/', why: 'alias; the park above the interview that names it' },
  { query: '长治经开区', first: '/parks/changzhi-jingkaiqu/', why: 'alias' },
  { query: '晋城经济开发区', first: '/parks/jincheng-jingkaiqu/', why: 'derived short form with no alias written' },
  { query: '宜都化工园区', first: '/parks/yidu-huagongyuan/', why: 'the name with 区 added, as readers type it' },
  { query: '山西综改示范区', first: '/parks/shanxi-zonggai-shifanqu/', why: 'second alias' },
  { query: '恩施州', first: '/regions/enshi/', why: 'short form of an autonomous prefecture' },
  { query: '当枝松宜', first: '/regions/dangzhisongyi/', why: 'grouping alias; above the briefing titled with it' },
  { query: '太忻经济区', first: '/regions/taixin-jingjiqu/', why: 'alias of a grouping' },
  { query: '湖北', first: '/regions/hubei/', why: 'province alias above its counties' },
  { query: '白银', first: '/regions/baiyin/', why: "the editor's alias (白银市) above a derived short form (白银区)" },
  { query: '小龙虾', first: '/industries/crayfish/', why: 'industry name' },
  { query: '全国开发区百强', first: '/rankings/national-development-zone-top100/', why: 'ranking name' },
  { query: '枝江 新能源', first: '/counties/zhijiang/', why: 'two words: the page with both first' },
  { query: '宜都 化工', first: '/parks/yidu-huagongyuan/', why: 'two words, both in one name' },
  { query: '潜江 县域经济 百强', first: '/briefings/qianjiang-baiqiang-jinwei-xingdong-fangan/', why: 'three words: the briefing holding all three' },
  { query: '强县域行动推进会', first: '/briefings/gansu-qiangxianyu-xingdong-tuijinhui/', why: 'phrase from a briefing title' },
  { query: '"百强进位"', first: '/briefings/qianjiang-baiqiang-jinwei-xingdong-fangan/', why: 'quoted phrase' },
  { query: '枝江　新能源', first: '/counties/zhijiang/', why: 'full-width space between words' },
  { query: 'zhijiang', first: '/counties/zhijiang/', why: 'pinyin, as in the address' },
  { query: 'Suizhou', first: '/regions/suizhou/', why: 'pinyin with a capital: the place itself above the park named after it' },
  { query: 'e-commerce', first: '/industries/e-commerce/', why: 'a hyphenated slug: words cut where the hyphen is' },
  { query: '宜都·松滋', first: '/regions/yidu-songzi-xianxingqu/', why: 'names joined with a middle dot, as written in the name' },
  { query: '枝江市的新能源', first: '/counties/zhijiang/', why: 'a sentence typed without spaces: cut into the parts pages hold' },
];
