import { describe, expect, it } from "vitest";
import {
  districtPageOf,
  encodePick,
  type PickerAction,
  pageOf,
  parsePick,
  pickerCities,
  pickerDistricts,
  pickerPattern,
  resolveTyped,
} from "../../src/regions/picker.ts";

const codes = (r: { kind: string; regions?: { code: string }[] }) => r.regions?.map((x) => x.code);

describe("region picker paging", () => {
  it("pages 16 cities 8 at a time with stable numbers", () => {
    const list = pickerCities();
    expect(list).toHaveLength(16);
    const second = pageOf(list, 1);
    expect(second.pages).toBe(2);
    expect(second.items[0]).toMatchObject({ n: 9, item: { code: "370900" } });
    expect(pageOf(list, 99).page).toBe(1);
    expect(pageOf(list, -3).page).toBe(0);
  });

  it("finds the page a district is shown on, in or out of a scope", () => {
    expect(districtPageOf("370700", "370702")).toBe(0);
    expect(districtPageOf("370700", "370785")).toBe(1);
    expect(districtPageOf("370700", "370786")).toBe(1);
    // Narrowed to one district, it is the only one and on the first page; a stranger falls back to 0.
    expect(districtPageOf("370700", "370786", { within: "370786" })).toBe(0);
    expect(districtPageOf("370700", "370523")).toBe(0);
  });

  it("narrows cities and districts to a scope", () => {
    expect(pickerCities({ within: "370700" }).map((c) => c.code)).toEqual(["370700"]);
    expect(pickerCities({ within: "370523" }).map((c) => c.code)).toEqual(["370500"]);
    expect(pickerDistricts("370500", { within: "370523" }).map((c) => c.code)).toEqual(["370523"]);
    expect(pickerDistricts("370500")).toHaveLength(5);
  });
});

describe("region picker callback data", () => {
  const actions: PickerAction[] = [
    { op: "city", code: "370700" },
    { op: "district", code: "370783" },
    { op: "whole", code: "370500" },
    { op: "done", city: "370500" },
    { op: "back" },
    { op: "cities", page: 1 },
    { op: "districts", city: "370100", page: 1 },
  ];

  it("round-trips every action within 64 bytes and matches the prefix pattern", () => {
    for (const action of actions) {
      const data = encodePick("sub", action);
      expect(new TextEncoder().encode(data).length).toBeLessThanOrEqual(64);
      expect(pickerPattern("sub").test(data)).toBe(true);
      expect(pickerPattern("msu").test(data)).toBe(false);
      expect(parsePick("sub", data)).toEqual(action);
    }
  });

  it("rejects forged, unknown, wrong-level and out-of-scope presses", () => {
    expect(parsePick("sub", "sub:c:999900")).toBeNull();
    expect(parsePick("sub", "sub:c:370783")).toBeNull(); // a county is not a city
    expect(parsePick("sub", "sub:d:370700")).toBeNull();
    expect(parsePick("sub", "sub:pc:-1")).toBeNull();
    expect(parsePick("sub", "sub:pc:1:2")).toBeNull();
    expect(parsePick("sub", "sub:c:370700:x")).toBeNull();
    expect(parsePick("sub", "msu:c:370700")).toBeNull();
    expect(parsePick("sub", "sub:d:370523", { within: "370700" })).toBeNull();
    expect(parsePick("sub", "sub:d:370783", { within: "370700" })).toEqual({
      op: "district",
      code: "370783",
    });
    expect(() => encodePick("Bad Prefix", { op: "back" })).toThrow();
  });
});

describe("typed answers", () => {
  const cityList = pickerCities();
  const weifang = pickerDistricts("370700");

  it("resolves numbers, codes, Chinese names with or without suffix, and pinyin", () => {
    expect(codes(resolveTyped("7", cityList))).toEqual(["370700"]);
    expect(codes(resolveTyped("潍坊", cityList))).toEqual(["370700"]);
    expect(codes(resolveTyped("潍坊市", cityList))).toEqual(["370700"]);
    expect(codes(resolveTyped("weifang", cityList))).toEqual(["370700"]);
    expect(codes(resolveTyped("370500", cityList))).toEqual(["370500"]);
    expect(codes(resolveTyped("东营", cityList))).toEqual(["370500"]);
    expect(codes(resolveTyped("青州", weifang))).toEqual(["370781"]);
  });

  it("accepts several answers when multi-select is on", () => {
    expect(codes(resolveTyped("青州、寿光", weifang, { multi: true }))).toEqual(["370781", "370783"]);
    expect(codes(resolveTyped("1 3", weifang, { multi: true }))).toEqual(["370702", "370704"]);
    expect(resolveTyped("1 3", weifang).kind).toBe("none");
    // Spaces and words together, and the other ways of saying "and".
    const three = ["370781", "370783", "370782"];
    expect(codes(resolveTyped("青州 寿光 和 诸城市", weifang, { multi: true }))).toEqual(three);
    expect(codes(resolveTyped("青州以及寿光跟诸城", weifang, { multi: true }))).toEqual(three);
    expect(resolveTyped("青州 寿光 和 北京", weifang, { multi: true })).toMatchObject({
      kind: "none",
      token: "北京",
    });
    // Among names it knows, the one word it does not; otherwise the whole answer.
    expect(resolveTyped("青州 xyz", weifang, { multi: true })).toMatchObject({ kind: "none", token: "xyz" });
    expect(resolveTyped("Hall B", weifang, { multi: true })).toMatchObject({ kind: "none", token: "Hall B" });
  });

  it("hears a wrong character of the same sound (维坊, 青洲) when it names one region on the list", () => {
    expect(codes(resolveTyped("维坊", cityList))).toEqual(["370700"]);
    expect(codes(resolveTyped("寿光、青洲", weifang, { multi: true }))).toEqual(["370783", "370781"]);
    expect(resolveTyped("齐南", cityList).kind).toBe("none");
  });

  it("says none or ambiguous instead of guessing", () => {
    expect(resolveTyped("北京", cityList)).toMatchObject({ kind: "none", token: "北京" });
    expect(resolveTyped("17", cityList).kind).toBe("none");
    expect(resolveTyped("370523", cityList).kind).toBe("none");
    const ambiguous = resolveTyped("莱", pickerDistricts("370600"));
    expect(ambiguous.kind).toBe("ambiguous");
  });
});
