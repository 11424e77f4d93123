import type { ErrorEntry } from '../errors/shared.errors';

/** Codes only files endpoints answer with. */
export const fileErrors = {
  FILE_UNREADABLE: {
    status: 422,
    vi: 'Không đọc được ảnh trong tệp (tệp hỏng, bị cắt hoặc quá nhiều điểm ảnh); hãy chụp hoặc lưu lại rồi tải lên.',
    en: 'The image in the file cannot be read (damaged, cut short or too many pixels); take or save it again and upload it.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type FileErrorCode = keyof typeof fileErrors;
