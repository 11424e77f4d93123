import type { ErrorEntry } from '../errors/shared.errors';

/** Codes only the checkpoint endpoints answer with. */
export const checkpointErrors = {
  CHECKPOINTS_OFF: {
    status: 404,
    vi: 'Nền tảng này chưa bật điểm neo đã ký (chưa đặt khóa ký); hãy liên hệ đơn vị vận hành.',
    en: 'This platform does not sign checkpoints (no signing key is set); contact its operator.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type CheckpointErrorCode = keyof typeof checkpointErrors;
