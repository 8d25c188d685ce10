/** Words people type for the sign-up form's options besides their labels, in both languages. */
import type { Industry, Need, Stage } from "./constants.ts";

// Words people type for an option besides its label (both languages); labels come from the locales.
// Matching data, not shown to anyone.

export const STAGE_ALIASES: Record<Stage, readonly string[]> = {
  idea: ["想法", "点子", "还没开始", "准备创业", "筹备", "idea", "not started", "planning"],
  young: [
    "不到一年",
    "一年以内",
    "刚开始",
    "刚起步",
    "半年",
    "几个月",
    "under a year",
    "less than a year",
    "new",
  ],
  established: [
    "一年以上",
    "一年多",
    "好几年",
    "多年",
    "两年",
    "三年",
    "over a year",
    "more than a year",
    "years",
  ],
};

export const INDUSTRY_ALIASES: Record<Industry, readonly string[]> = {
  farming: [
    "种植",
    "养殖",
    "种养",
    "农业",
    "种地",
    "大棚",
    "蔬菜",
    "养鸡",
    "养猪",
    "果园",
    "farming",
    "farm",
    "agriculture",
    "breeding",
  ],
  crafts: [
    "手工",
    "手工艺",
    "刺绣",
    "编织",
    "剪纸",
    "鲁绣",
    "草编",
    "handicraft",
    "handicrafts",
    "crafts",
    "craft",
  ],
  ecommerce: [
    "电商",
    "电子商务",
    "网店",
    "直播",
    "带货",
    "淘宝",
    "拼多多",
    "抖音",
    "微商",
    "网上",
    "线上",
    "online",
    "e-commerce",
    "ecommerce",
    "online shop",
    "online store",
  ],
  catering: ["餐饮", "饭店", "小吃", "饭馆", "烘焙", "奶茶", "catering", "restaurant", "food"],
  homemaking: [
    "家政",
    "保洁",
    "月嫂",
    "育儿嫂",
    "养老护理",
    "保姆",
    "homemaking",
    "housekeeping",
    "domestic",
  ],
  retail: ["零售", "小卖部", "超市", "商店", "开店", "服装店", "retail", "shop", "store"],
  other: ["其他", "其它", "别的", "other", "others"],
};

export const NEED_ALIASES: Record<Need, readonly string[]> = {
  finance: ["融资", "贷款", "资金", "借钱", "创业贷", "financing", "finance", "loan", "loans", "money"],
  marketing: ["营销", "销售", "推广", "卖货", "客户", "marketing", "sales", "selling"],
  skills: ["技能", "培训", "技术", "学习", "skills", "training", "skill"],
  management: ["管理", "经营", "财务", "记账", "团队", "management", "managing"],
  legal: ["法律", "合同", "维权", "法务", "legal", "law", "contract"],
};
