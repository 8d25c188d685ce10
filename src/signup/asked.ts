/** A question about her own sign-up (« 我的报名怎么样了 », « status of my application »), answered with its live status. */

const ZH =
  /我的(?:报名|申请)|(?:报名|申请)(?:的|有|有没有)?(?:结果|进度|进展|情况|状态|怎么样|咋样|审核|通过|回复|消息)|(?:什么时候|多久|啥时候|怎么还没|还没有?|有没有)(?:有人|人)?(?:来|会)?(?:(?:联系|回复|回电话?|打电话给?)我|(?:给|跟|和)我(?:联系|回复|回电话?|打电话))|(?:联系|回复|回电话|打电话给)(?:过)?我(?:了)?(?:吗|没|没有)|导师(?:什么时候|怎么还没|还没有?)|我(?:已经)?报(?:了|过)名|我(?:已经)?报名(?:了|过)/;
const EN =
  /\bmy (?:application|sign[\s-]?up|registration|mentor request)\b|\bapplication status\b|\b(?:when|will|has|have|did) (?:anyone|someone|somebody|a mentor|the mentor|staff|the staff|you)\b.*\b(?:contact|call|reply|get back|write)\b|\bhear back\b/i;

/**
 * Whether she asks about her own mentor sign-up: its status, whether it arrived, when someone will
 * contact her (« 我的报名怎么样了 », « 报名有结果了吗 », « 我报名了导师，什么时候有人联系我 », « 有人联系我了吗 »,
 * « What's the status of my application? », « When will a mentor contact me? »). How to sign up is
 * not about her own (« 怎么报名 » is the knowledge base's).
 */
export function asksAboutMyApplication(text: string): boolean {
  const t = text.normalize("NFKC").replace(/[’]/g, "'");
  return ZH.test(t) || EN.test(t);
}
