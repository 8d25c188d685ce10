import { describe, expect, it } from "vitest";
import data from "../../src/regions/data.json" with { type: "json" };
import {
  childrenOf,
  cities,
  cityOf,
  createRegions,
  findRegions,
  getRegion,
  isWithin,
  matchingSubscriptionCodes,
  province,
  type RegionData,
  regionLabel,
  regionName,
} from "../../src/regions/index.ts";

const codes = (list: readonly { code: string }[]) => list.map((r) => r.code);

describe("Shandong data", () => {
  it("has the province, 16 cities and 136 county-level divisions with valid codes", () => {
    expect(province).toMatchObject({ code: "370000", name: "山东省", parent: null, level: "province" });
    expect(cities()).toHaveLength(16);
    const all = data.regions.map((r) => getRegion(r.code)!);
    expect(all.filter((r) => r.level === "county")).toHaveLength(136);
    expect(new Set(codes(all)).size).toBe(all.length);
    for (const r of all) {
      expect(r.code).toMatch(/^37\d{4}$/);
      if (r.level === "city") expect(r.parent).toBe("370000");
      if (r.level === "county") expect(getRegion(r.parent!)?.level).toBe("city");
      expect(r.name.startsWith(r.short)).toBe(true);
    }
  });

  it("lists cities in code order and counts their divisions", () => {
    const counts = cities().map((c) => `${c.short}${childrenOf(c.code).length}`);
    expect(codes(cities())).toEqual([...codes(cities())].sort());
    expect(counts.join(" ")).toBe(
      "济南12 青岛10 淄博8 枣庄6 东营5 烟台11 潍坊12 济宁11 泰安6 威海4 日照4 临沂12 德州11 聊城8 滨州7 菏泽9",
    );
  });

  it.each([
    ["370523", "广饶县", "370500", "Guangrao County"],
    ["370116", "莱芜区", "370100", "Laiwu District"],
    ["370117", "钢城区", "370100", "Gangcheng District"],
    ["370215", "即墨区", "370200", "Jimo District"],
    ["370505", "垦利区", "370500", "Kenli District"],
    ["370614", "蓬莱区", "370600", "Penglai District"],
    ["370725", "昌乐县", "370700", "Changle County"],
    ["370781", "青州市", "370700", "Qingzhou City"],
    ["371002", "环翠区", "371000", "Huancui District"],
    ["371503", "茌平区", "371500", "Chiping District"],
    ["371703", "定陶区", "371700", "Dingtao District"],
  ])("knows %s %s", (code, name, parent, en) => {
    expect(getRegion(code)).toMatchObject({ name, parent, en, level: "county" });
  });

  it("leaves out defunct divisions", () => {
    expect(getRegion("371200")).toBeUndefined(); // 莱芜市
    expect(getRegion("370634")).toBeUndefined(); // 长岛县
    expect(findRegions("长岛")).toEqual([]);
  });
});

describe("tree queries", () => {
  it("matches subscriptions from the event's place outwards", () => {
    expect(matchingSubscriptionCodes("370523")).toEqual(["370523", "370500", "370000"]);
    expect(matchingSubscriptionCodes("370500")).toEqual(["370500", "370000"]);
    expect(matchingSubscriptionCodes("370000")).toEqual(["370000"]);
    expect(matchingSubscriptionCodes("999999")).toEqual([]);
  });

  it("decides containment from the data", () => {
    expect(isWithin("370523", "370523")).toBe(true);
    expect(isWithin("370523", "370500")).toBe(true);
    expect(isWithin("370523", "370000")).toBe(true);
    expect(isWithin("370523", "370700")).toBe(false);
    expect(isWithin("370500", "370523")).toBe(false);
    expect(isWithin("370599", "370500")).toBe(false); // right digits, no such county
    expect(isWithin("370523", "370599")).toBe(false);
  });

  it("finds a county's city and labels it", () => {
    expect(cityOf("370781")?.code).toBe("370700");
    expect(cityOf("370700")?.code).toBe("370700");
    expect(cityOf("370000")).toBeUndefined();
    expect(regionLabel("370781", "zh-CN")).toBe("潍坊市 · 青州市");
    expect(regionLabel("370781", "en")).toBe("Qingzhou City, Weifang");
    expect(regionLabel("370700", "en")).toBe("Weifang");
    expect(regionLabel("370000", "zh-CN")).toBe("山东省");
    expect(regionName(getRegion("370523")!, "en")).toBe("Guangrao County");
    expect(regionName(getRegion("370523")!, "zh-CN")).toBe("广饶县");
  });
});

