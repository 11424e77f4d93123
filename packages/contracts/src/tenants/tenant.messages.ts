/** An account's details, logo and creation (`tenant.*`, `logo.*`, `settings.*`, `welcome.*`); the web shows them through useT(). */
const vi = {
  'settings.title': 'Cài đặt',
  'settings.details': 'Thông tin đơn vị',
  'settings.saved': 'Đã lưu thông tin đơn vị.',
  'tenant.name': 'Tên đơn vị',
  'tenant.kind': 'Loại hình',
  'tenant.address': 'Địa chỉ',
  'tenant.province': 'Tỉnh / thành phố',
  'tenant.provincePlaceholder': 'Chọn tỉnh / thành phố',
  'tenant.taxCode': 'Mã số thuế',
  'tenant.gln': 'Mã địa điểm toàn cầu (GLN)',
  'tenant.glnHint': '13 chữ số; chữ số cuối là số kiểm tra.',
  'tenant.glnFormat': 'GLN gồm đúng 13 chữ số.',
  'tenant.glnCheck': 'Sai số kiểm tra: chữ số cuối phải là {expected}.',
  'tenant.phone': 'Số điện thoại',
  'tenant.email': 'Email',

  'logo.title': 'Logo',
  'logo.intro': 'Hiện cạnh tên đơn vị trong ứng dụng và trên trang truy xuất khi người tiêu dùng quét tem.',
  'logo.hint': 'Ảnh PNG, JPEG hoặc WebP, tối đa {max}; nên dùng ảnh vuông.',
  'logo.alt': 'Logo của {name}',
  'logo.upload': 'Tải logo lên',
  'logo.replace': 'Đổi logo',
  'logo.remove': 'Xoá logo',
  'logo.removeTitle': 'Xoá logo của {name}?',
  'logo.removeBody':
    'Chữ viết tắt của tên đơn vị sẽ hiện thay cho logo. Bạn có thể tải logo lên lại bất cứ lúc nào.',
  'logo.uploaded': 'Đã cập nhật logo.',
  'logo.removed': 'Đã xoá logo.',
  'logo.wrongType': 'Tệp không đúng loại: chỉ nhận ảnh PNG, JPEG hoặc WebP.',
  'logo.empty': 'Tệp rỗng; hãy chọn một ảnh khác.',
  'logo.tooLarge': 'Ảnh quá lớn ({size}); tối đa {max}. Hãy thu nhỏ ảnh rồi thử lại.',

  'welcome.title': 'Chào mừng, {name}',
  'welcome.intro':
    'Bạn chưa thuộc đơn vị nào. Hãy tạo tài khoản cho doanh nghiệp hoặc hợp tác xã của bạn; bạn sẽ là chủ tài khoản.',
  'welcome.staffHint':
    'Nếu bạn là nhân viên của một đơn vị, hãy nhờ chủ tài khoản thêm bạn vào thay vì tạo mới.',
  'welcome.create': 'Tạo đơn vị',
  'welcome.created': 'Đã tạo {name}.',
} as const;

const en: Record<keyof typeof vi, string> = {
  'settings.title': 'Settings',
  'settings.details': 'Account details',
  'settings.saved': 'Account details saved.',
  'tenant.name': 'Name',
  'tenant.kind': 'Kind',
  'tenant.address': 'Address',
  'tenant.province': 'Province / city',
  'tenant.provincePlaceholder': 'Choose a province or city',
  'tenant.taxCode': 'Tax code',
  'tenant.gln': 'Global Location Number (GLN)',
  'tenant.glnHint': '13 digits; the last one is a check digit.',
  'tenant.glnFormat': 'A GLN has exactly 13 digits.',
  'tenant.glnCheck': 'Wrong check digit: the last digit should be {expected}.',
  'tenant.phone': 'Phone number',
  'tenant.email': 'Email',

  'logo.title': 'Logo',
  'logo.intro':
    "Shown next to the account's name in the app and on the traceability page when a consumer scans a label.",
  'logo.hint': 'A PNG, JPEG or WebP image of at most {max}; a square one works best.',
  'logo.alt': 'Logo of {name}',
  'logo.upload': 'Upload a logo',
  'logo.replace': 'Change logo',
  'logo.remove': 'Remove logo',
  'logo.removeTitle': 'Remove the logo of {name}?',
  'logo.removeBody':
    "The initials of the account's name show instead. You can upload a logo again at any time.",
  'logo.uploaded': 'Logo updated.',
  'logo.removed': 'Logo removed.',
  'logo.wrongType': 'Wrong kind of file: only PNG, JPEG or WebP images are accepted.',
  'logo.empty': 'The file is empty; choose another image.',
  'logo.tooLarge': 'The image is too large ({size}); at most {max}. Make it smaller and try again.',

  'welcome.title': 'Welcome, {name}',
  'welcome.intro':
    'You do not belong to any account yet. Create one for your enterprise or co-operative; you will be its owner.',
  'welcome.staffHint':
    'If you work for an existing account, ask its owner to add you instead of creating a new one.',
  'welcome.create': 'Create account',
  'welcome.created': '{name} was created.',
};

export const tenantMessages = { vi, en };
