/** A question about upcoming trainings (« 最近有培训吗 », « any trainings coming up? »), answered with her training news, not the knowledge base. */
import { asksWhatsOn } from "../text/whats-on.ts";

const TRAINING = {
  zh: /培训|课程|学习班|讲座|训练营|上课|技能班/,
  en: /\btrainings?\b|\bcourses?\b|\bclass(?:es)?\b|\bworkshops?\b/i,
};

/**
 * Whether she asks when trainings are coming up (« 下个月有培训班吗 », « any trainings coming up? »).
 * Only a question about time counts: whether there is training at all (« 有没有免费的技术培训 »)
 * is what the knowledge base explains. Trainings are announced as training news to subscribers of
 * that topic, so her live view is that subscription.
 */
export function asksAboutTraining(text: string): boolean {
  return asksWhatsOn(text, TRAINING, { existence: false });
}
