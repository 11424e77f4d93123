import type { ErrorEntry } from '../errors/shared.errors';

/** Codes the label activation, void and history endpoints answer with (and a packing record binding labels). */
export const labelLifeErrors = {
  LABEL_SERIAL_MALFORMED: {
    status: 422,
    vi: 'Mã tem “{serial}” không đúng dạng: mã tem có 13 ký tự gồm chữ số 2-9 và chữ cái in hoa (không có 0, 1, I, O).',
    en: 'Label code “{serial}” is not well formed: a label code has 13 characters, digits 2-9 and capital letters (no 0, 1, I or O).',
  },
  LABEL_SERIAL_CHECK_FAILED: {
    status: 422,
    vi: 'Mã tem “{serial}” có ký tự kiểm tra sai: có lẽ đã gõ nhầm một ký tự hoặc đảo hai ký tự; hãy gõ lại hoặc quét tem.',
    en: 'Label code “{serial}” fails its check character: a character was probably mistyped or two were swapped; type it again or scan the label.',
  },
  LABEL_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy tem {serial} trong tài khoản này{more, plural, =0 {} other { (cùng {more, number} mã khác)}}.',
    en: 'Label {serial} was not found in this account{more, plural, =0 {} other { (nor {more, number} other codes)}}.',
  },
  LABEL_ALREADY_ACTIVE: {
    status: 409,
    vi: 'Tem {serial} (số {seq, number} của đợt #{batch}) đã được kích hoạt{count, plural, =1 {} other {, cùng {count, number} tem khác trong lựa chọn}}; mỗi tem chỉ kích hoạt một lần. Không tem nào được thay đổi.',
    en: 'Label {serial} (number {seq, number} of batch #{batch}) is already activated{count, plural, =1 {} other {, as are {count, number} labels of the selection}}; a label is activated once. No label was changed.',
  },
  LABEL_VOIDED: {
    status: 409,
    vi: 'Tem {serial} (số {seq, number} của đợt #{batch}) đã bị huỷ{count, plural, =1 {} other {, cùng {count, number} tem khác trong lựa chọn}}; tem đã huỷ không dùng lại được. Không tem nào được thay đổi.',
    en: 'Label {serial} (number {seq, number} of batch #{batch}) is voided{count, plural, =1 {} other {, as are {count, number} labels of the selection}}; a voided label cannot be used again. No label was changed.',
  },
  LABEL_RANGE_OUTSIDE_BATCH: {
    status: 422,
    vi: 'Đợt tem #{batch} chỉ có tem số 1 đến {quantity, number}; dải {firstSeq, number}–{lastSeq, number} vượt ra ngoài.',
    en: 'Batch #{batch} has labels 1 to {quantity, number} only; the range {firstSeq, number}–{lastSeq, number} runs past it.',
  },
  LABEL_RANGE_REVERSED: {
    status: 422,
    vi: 'Tem đầu (số {firstSeq, number}) đứng sau tem cuối (số {lastSeq, number}); hãy đổi chỗ hai tem.',
    en: 'The first label (number {firstSeq, number}) comes after the last (number {lastSeq, number}); swap them.',
  },
  LABEL_RANGE_CROSSES_BATCHES: {
    status: 422,
    vi: 'Tem đầu thuộc đợt #{firstBatch} còn tem cuối thuộc đợt #{lastBatch}; một dải tem phải nằm trong cùng một đợt.',
    en: 'The first label is from batch #{firstBatch} and the last from batch #{lastBatch}; a range must lie in one batch.',
  },
  LABEL_BATCH_IN_PROGRESS: {
    status: 409,
    vi: 'Đợt tem #{batch} chưa tạo xong (đang ở trạng thái {state}); chỉ dùng được tem của đợt đã hoàn tất.',
    en: 'Batch #{batch} is not finished (it is {state}); only labels of a completed batch can be used.',
  },
  LABEL_LOT_PRODUCT_DIFFERS: {
    status: 422,
    vi: 'Đợt tem #{batch} được in cho sản phẩm {batchProduct}, còn lô {lot} là của sản phẩm {lotProduct}.',
    en: 'Batch #{batch} was printed for product {batchProduct}, but lot {lot} is of product {lotProduct}.',
  },
  LABEL_BATCH_LOT_DIFFERS: {
    status: 422,
    vi: 'Đợt tem #{batch} được in riêng cho lô {batchLot}; không gắn được cho lô {lot}.',
    en: 'Batch #{batch} was printed for lot {batchLot} only; it cannot be bound to lot {lot}.',
  },
  LABEL_LOT_RECALLED: {
    status: 409,
    vi: 'Lô {lot} đã bị triệu hồi; không gắn thêm tem cho lô này.',
    en: 'Lot {lot} has been recalled; no more labels can be bound to it.',
  },
  STAGE_BINDS_NO_LABELS: {
    status: 422,
    vi: 'Công đoạn {stage} không phải công đoạn gắn tem; bỏ phần tem hoặc ghi ở công đoạn đóng gói.',
    en: 'Stage {stage} does not bind labels; leave the labels out or record them at the packing stage.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type LabelLifeErrorCode = keyof typeof labelLifeErrors;
