/** Names of things, for NOT_FOUND and similar messages. */
export const resourceNames = {
  member: { vi: 'thành viên', en: 'Member' },
  invitation: { vi: 'lời mời', en: 'Invitation' },
  apiToken: { vi: 'mã truy cập API', en: 'API token' },
  logo: { vi: 'logo', en: 'Logo' },
  tenant: { vi: 'đơn vị', en: 'Account' },
  user: { vi: 'người dùng', en: 'User' },
  process: { vi: 'quy trình', en: 'Process' },
  processVersion: { vi: 'phiên bản quy trình', en: 'Process version' },
  formValidator: { vi: 'bộ kiểm tra biểu mẫu', en: 'Form validator' },
  catalog: { vi: 'danh mục', en: 'Catalog' },
  catalogItem: { vi: 'mục danh mục', en: 'Catalog item' },
  file: { vi: 'tệp', en: 'File' },
  product: { vi: 'sản phẩm', en: 'Product' },
  lot: { vi: 'lô', en: 'Lot' },
  record: { vi: 'bản ghi', en: 'Record' },
  stage: { vi: 'công đoạn', en: 'Stage' },
} as const satisfies Record<string, { vi: string; en: string }>;
