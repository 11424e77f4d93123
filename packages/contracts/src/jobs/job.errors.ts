import type { ErrorEntry } from '../errors/shared.errors';

/** Codes only the background jobs' endpoints answer with, and the codes a failed job ends with. */
export const jobErrors = {
  JOB_ALREADY_ENDED: {
    status: 409,
    vi: 'Công việc này đã kết thúc nên không thể hủy nữa.',
    en: 'This job has already ended, so it can no longer be cancelled.',
  },
  JOB_INTERRUPTED: {
    status: 500,
    vi: 'Công việc bị dừng do lỗi hệ thống; những gì đã lưu vẫn còn. Hãy thử lại, hoặc báo cho đơn vị vận hành nếu lỗi lặp lại.',
    en: 'The job stopped on a system fault; what was saved is kept. Try again, or tell the operator if it happens again.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type JobErrorCode = keyof typeof jobErrors;
