import type { Remark } from '@feedbackinstrument/shared';
import type { RemarkRow } from './remarks.js';

export const toRemark = (row: RemarkRow): Remark => ({
  id: row.id,
  receivedAt: new Date(row.received_at).toISOString(),
  day: row.local_day,
  score: row.score,
  remark: row.remark,
  lang: row.lang as Remark['lang'],
  context: row.context as Remark['context'],
  channel: row.channel,
  step: row.step,
  ease: row.ease,
  completed: row.completed,
});
