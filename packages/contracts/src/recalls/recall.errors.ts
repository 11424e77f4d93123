import type { ErrorEntry } from '../errors/shared.errors';

/** Codes of recalls and drills: what a recall may start from, and which step its state allows. */
export const recallErrors = {
  RECALL_LOT_UNKNOWN: {
    status: 422,
    vi: 'Không có lô nào mang mã định danh “{value}” trong tài khoản này; hãy chọn lại lô cần triệu hồi.',
    en: 'No lot with the identifier “{value}” is in this account; choose the lots to recall again.',
  },
  RECALL_NO_LOTS: {
    status: 422,
    vi: 'Không có lô nào ghi nhận mục danh mục này, nên không có gì để triệu hồi.',
    en: 'No lot has a record naming this catalog item, so there is nothing to recall.',
  },
  RECALL_NOT_DRAFT: {
    status: 409,
    vi: 'Đợt triệu hồi này đã {status}; chỉ bản nháp mới sửa, công bố hoặc huỷ được.',
    en: 'This recall is already {status}; only a draft can be edited, published or cancelled.',
  },
  RECALL_NOT_PUBLISHED: {
    status: 409,
    vi: 'Chỉ đóng được đợt triệu hồi đang công bố; đợt này đang ở trạng thái {status}.',
    en: 'Only a published recall can be closed; this one is {status}.',
  },
  RECALL_DRILL_NOT_PUBLISHABLE: {
    status: 409,
    vi: 'Đây là diễn tập triệu hồi: không bao giờ công bố cho người tiêu dùng. Hãy lập báo cáo để kết thúc diễn tập.',
    en: 'This is a recall drill: it is never published to consumers. Make its report to finish the drill.',
  },
  RECALL_GENEALOGY_MOVING: {
    status: 503,
    vi: 'Phả hệ của các lô thay đổi liên tục trong lúc công bố đợt triệu hồi nên chưa công bố được, không có gì bị thay đổi; hãy thử lại sau {retryAfter} giây.',
    en: 'The genealogy kept changing while the recall was published, so it was not published and nothing changed; try again in {retryAfter} seconds.',
  },
  RECALL_REPORT_NOT_READY: {
    status: 409,
    vi: 'Báo cáo triệu hồi chưa lập xong; hãy chờ thanh tiến độ chạy hết rồi tải lại.',
    en: 'The recall report is not ready yet; wait for the progress bar to finish, then download it.',
  },
  RECALL_OUTCOME_UNKNOWN_PRODUCT: {
    status: 422,
    vi: 'Sản phẩm “{value}” không nằm trong đợt triệu hồi này; chỉ ghi kết quả cho sản phẩm bị triệu hồi.',
    en: 'Product “{value}” is not part of this recall; record outcomes only for recalled products.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type RecallErrorCode = keyof typeof recallErrors;
