import type { ErrorEntry } from '../errors/shared.errors';

/**
 * Codes of the label activation, void and history endpoints beyond
 * the label codes of `label.errors.ts`.
 */
export const labelLifeErrors = {
  LABEL_RANGE_REVERSED: {
    status: 422,
    vi: 'Tem đầu (số {firstSeq}) đứng sau tem cuối (số {lastSeq}); hãy đổi chỗ hai tem.',
    en: 'The first label (number {firstSeq}) comes after the last (number {lastSeq}); swap them.',
  },
  LABEL_BATCH_IN_PROGRESS: {
    status: 409,
    vi: 'Đợt tem #{number} chưa tạo xong (đang ở trạng thái {state}); chỉ dùng được tem của đợt đã hoàn tất.',
    en: 'Label batch #{number} is not finished (it is {state}); only labels of a completed batch can be used.',
  },
  LABEL_BATCH_LOT_DIFFERS: {
    status: 422,
    vi: 'Đợt tem #{number} được in riêng cho lô {batchLot}; không gắn được cho lô {lot}.',
    en: 'Label batch #{number} was printed for lot {batchLot} only; it cannot be bound to lot {lot}.',
  },
  LABEL_LOT_RECALLED: {
    status: 409,
    vi: 'Lô {lot} đã bị triệu hồi; không gắn thêm tem cho lô này.',
    en: 'Lot {lot} has been recalled; no more labels can be bound to it.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type LabelLifeErrorCode = keyof typeof labelLifeErrors;
