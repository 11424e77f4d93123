import type { ErrorEntry } from '../errors/shared.errors';

/** Codes only the template library answers with; every one that reads a file names where in it. */
export const templateErrors = {
  TEMPLATE_FILE_INVALID: {
    status: 422,
    vi: 'Tệp mẫu quy trình không hợp lệ tại {path}: {detail}',
    en: 'The template file is invalid at {path}: {detail}',
  },
  TEMPLATE_FORMAT_TOO_NEW: {
    status: 422,
    vi: 'Tệp mẫu có định dạng phiên bản {found}, mới hơn phiên bản {supported} mà máy chủ này đọc được; hãy cập nhật Nguồn.',
    en: 'The template file has format version {found}, newer than version {supported} this server reads; update Nguồn.',
  },
  TEMPLATE_FORM_INVALID: {
    status: 422,
    vi: 'Biểu mẫu {form} của mẫu quy trình không dùng được: {detail}',
    en: 'The template form {form} cannot be used: {detail}',
  },
  TEMPLATE_HAS_PROBLEMS: {
    status: 422,
    vi: 'Quy trình trong mẫu còn {count} vấn đề (đầu tiên: {first}); mẫu phải phát hành được ngay khi dùng.',
    en: 'The process in the template has {count} problems (first: {first}); a template must be publishable as soon as it is used.',
  },
  TEMPLATE_SAMPLE_INVALID: {
    status: 422,
    vi: 'Mục mẫu số {index} của danh mục {catalog} không đúng biểu mẫu của danh mục: {detail}',
    en: 'Sample item {index} of catalog {catalog} does not fit the catalog form: {detail}',
  },
  TEMPLATE_UNKNOWN_CATALOG: {
    status: 422,
    vi: 'Trường tại {path} chọn từ danh mục "{catalog}", nhưng mẫu không có danh mục nào mang khoá đó.',
    en: 'The field at {path} picks from catalog "{catalog}", but the template has no catalog with that key.',
  },
  TEMPLATE_KEY_TAKEN: {
    status: 409,
    vi: 'Đã có mẫu quy trình mang khoá {key}; hãy phát hành phiên bản mới cho mẫu đó hoặc chọn khoá khác.',
    en: 'A template with key {key} already exists; publish a new version of it or choose another key.',
  },
  TEMPLATE_KEY_MISMATCH: {
    status: 422,
    vi: 'Tệp mang khoá {found}, nhưng đây là mẫu {key}; một phiên bản mới phải giữ nguyên khoá.',
    en: 'The file has key {found}, but this is template {key}; a new version must keep the key.',
  },
  TEMPLATE_UNCHANGED: {
    status: 409,
    vi: 'Tệp giống hệt phiên bản {version}; không có gì mới để phát hành.',
    en: 'The file is the same as version {version}; there is nothing new to publish.',
  },
  TEMPLATE_KEY_CHANGED: {
    status: 422,
    vi: '{name} phải giữ mã {from} như phiên bản mới nhất, nhưng tệp đổi thành {to}; quy trình và hồ sơ của các hợp tác xã mang mã này, và bản cập nhật khớp công đoạn theo mã.',
    en: "{name} must keep key {from} as in the newest version, but the file changes it to {to}; co-ops' processes and records carry this key, and updates match stages by key.",
  },
  TEMPLATE_DRAFT_OUTDATED: {
    status: 409,
    vi: 'Phiên bản {latest} đã được đăng sau khi bản nháp này mở từ phiên bản {base}; đăng bản nháp sẽ xoá thay đổi của phiên bản đó. Hãy đưa bản nháp lên phiên bản {latest} (chọn thay đổi nào của nó được lấy) rồi đăng.',
    en: 'Version {latest} was published after this draft was opened from version {base}; publishing the draft would undo its changes. Bring the draft onto version {latest} (choosing which of its changes to take), then publish.',
  },
  TEMPLATE_DRAFT_CURRENT: {
    status: 409,
    vi: 'Bản nháp đã theo phiên bản mới nhất của mẫu; không có gì để đưa vào.',
    en: "The draft already follows the template's newest version; there is nothing to bring in.",
  },
  TEMPLATE_VERSION_DEPRECATED: {
    status: 409,
    vi: 'Phiên bản {version} của mẫu này đã ngừng dùng: {message}',
    en: 'Version {version} of this template is deprecated: {message}',
  },
  TEMPLATE_EXPERTS_ONLY: {
    status: 403,
    vi: 'Chỉ chuyên gia của trung tâm mới phát hành hoặc ngừng dùng mẫu quy trình.',
    en: "Only the centre's experts publish or deprecate templates.",
  },
  TEMPLATE_DRAFT_CONFLICT: {
    status: 409,
    vi: '{name} đã sửa bản nháp mẫu này lúc {at} (phiên bản nháp {revision}); hãy tải lại để xem thay đổi của họ rồi sửa tiếp. Thay đổi của bạn chưa được lưu.',
    en: '{name} changed this template draft at {at} (draft revision {revision}); reload to see their changes, then edit again. Your change was not saved.',
  },
  TEMPLATE_NO_UPDATE: {
    status: 409,
    vi: 'Quy trình này không có bản cập nhật nào của mẫu đang chờ.',
    en: 'This process has no template update waiting.',
  },
  TEMPLATE_CHANGE_UNKNOWN: {
    status: 422,
    vi: 'Công đoạn {key} không nằm trong các thay đổi của bản cập nhật mẫu.',
    en: 'Stage {key} is not among the changes of the template update.',
  },
  TEMPLATE_UPDATE_TOO_LARGE: {
    status: 422,
    vi: 'Lấy các thay đổi đã chọn sẽ làm bản nháp vượt giới hạn của một mẫu (số danh mục, công đoạn, mũi tên hoặc độ dài). Hãy bỏ bớt trong bản nháp, hoặc lấy ít thay đổi hơn.',
    en: 'Taking the chosen changes would take the draft past the limits of a template (catalogs, stages, arrows or lengths). Remove some from the draft first, or take fewer changes.',
  },
  TEMPLATE_PART_CHANGE_UNKNOWN: {
    status: 422,
    vi: 'Phần {part} không nằm trong các thay đổi của phiên bản mới.',
    en: 'Part {part} is not among the changes of the newer version.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type TemplateErrorCode = keyof typeof templateErrors;
