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
export const TEST_STAFF = [
  `${ADMIN_ID}:admin,${WEIFANG_STAFF_ID}:staff:370700,${DONGYING_STAFF_ID}:staff:370500`,
  ...[...FAIRS_ADMIN_IDS, FORMS_ADMIN_ID, ...STAFF_TOOLS_ADMIN_IDS].map((id) => `${id}:admin`),
  `${FAQ_ADMIN_ID}:admin,${FAQ_STAFF_ID}:staff:370800,${FAQ_WRITER_ID}:staff:370800`,
  `${DANGER_WRITER_ID}:staff:370800`,
  `${BROADCAST_ADMIN_ID}:admin,${BROADCAST_OTHER_STAFF_ID}:staff:370700`,
].join(",");

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
] as const;
