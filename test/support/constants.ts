/** Test-only credentials and identities; none of these reach a real service. */
import { botInfo } from "../../src/telegram/bot-info.ts";
export const TEST_TOKEN = "7000000001:AAtest-token-for-the-local-emulator";
export const TEST_WEBHOOK_SECRET = "test-webhook-secret_123";
export const TEST_BRIDGE_TOKEN = "test-bridge-token";

export const TEST_BOT_INFO = botInfo({
  id: 7000000001,
  first_name: "Jinguo Dev",
  username: "jinguo_dev_bot",
});

/** An admin, a Weifang staff member and a Dongying staff member. */
export const ADMIN_ID = 900000001;
export const WEIFANG_STAFF_ID = 900000002;
export const DONGYING_STAFF_ID = 900000003;
/** One admin per job-fair test file, so files running in parallel never share a form in progress. */
export const FAIRS_ADMIN_IDS = [900000011, 900000012, 900000013, 900000014, 900000015] as const;
/** The FAQ tests' own admin and staff member, so no other test file shares their forms. */
export const FAQ_ADMIN_ID = 900000021;
export const FAQ_STAFF_ID = 900000022;
/** A staff member writing FAQ entries while other forms and stop words are about (faq-staff-forms). */
export const FAQ_WRITER_ID = 900000023;
/** The broadcast tests' own admin, a plain staff member, and ids for the staff their apps add. */
export const BROADCAST_ADMIN_ID = 900000031;
export const BROADCAST_OTHER_STAFF_ID = 900000032;
export const BROADCAST_STAFF_IDS = [900000033, 900000034, 900000035, 900000036, 900000037] as const;
/** The admin of the cross-form tests (test/integration/forms-crossing.test.ts), alone in its chat. */
export const FORMS_ADMIN_ID = 900000041;
/** A staff member writing content (an FAQ entry) about violence, in test/integration/faq-danger.test.ts. */
export const DANGER_WRITER_ID = 900000051;
/** Admins of the staff-tools tests of issue 14 (retry keyboards, edits, menus), one per file, alone in their chats. */
export const STAFF_TOOLS_ADMIN_IDS = [900000071, 900000072, 900000073, 900000074] as const;
/** The console's tests' own admin, Weifang staff member and Dongying staff member (issue 15, phase B). */
export const CONSOLE_ADMIN_ID = 900000081;
export const CONSOLE_WEIFANG_ID = 900000082;
export const CONSOLE_DONGYING_ID = 900000083;
export const TEST_STAFF = [
  `${ADMIN_ID}:admin,${WEIFANG_STAFF_ID}:staff:370700,${DONGYING_STAFF_ID}:staff:370500`,
  ...[...FAIRS_ADMIN_IDS, FORMS_ADMIN_ID, ...STAFF_TOOLS_ADMIN_IDS].map((id) => `${id}:admin`),
  `${FAQ_ADMIN_ID}:admin,${FAQ_STAFF_ID}:staff:370800,${FAQ_WRITER_ID}:staff:370800`,
  `${DANGER_WRITER_ID}:staff:370800`,
  `${BROADCAST_ADMIN_ID}:admin,${BROADCAST_OTHER_STAFF_ID}:staff:370700`,
  `${CONSOLE_ADMIN_ID}:admin,${CONSOLE_WEIFANG_ID}:staff:370700,${CONSOLE_DONGYING_ID}:staff:370500`,
].join(",");

/** The WeChat test account: the emulator's AppId, AppSecret, Token and EncodingAESKey, and its templates. */
export const TEST_WECHAT = {
  appId: "wx5e1f0c2a9b3d4e6f",
  appSecret: "5f3c1e9a7b2d4c6e8f0a1b2c3d4e5f60",
  token: "jinguoTestToken2026",
  encodingAesKey: "jinguoTestAesKey0123456789abcdefghijklmnopq",
  account: "gh_7e57a1c0de01",
} as const;

/** Templates the test account has added on mp.weixin.qq.com (as the emulator knows them) … */
export const TEST_WECHAT_TEMPLATES = {
  "tpl-notice-0001": {
    title: "通知提醒",
    content: "通知：{{thing1.DATA}}\n内容：{{thing2.DATA}}\n时间：{{time3.DATA}}",
  },
  "tpl-fair-0001": {
    title: "招聘会提醒",
    content: "招聘会：{{thing1.DATA}}\n时间：{{time2.DATA}}\n地点：{{thing3.DATA}}",
  },
} as const;

/** … and WECHAT_TEMPLATES naming them for the notice kinds. */
export const TEST_WECHAT_TEMPLATE_CONFIG = JSON.stringify({
  notice: { id: "tpl-notice-0001", fields: { thing1: "title", thing2: "summary", time3: "sent" } },
  fair: { id: "tpl-fair-0001", fields: { thing1: "title", time2: "when", thing3: "place" } },
});

/** Every staff command, as issue 14 (17) names them: /help and the staff's menu list each one. */
export const STAFF_COMMANDS = [
  "newfair",
  "editfair",
  "cancelfair",
  "fairqr",
  "stats",
  "broadcast",
  "broadcasts",
  "signups",
  "mentors",
  "faqmisses",
  "faqstats",
  "faqedits",
  "faqnew",
  "faqedit",
  "console",
] as const;
