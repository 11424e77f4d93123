/** The words of the whole app, owned by no feature: name, languages, common actions, errors, roles, the shell, navigation and the sections not built yet. */
const vi = {
  'app.name': 'Nguồn',
  'app.tagline': 'Truy xuất nguồn gốc mở cho nông trại và hợp tác xã',
  'lang.label': 'Ngôn ngữ',
  'lang.vi': 'VI',
  'lang.en': 'EN',

  'common.save': 'Lưu',
  'common.cancel': 'Huỷ',
  'common.close': 'Đóng',
  'common.copy': 'Sao chép',
  'common.copied': 'Đã sao chép',
  'common.loading': 'Đang tải…',
  'pagination.first': 'Trang đầu',
  'pagination.previous': 'Trang trước',
  'pagination.next': 'Trang sau',
  'pagination.last': 'Trang cuối',
  'common.retry': 'Thử lại',
  'common.required': 'Cần điền mục này.',
  'common.datePlaceholder': 'nn/tt/nnnn',
  'common.clearDate': 'Xoá ngày',
  'common.tooShort': 'Cần ít nhất {min, number} ký tự.',
  'common.actions': 'Thao tác',
  'common.filterActive': 'Đang dùng',
  'common.filterArchived': 'Đã lưu trữ',

  'error.title': 'Chưa thực hiện được',
  'error.network': 'Không kết nối được máy chủ; hãy kiểm tra mạng và thử lại.',
  'error.loadFailed': 'Không tải được dữ liệu.',
  'error.pageLoadFailed': 'Không tải được trang này.',
  'error.screenFailed': 'Màn hình này gặp lỗi. Hãy tải lại trang; nếu vẫn lỗi, hãy báo cho người quản trị.',
  'error.notFound.title': 'Không có trang này',
  'error.notFound.body': 'Đường dẫn có thể đã cũ. Hãy chọn một mục trong menu.',
  'error.notFound.home': 'Về trang đầu',

  'role.owner': 'Chủ tài khoản',
  'role.clerk': 'Nhân viên nhập liệu',
  'role.viewer': 'Người xem',
  'platformRole.admin': 'Quản trị nền tảng',
  'platformRole.expert': 'Chuyên gia',
  'platformRole.inspector': 'Cơ quan quản lý',
  'tenantKind.enterprise': 'Doanh nghiệp',
  'tenantKind.coop': 'Hợp tác xã',

  'shell.openNav': 'Mở menu',
  'shell.closeNav': 'Đóng menu',
  'shell.tenant': 'Đơn vị đang làm việc',
  'shell.chooseTenant': 'Chọn đơn vị',
  'shell.tenantSwitched': 'Đang làm việc tại {name}.',
  'shell.userMenu': '{initials}: tài khoản của {name}',
  'shell.changePassword': 'Đổi mật khẩu',
  'shell.signOut': 'Đăng xuất',
  'shell.groupTenant': 'Đơn vị',
  'shell.groupPlatform': 'Nền tảng',
  'home.chooseTenant.title': 'Chọn một đơn vị để bắt đầu',
  'home.chooseTenant.body':
    'Bạn là thành viên của nhiều đơn vị. Hãy chọn đơn vị muốn làm việc trong ô "Đơn vị đang làm việc".',

  'nav.processes': 'Quy trình',
  'nav.catalogs': 'Danh mục',
  'nav.products': 'Sản phẩm',
  'nav.lots': 'Lô hàng',
  'nav.labels': 'Tem truy xuất',
  'nav.recalls': 'Triệu hồi',
  'nav.staff': 'Nhân sự',
  'nav.settings': 'Cài đặt',
  'nav.templates': 'Mẫu quy trình',
  'nav.oversight': 'Giám sát',

  'section.notYet': 'Phần này chưa có',
  'section.notYetBody':
    'Phần này sẽ xuất hiện tại đây trong một phiên bản sau. Hiện chưa có dữ liệu nào để hiển thị.',
  'section.processes':
    'Nơi vẽ quy trình sản xuất của từng loại sản phẩm thành các công đoạn, thiết kế biểu mẫu ghi chép cho mỗi công đoạn và công bố các phiên bản không thể sửa.',
  'section.catalogs':
    'Các danh sách tham chiếu của đơn vị — nông hộ, thửa đất, phân bón, máy móc, nhà cung cấp — dùng để chọn nhanh khi nhập liệu.',
  'section.products':
    'Các sản phẩm bạn bán: mã GTIN, mô tả cho người tiêu dùng, hình ảnh và chứng nhận (VietGAP, OCOP, hữu cơ).',
  'section.lots':
    'Các lô hàng đang đi qua quy trình và những công đoạn đang chờ bạn ghi chép, kể cả khi sóng yếu.',
  'section.labels':
    'Tạo tem QR theo đợt in, kích hoạt tem gắn với lô hàng, huỷ tem và xem lượt quét của người tiêu dùng.',
  'section.recalls':
    'Công bố triệu hồi các lô bị ảnh hưởng và mọi thứ làm ra từ chúng; người tiêu dùng quét tem sẽ thấy cảnh báo.',
  'section.templates':
    'Mẫu quy trình do chuyên gia công bố theo loại sản phẩm (lúa, chè, nước mắm…); chủ tài khoản sao chép về đơn vị của mình.',
  'section.oversight':
    'Theo dõi chỉ đọc các doanh nghiệp, hợp tác xã trong địa bàn: sản phẩm, lô hàng, tem, lượt quét và triệu hồi.',
  'platformRole.inspectorNeedsProvince': 'thanh tra phải phụ trách ít nhất một tỉnh',
  'job.payloadFault': 'việc {name}: {fault}',
  'text.nul': 'có ký tự NUL (U+0000)',
  'text.loneSurrogate': 'có một nửa cặp ký tự UTF-16 lẻ loi (\\u{code}), không phải chữ hợp lệ',
  'json.tooDeep': 'lồng nhau sâu quá {max} tầng',
} as const;

