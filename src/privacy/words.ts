/** What people type to see or erase their data, on channels where commands are words (WeChat): « 我的数据 », « 删除我的数据 ». */
import { normalizeChoice } from "../text/choices.ts";

const MYDATA = [
  "/mydata",
  "mydata",
  "my data",
  "我的数据",
  "查看我的数据",
  "我的资料",
  "我的信息",
  "个人数据",
];
const DELETE = [
  "/delete",
  "delete my data",
  "erase my data",
  "删除我的数据",
  "删除数据",
  "删除我的资料",
  "删除我的信息",
  "删除个人数据",
];

const set = (words: readonly string[]) => new Set(words.map(normalizeChoice));
const MYDATA_SET = set(MYDATA);
const DELETE_SET = set(DELETE);

/** What a typed message asks of her data, if anything: the whole message must be one of these words. */
export function privacyRequest(text: string): "mydata" | "delete" | null {
  const said = normalizeChoice(text);
  if (MYDATA_SET.has(said)) return "mydata";
  if (DELETE_SET.has(said)) return "delete";
  return null;
}
