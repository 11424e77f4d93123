import type { ErrorEntry } from '../errors/shared.errors';

/** Codes only the label endpoints answer with: batches (ordering, cancelling, downloads) and activations. */
export const labelErrors = {
  LABEL_LOT_PRODUCT_MISMATCH: {
    status: 422,
    vi: 'Lô {lot} không thuộc sản phẩm đã chọn; hãy chọn lô của sản phẩm {product}.',
    en: 'Lot {lot} is not of the chosen product; choose a lot of {product}.',
  },
  LABEL_BATCH_NOT_CANCELLABLE: {
    status: 409,
    vi: 'Đợt tem #{number} đã {state}; không huỷ được nữa.',
    en: 'Label batch #{number} is {state}; it can no longer be cancelled.',
  },
  LABEL_BATCH_NOT_RETRYABLE: {
    status: 409,
    vi: 'Đợt tem #{number} đang {state}; chỉ chạy lại được đợt bị lỗi, hoặc đợt đã ngừng nhích (10 phút khi đang tạo, 6 giờ khi còn chờ).',
    en: 'Label batch #{number} is {state}; only a failed batch, or one that has stopped moving (10 minutes while being made, 6 hours while waiting), can be retried.',
  },
  LABEL_BATCH_NOT_READY: {
    status: 409,
    vi: 'Tệp tem của đợt #{number} chưa sẵn sàng; hãy đợi đến khi tạo xong rồi tải lại.',
    en: 'The label file of batch #{number} is not ready yet; wait until it is made, then download again.',
  },
  LABEL_ZIP_TOO_LARGE: {
    status: 422,
    vi: 'Đợt tem #{number} có {quantity} tem; tệp ZIP SVG chỉ làm cho đợt đến {limit} tem. Hãy dùng tệp PDF hoặc CSV.',
    en: 'Label batch #{number} has {quantity} labels; the ZIP of SVGs is made for batches of up to {limit}. Use the PDF or the CSV.',
  },
  LABEL_BATCH_FAILED: {
    status: 500,
    vi: 'Tạo tem bị lỗi giữa chừng; các tem đã tạo vẫn được giữ. Hãy bấm "Chạy lại".',
    en: 'Making the labels failed part-way; the labels made so far are kept. Press "Retry".',
  },
  LABEL_BATCH_STALLED: {
    status: 500,
    vi: 'Hơn 10 phút nay đợt tem không nhích thêm: việc nền có thể đã bị mất. Mở đợt tem và bấm "Chạy lại"; tem đã tạo vẫn được giữ.',
    en: 'This label batch has not moved for over 10 minutes: its background job may have been lost. Open the batch and press "Retry"; the labels made so far are kept.',
  },
  LABEL_SERIAL_CHECK_FAILED: {
    status: 422,
    vi: 'Mã tem {serial} có vẻ bị gõ nhầm (ký tự kiểm tra không khớp); hãy đọc lại từng ký tự trên tem.',
    en: 'Label code {serial} looks mistyped (its check character does not match); read it again from the label.',
  },
  LABEL_SERIAL_MALFORMED: {
    status: 422,
    vi: 'Mã tem {serial} không đúng dạng: mã tem có 13 ký tự gồm chữ số 2–9 và chữ cái (không có 0, 1, I, O).',
    en: 'Label code {serial} is malformed: a label code has 13 characters, digits 2–9 and letters (no 0, 1, I, O).',
  },
  LABEL_NOT_FOUND: {
    status: 404,
    vi: 'Không có tem mã {serial} trong tài khoản này.',
    en: 'There is no label {serial} in this account.',
  },
  LABEL_ALREADY_ACTIVE: {
    status: 409,
    vi: '{count} tem trong lựa chọn đã được kích hoạt, đầu tiên là tem {serial} (số {seq} của đợt #{number}); mỗi tem chỉ kích hoạt một lần. Không tem nào được thay đổi.',
    en: 'Labels of the selection already activated: {count}, the first being {serial} (number {seq} of batch #{number}); a label is activated once. No label was changed.',
  },
  LABEL_VOIDED: {
    status: 409,
    vi: '{count} tem trong lựa chọn đã bị huỷ, đầu tiên là tem {serial} (số {seq} của đợt #{number}); tem đã huỷ không dùng được nữa. Không tem nào được thay đổi.',
    en: 'Labels of the selection already voided: {count}, the first being {serial} (number {seq} of batch #{number}); a voided label cannot be used again. No label was changed.',
  },
  LABEL_RANGE_OUTSIDE_BATCH: {
    status: 422,
    vi: 'Đợt tem #{number} chỉ có tem số 1 đến {quantity}; khoảng đã chọn vượt ra ngoài.',
    en: 'Label batch #{number} holds labels 1 to {quantity}; the chosen range goes beyond it.',
  },
  LABEL_RANGE_CROSSES_BATCHES: {
    status: 422,
    vi: 'Tem đầu và tem cuối thuộc hai đợt tem khác nhau; hãy quét tem đầu và tem cuối của cùng một cuộn.',
    en: 'The first and last labels belong to different batches; scan the first and last label of one roll.',
  },
  LABEL_LOT_PRODUCT_DIFFERS: {
    status: 422,
    vi: 'Đợt tem #{number} in cho sản phẩm {product}; không gắn được vào lô của sản phẩm khác.',
    en: 'Label batch #{number} was printed for {product}; it cannot be bound to a lot of another product.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type LabelErrorCode = keyof typeof labelErrors;
