import type { ErrorEntry } from '../errors/shared.errors';

/** Codes only lots endpoints answer with. */
export const lotErrors = {
  LOT_CODE_TAKEN: {
    status: 409,
    vi: 'Sản phẩm này đã có lô mã {code}; hãy chọn mã khác.',
    en: 'This product already has a lot coded {code}; choose another code.',
  },
  LOT_CODE_REQUIRED: {
    status: 422,
    vi: 'Sản phẩm {product} chưa có mẫu mã lô; hãy nhập mã lô.',
    en: 'Product {product} has no lot code pattern; type a lot code.',
  },
  PRODUCT_HAS_NO_PROCESS: {
    status: 422,
    vi: 'Sản phẩm {product} chưa gắn quy trình đã công bố; chủ tài khoản cần chọn quy trình cho sản phẩm.',
    en: 'Product {product} follows no published process; the account owner needs to choose one.',
  },
  LOT_CLOSED: {
    status: 409,
    vi: 'Lô {code} đã {status}; không ghi thêm được.',
    en: 'Lot {code} is {status}; nothing more can be recorded.',
  },
  STAGE_NOT_AVAILABLE: {
    status: 409,
    vi: 'Lô {code} chưa thể ghi công đoạn {stage}: {detail}',
    en: 'Stage {stage} cannot be recorded for lot {code}: {detail}',
  },
  STAGE_JOB_REQUIRED: {
    status: 422,
    vi: 'Công đoạn {stage} gồm các công việc; hãy chọn công việc cần ghi.',
    en: 'Stage {stage} is made of jobs; choose the job to record.',
  },
  STAGE_JOB_UNKNOWN: {
    status: 422,
    vi: 'Công đoạn {stage} của phiên bản quy trình lô {code} đang theo không có công việc này.',
    en: 'Stage {stage} of the process version lot {code} follows has no such job.',
  },
  STAGE_JOB_DONE: {
    status: 409,
    vi: 'Công việc {job} chỉ ghi một lần và lô {code} đã có bản ghi ngày {date}; hãy sửa bản ghi đó nếu cần.',
    en: 'Job {job} is recorded once and lot {code} has it already, on {date}; correct that record if needed.',
  },
  STAGE_CLOSED: {
    status: 409,
    vi: 'Công đoạn {stage} của lô {code} đã kết thúc; không ghi thêm công việc được.',
    en: 'Stage {stage} of lot {code} is finished; no more jobs can be recorded in it.',
  },
  STAGE_HAS_NO_JOBS: {
    status: 422,
    vi: 'Công đoạn {stage} không gồm công việc nên không cần kết thúc; hãy ghi công đoạn.',
    en: 'Stage {stage} has no jobs, so there is nothing to finish; record the stage instead.',
  },
  STAGE_JOBS_MISSING: {
    status: 422,
    vi: 'Chưa kết thúc được công đoạn {stage}: còn thiếu {missing}.',
    en: 'Stage {stage} cannot be finished yet: still missing {missing}.',
  },
  WAITING_PERIOD_NOT_OVER: {
    status: 422,
    vi: 'Chưa được ghi {stage}: {job} ngày {date} cần cách ít nhất {days} ngày; sớm nhất từ ngày {firstDay}.',
    en: '{stage} cannot be recorded yet: {job} on {date} needs at least {days} days; the first allowed day is {firstDay}.',
  },
  NOT_A_PLAIN_STAGE: {
    status: 422,
    vi: 'Công đoạn {stage} là công đoạn chế biến (gộp/tách lô); hãy ghi nó ở màn hình chế biến.',
    en: 'Stage {stage} is a transformation (merge/split); record it on the transformation screen.',
  },
  NOT_A_TRANSFORMATION_STAGE: {
    status: 422,
    vi: 'Công đoạn {stage} không phải công đoạn chế biến (gộp/tách lô).',
    en: 'Stage {stage} is not a transformation (merge/split) stage.',
  },
  RECORD_INVALID: {
    status: 422,
    vi: 'Dữ liệu nhập chưa đúng: {detail}',
    en: 'The entry is not valid: {detail}',
  },
  EVENT_TIME_IN_FUTURE: {
    status: 422,
    vi: 'Thời điểm thực hiện không được ở tương lai (muộn nhất {latest}).',
    en: 'The time the work was done cannot be in the future (latest {latest}).',
  },
  RECORD_SUPERSEDED: {
    status: 409,
    vi: 'Bản ghi này đã được sửa bằng một bản ghi khác; hãy sửa bản mới nhất.',
    en: 'This record has already been corrected by another; correct the newest one.',
  },
  RECORD_NOT_CORRECTABLE: {
    status: 422,
    vi: 'Không sửa được bản ghi chế biến; số lượng đã chuyển giữa các lô.',
    en: 'A transformation record cannot be corrected; its quantities have moved between lots.',
  },
  TRANSFORMATION_PROCESS_MISMATCH: {
    status: 422,
    vi: 'Lô {code} không theo quy trình có công đoạn {stage}.',
    en: 'Lot {code} does not follow the process that has stage {stage}.',
  },
  QUANTITY_EXCEEDS_REMAINING: {
    status: 422,
    vi: 'Lô {code} chỉ còn {remaining}; không lấy được nhiều hơn.',
    en: 'Lot {code} has only {remaining} left; you cannot take more.',
  },
  UNIT_MISMATCH: {
    status: 422,
    vi: 'Đơn vị {unit} không đổi được sang {expected}.',
    en: 'Unit {unit} does not convert to {expected}.',
  },
  LOT_QUANTITY_UNIT_MISMATCH: {
    status: 422,
    vi: 'Trường {field} ghi số lượng của lô bằng {unit}, không đổi được sang đơn vị của lô ({lotUnit}).',
    en: 'Field {field} sets the lot’s quantity in {unit}, which does not convert to the lot’s unit ({lotUnit}).',
  },
  RECORDED_QUANTITY_BELOW_MOVED: {
    status: 422,
    vi: 'Lô {code} đã chuyển đi {moved} qua chế biến; số lượng ghi nhận {recorded} không được nhỏ hơn.',
    en: 'Lot {code} has already sent {moved} to transformations; the recorded quantity {recorded} cannot be less.',
  },
  DUPLICATE_INPUT_LOT: {
    status: 422,
    vi: 'Lô {code} được chọn hai lần; mỗi lô chỉ chọn một lần.',
    en: 'Lot {code} is chosen twice; choose each lot once.',
  },
  STAGE_BINDS_NO_LABELS: {
    status: 422,
    vi: 'Công đoạn {stage} không phải công đoạn gắn tem; bỏ phần tem hoặc ghi ở công đoạn đóng gói.',
    en: 'Stage {stage} does not bind labels; leave the labels out or record them at the packing stage.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type LotErrorCode = keyof typeof lotErrors;