const en: Record<keyof typeof vi, string> = {
  'app.name': 'Nguồn',
  'app.tagline': 'Open traceability for farms and co-operatives',
  'lang.label': 'Language',
  'lang.vi': 'VI',
  'lang.en': 'EN',

  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.copy': 'Copy',
  'common.copied': 'Copied',
  'common.loading': 'Loading…',
  'pagination.first': 'First page',
  'pagination.previous': 'Previous page',
  'pagination.next': 'Next page',
  'pagination.last': 'Last page',
  'common.retry': 'Try again',
  'common.required': 'This field is required.',
  'common.datePlaceholder': 'dd/mm/yyyy',
  'common.clearDate': 'Clear the date',
  'common.tooShort': 'At least {min, plural, one {# character} other {# characters}}.',
  'common.actions': 'Actions',
  'common.filterActive': 'In use',
  'common.filterArchived': 'Archived',

  'error.title': 'That did not work',
  'error.network': 'Could not reach the server; check the connection and try again.',
  'error.loadFailed': 'Could not load the data.',
  'error.pageLoadFailed': 'This page could not be loaded.',
  'error.screenFailed':
    'This screen hit an error. Reload the page; if it happens again, tell your administrator.',
  'error.notFound.title': 'There is no such page',
  'error.notFound.body': 'The link may be out of date. Choose a section in the menu.',
  'error.notFound.home': 'Go to the start page',

  'role.owner': 'Owner',
  'role.clerk': 'Data-entry clerk',
  'role.viewer': 'Viewer',
  'platformRole.admin': 'Platform admin',
  'platformRole.expert': 'Expert',
  'platformRole.inspector': 'Inspector',
  'tenantKind.enterprise': 'Enterprise',
  'tenantKind.coop': 'Co-operative',

  'shell.openNav': 'Open navigation',
  'shell.closeNav': 'Close navigation',
  'shell.tenant': 'Working in',
  'shell.chooseTenant': 'Choose an account',
  'shell.tenantSwitched': 'Now working in {name}.',
  'shell.userMenu': "{initials}: {name}'s account",
  'shell.changePassword': 'Change password',
  'shell.signOut': 'Sign out',
  'shell.groupTenant': 'Account',
  'shell.groupPlatform': 'Platform',
  'home.chooseTenant.title': 'Choose an account to start',
  'home.chooseTenant.body':
    'You belong to several accounts. Choose the one to work in with the "Working in" list.',

  'nav.processes': 'Processes',
  'nav.catalogs': 'Catalogs',
  'nav.products': 'Products',
  'nav.lots': 'Lots',
  'nav.labels': 'Labels',
  'nav.recalls': 'Recalls',
  'nav.staff': 'Staff',
  'nav.settings': 'Settings',
  'nav.templates': 'Templates',
  'nav.oversight': 'Oversight',

  'section.notYet': 'Not available yet',
  'section.notYetBody': 'This section will appear here in a later version. There is no data to show yet.',
  'section.processes':
    'Where you draw the production process of each product type as stages, design the form recorded at each stage and publish versions that can no longer change.',
  'section.catalogs':
    'Your reference lists — farmers, plots, fertilisers, machines, suppliers — to pick from quickly while recording.',
  'section.products':
    'What you sell: GTIN, a description for consumers, images and certifications (VietGAP, OCOP, organic).',
  'section.lots':
    'The lots going through their process and the stages waiting for you to record, even on a weak connection.',
  'section.labels':
    'Generate QR label batches for printing, activate labels against lots, void labels and see consumer scans.',
  'section.recalls':
    'Publish a recall of affected lots and everything made from them; consumers who scan a label see a warning.',
  'section.templates':
    'Process templates published by experts per product type (rice, tea, fish sauce…); owners copy them into their account.',
  'section.oversight':
    'Read-only oversight of the enterprises and co-operatives of your region: products, lots, labels, scans and recalls.',
  'platformRole.inspectorNeedsProvince': 'an inspector needs at least one province',
  'job.payloadFault': 'job {name}: {fault}',
  'text.nul': 'holds a NUL character (U+0000)',
  'text.loneSurrogate': 'holds half of a UTF-16 pair alone (\\u{code}), which is not valid text',
  'json.tooDeep': 'nests deeper than {max} levels',
};

export const appMessages = { vi, en };
