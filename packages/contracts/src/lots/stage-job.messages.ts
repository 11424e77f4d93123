/** The clerk's screens of a stage with jobs: jobs and their counts, finishing the stage, waiting periods. */
const vi = {
  'lots.jobs.doneOf': '{count}/{needed}',
  'lots.jobs.optional': 'tuỳ chọn',
  'lots.jobs.onceDone': 'Đã ghi (chỉ một lần)',
  'lots.jobs.finish': 'Kết thúc công đoạn',
  'lots.jobs.finishMissing': 'Chưa kết thúc được: còn thiếu {missing}.',
  'lots.jobs.finishFollowed': 'Công đoạn cũng tự kết thúc khi ghi công đoạn tiếp theo.',
  'lots.jobs.confirmTitle': 'Kết thúc công đoạn {stage}?',
  'lots.jobs.confirmText':
    'Sau khi kết thúc, không ghi thêm công việc nào của công đoạn này cho lô {code} được nữa.',
  'lots.jobs.confirm': 'Kết thúc',
  'lots.jobs.finished': 'Đã kết thúc công đoạn {stage} cho lô {code}.',
  'lots.jobs.pick': 'Chọn công việc cần ghi.',
  'lots.jobs.state.open': 'Đang mở',
  'lots.jobs.state.closed': 'Đã kết thúc',
  'lots.jobs.titleLine': '{stage} › {job}',
  'lots.jobs.notRecordable':
    'Công việc này chưa ghi được lúc này: công đoạn chưa mở, đã kết thúc, hoặc việc chỉ ghi một lần đã có.',
  'lots.wait.refuse': '{stage} sớm nhất từ ngày {firstDay}: lần {job} gần nhất {date}, cách ly {days} ngày.',
  'lots.wait.warn':
    'Ghi trước ngày {firstDay} vẫn được nhận nhưng sẽ bị đánh dấu: lần {job} gần nhất {date}, cách ly {days} ngày.',
  'lots.wait.passed': 'Đã qua thời gian cách ly sau lần {job} {date} ({days} ngày, từ {firstDay}).',
  'lots.record.closed': 'Đã kết thúc công đoạn',
  'lots.record.closedByClerk': 'bởi nhân viên',
  'lots.record.closedByFollowing': 'khi ghi {stage}',
  'lots.record.closedByFollowingRecord': 'khi ghi công đoạn sau',
  'lots.record.waitingFlag': 'Ghi trong thời gian cách ly: {job} {date}, được phép từ {firstDay}',
} as const;

const en: Record<keyof typeof vi, string> = {
  'lots.jobs.doneOf': '{count}/{needed}',
  'lots.jobs.optional': 'optional',
  'lots.jobs.onceDone': 'Recorded (once only)',
  'lots.jobs.finish': 'Finish this stage',
  'lots.jobs.finishMissing': 'Cannot finish yet: still missing {missing}.',
  'lots.jobs.finishFollowed': 'The stage also finishes by itself when the next stage is recorded.',
  'lots.jobs.confirmTitle': 'Finish stage {stage}?',
  'lots.jobs.confirmText': 'Once finished, no more jobs of this stage can be recorded for lot {code}.',
  'lots.jobs.confirm': 'Finish',
  'lots.jobs.finished': 'Stage {stage} finished for lot {code}.',
  'lots.jobs.pick': 'Choose the job to record.',
  'lots.jobs.state.open': 'Open',
  'lots.jobs.state.closed': 'Finished',
  'lots.jobs.titleLine': '{stage} › {job}',
  'lots.jobs.notRecordable':
    'This job cannot be recorded now: the stage is not open, is finished, or the once-only job is recorded already.',
  'lots.wait.refuse':
    '{stage} from {firstDay} at the earliest: last {job} on {date}, waiting period {days} days.',
  'lots.wait.warn':
    'A record before {firstDay} is accepted but flagged: last {job} on {date}, waiting period {days} days.',
  'lots.wait.passed': 'The waiting period after {job} on {date} is over ({days} days, from {firstDay}).',
  'lots.record.closed': 'Stage finished',
  'lots.record.closedByClerk': 'by the clerk',
  'lots.record.closedByFollowing': 'when {stage} was recorded',
  'lots.record.closedByFollowingRecord': 'when the next stage was recorded',
  'lots.record.waitingFlag': 'Recorded within a waiting period: {job} {date}, allowed from {firstDay}',
};

export const stageJobScreenMessages = { vi, en };