describe("findRegions", () => {
  it.each([
    ["370523", "370523"],
    ["３７０５２３", "370523"],
    ["潍坊", "370700"],
    ["潍坊市", "370700"],
    ["  潍坊市。", "370700"],
    ["ｗｅｉｆａｎｇ", "370700"],
    ["weifang", "370700"],
    ["Wei Fang", "370700"],
    ["Weifang City", "370700"],
    ["weifang shi", "370700"],
    ["广饶县", "370523"],
    ["广饶", "370523"],
    ["guangrao county", "370523"],
    ["GuangraoCounty", "370523"],
    ["guangrao", "370523"],
    ["Guangrao Xian", "370523"],
    ["Kuiwen District", "370705"],
    ["kuiwen qu", "370705"],
    ["Qingzhou City", "370781"],
    ["linqu", "370724"],
    ["Tai'an", "370900"],
    ["taierzhuang", "370405"],
    ["Dōngpíng", "370923"],
    ["山东省", "370000"],
    ["山东", "370000"],
    ["山东省潍坊市青州市", "370781"],
    ["潍坊 青州", "370781"],
    // City and district typed in English or pinyin (qa-live: "Weifang Shouguang" was not found).
    ["Weifang Shouguang", "370783"],
    ["Weifang City, Qingzhou", "370781"],
    ["Shandong Dongying Guangrao County", "370523"],
    ["济南市中区", "370103"],
    ["濰坊", "370700"],
    ["壽光市", "370783"],
    ["煙臺", "370600"],
    ["廣饒縣", "370523"],
  ])("resolves %j to %s", (query, code) => {
    expect(codes(findRegions(query))).toEqual([code]);
  });

  it("returns every candidate for ambiguous names, cities first", () => {
    expect(codes(findRegions("市中区"))).toEqual(["370103", "370402"]);
    expect(codes(findRegions("东营"))).toEqual(["370500", "370502"]);
    expect(codes(findRegions("dongying"))).toEqual(["370500", "370502"]);
    expect(codes(findRegions("linyi"))).toEqual(["371300", "371424"]);
    expect(codes(findRegions("Lanshan District"))).toEqual(["371103", "371302"]);
  });

  it("prefers a name typed with its suffix", () => {
    expect(codes(findRegions("东营区"))).toEqual(["370502"]);
    expect(codes(findRegions("Dongying District"))).toEqual(["370502"]);
    expect(codes(findRegions("Dongying City"))).toEqual(["370500"]);
  });

  it("puts exact matches before prefix matches", () => {
    expect(codes(findRegions("莒"))).toEqual(["371122", "371327"]);
    expect(codes(findRegions("莱"))).toEqual(["370116", "370285", "370613", "370682", "370683"]);
  });

  it("narrows with within and level", () => {
    expect(codes(findRegions("市中区", { within: "370400" }))).toEqual(["370402"]);
    expect(codes(findRegions("lanshan", { within: "371300" }))).toEqual(["371302"]);
    expect(codes(findRegions("东营", { level: "county" }))).toEqual(["370502"]);
    expect(codes(findRegions("东营", { level: ["province", "city"] }))).toEqual(["370500"]);
    expect(findRegions("370523", { within: "370700" })).toEqual([]);
    expect(findRegions("广饶", { within: "999900" })).toEqual([]);
  });

  it("returns nothing for empty or unknown input", () => {
    expect(findRegions("")).toEqual([]);
    expect(findRegions(" 。")).toEqual([]);
    expect(findRegions("北京")).toEqual([]);
    expect(findRegions("123456")).toEqual([]);
  });
});

describe("createRegions with another province's file", () => {
  const fake: RegionData = {
    regions: [
      { code: "990000", name: "示例省", short: "示例", en: "Shili", parent: null },
      { code: "990100", name: "甲市", short: "甲", en: "Jia", parent: "990000" },
      { code: "990102", name: "东区", short: "东", en: "Dong District", parent: "990100" },
      { code: "990200", name: "乙市", short: "乙", en: "Yi", parent: "990000" },
      { code: "990202", name: "东区", short: "东", en: "Dong District", parent: "990200" },
      { code: "990281", name: "丙市", short: "丙", en: "Bing City", parent: "990200" },
    ],
  };

  it("serves the same API from nothing but the data", () => {
    const fakeRegions = createRegions(fake);
    expect(fakeRegions.province.name).toBe("示例省");
    expect(codes(fakeRegions.cities())).toEqual(["990100", "990200"]);
    expect(fakeRegions.matchingSubscriptionCodes("990281")).toEqual(["990281", "990200", "990000"]);
    expect(codes(fakeRegions.findRegions("东区"))).toEqual(["990102", "990202"]);
    expect(codes(fakeRegions.findRegions("dong", { within: "990200" }))).toEqual(["990202"]);
    expect(fakeRegions.regionLabel("990281", "en")).toBe("Bing City, Yi");
    expect(fakeRegions.getRegion("370523")).toBeUndefined();
  });

  it.each([
    ["a malformed code", { code: "99010", parent: "990000" }],
    ["a duplicate code", { code: "990100", parent: "990000" }],
    ["an unknown parent", { code: "990300", parent: "990900" }],
    ["a code outside its parent", { code: "980101", parent: "990100" }],
    ["a fourth tier", { code: "990103", parent: "990102" }],
  ])("rejects %s", (_, bad) => {
    const extra = { name: "坏区", short: "坏", en: "Bad District", ...bad };
    expect(() => createRegions({ regions: [...fake.regions, extra] })).toThrow();
  });
});
