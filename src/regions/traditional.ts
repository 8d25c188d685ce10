/** Traditional forms of the characters in the province's region names, read as simplified. */
/**
 * Traditional forms of the characters in Shandong's region names, so « 濰坊 », « 壽光 » or « 煙臺 »
 * typed on a Hong Kong or Taiwan keyboard find 潍坊, 寿光 and 烟台. Only these characters: names
 * are matched against the simplified data, nothing else is converted.
 */
const PAIRS =
  "東东臨临樂乐鄉乡雲云兒儿兗兖蘭兰興兴區区單单歷历縣县臺台嵐岚島岛嶧峄嶗崂廣广莊庄慶庆張张無无棗枣棲栖" +
  "橋桥滄沧澤泽濟济濱滨濰潍煙烟環环羅罗膠胶蕪芜榮荣蔭荫萊莱蓮莲營营諸诸費费遠远鄒邹鄆郓鋼钢長长陽阳陰阴" +
  "饒饶魚鱼黃黄齊齐龍龙寧宁壽寿墾垦嶽岳";

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i]!, PAIRS[i + 1]!);

/** The text with traditional forms of region-name characters replaced by their simplified ones. */
export function simplifyRegionChars(text: string): string {
  return text.replace(/[\u3400-\u9fff]/g, (ch) => MAP.get(ch) ?? ch);
}
